"""Pages of moderation.disclosures."""
from flask import Blueprint

bp = Blueprint("disclosures", __name__)
