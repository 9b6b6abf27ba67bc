"""Pages of moderation.trust."""
from flask import Blueprint

bp = Blueprint("trust", __name__)
