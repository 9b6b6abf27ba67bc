"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from moderation.verification import service, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    service.register_kinds(app)
