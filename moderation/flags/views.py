"""Pages of moderation.flags."""
from flask import Blueprint

bp = Blueprint("flags", __name__)
