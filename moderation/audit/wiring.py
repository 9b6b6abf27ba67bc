"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform import events
from moderation.audit import api, service, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    # Sign-ins the throttle refused (community.platform.accounts.limits) are audited.
    events.subscribe(app, "sign_in_throttled", "audit.sign_in_throttled",
                     service.record_sign_in_throttled)
