"""Rounds: case discussion for clinicians. `create_app` builds the Flask app."""
from community.app import create_app

__all__ = ["create_app"]
