"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform.accounts import erasure
from moderation.disclosures.policy import register_statement_reader
from realtime.sessions import api, content_views, policy, service, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.register_blueprint(content_views.bp)
    platform_api.register(app, api.bp)
    # The statement names the host: readers of the session only (docs/domain.md §1).
    register_statement_reader(app, "session", policy.can_view_session_statement)
    erasure.erase_on_delete(app, "session_calendar_feeds")  # a deleted account's feed ends
    erasure.on_delete(app, service.give_up_seats)  # their seats go to the waitlist
