"""Pages after a live session: the transcript and the attendance report."""
from __future__ import annotations

from flask import Blueprint

bp = Blueprint("room_reports", __name__)
