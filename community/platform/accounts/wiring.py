"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform.accounts import api, service, views


def init_app(app: Flask) -> None:
    service.init_hasher(app)
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
