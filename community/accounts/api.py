"""JSON API of the accounts domain (routes on the shared /api/v1 blueprint)."""
from community.api import api  # noqa: F401
