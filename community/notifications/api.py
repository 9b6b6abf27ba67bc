"""JSON API of the notifications domain (routes on the shared /api/v1 blueprint)."""
from community.api import api  # noqa: F401
