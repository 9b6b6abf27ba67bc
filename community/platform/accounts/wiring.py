"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform.accounts import api, erasure, service, sessions, twofactor, views


def init_app(app: Flask) -> None:
    service.init_hasher(app)
    sessions.init_app(app)
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    twofactor.init_app(app)  # two-factor pages, and enrolment required for some roles
    erasure.init_app(app)  # deleting an account, the data export, the retention task
