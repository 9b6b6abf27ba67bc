"""HTML pages of the accounts domain."""
from flask import Blueprint

bp = Blueprint("accounts", __name__)
