"""The OpenAPI 3.1 document served at /api/v1/openapi.json."""
from community.api import api  # noqa: F401
