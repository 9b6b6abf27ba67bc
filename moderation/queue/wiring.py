"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from moderation.queue import api, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
