"""Moderation: conflict-of-interest disclosures, the review queue, flags, trust levels and the
append-only audit log. Each folder is a domain with the same files as community's."""
from __future__ import annotations

from importlib import import_module

from flask import Flask

# Each domain's pages (views.py with a blueprint `bp`) and JSON routes (api.py, adding to
# community.api's blueprint and to the OpenAPI document through openapi.extend).
DOMAINS = ("queue", "audit", "disclosures", "flags", "trust")


def init_app(app: Flask) -> None:
    for domain in DOMAINS:
        app.register_blueprint(import_module(f"moderation.{domain}.views").bp)
        import_module(f"moderation.{domain}.api")
