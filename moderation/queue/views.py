"""Pages of moderation.queue."""
from flask import Blueprint

bp = Blueprint("queue", __name__)
