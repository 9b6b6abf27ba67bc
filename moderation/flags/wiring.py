"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform import events
from community.platform.db import task_session
from moderation.flags import api, service, views


def _hold_for_review(post_id: int) -> None:
    with task_session() as session:
        service.hold_for_review(session, post_id)


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    service.register_kinds(app)
    events.subscribe(app, "post_held", "flags.post_held", _hold_for_review)
