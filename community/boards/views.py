"""HTML pages of the boards domain."""
from flask import Blueprint

bp = Blueprint("boards", __name__)
