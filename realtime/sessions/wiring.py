"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform import pagecache
from community.platform import tasks as platform_tasks
from community.platform.accounts import erasure
from moderation.disclosures.policy import register_statement_reader
from realtime.sessions import api, content_views, mailing, models, policy, service, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.register_blueprint(content_views.bp)
    # The cached session pages (platform/pagecache.py) change with any session's rows:
    # the session, its series, presenters, registrations (seats), cases and checklist.
    for model in (models.SessionSeries, models.LiveSession, models.SessionPresenter,
                  models.SessionRegistration, models.SessionChecklistItem, models.SessionCase,
                  models.SessionCaseStage):
        pagecache.watch(app, model, _sessions, bulk=["sessions"])
    platform_api.register(app, api.bp)
    # The statement names the host: readers of the session only (docs/domain.md §1).
    register_statement_reader(app, "session", policy.can_view_session_statement)
    erasure.erase_on_delete(app, "session_calendar_feeds")  # a deleted account's feed ends
    erasure.on_delete(app, service.give_up_seats)  # their seats go to the waitlist
    # Reminders by mail 24 h and 1 h before the start (each once per member and offset).
    platform_tasks.register(app, mailing.REMINDER_TASK, mailing.remind_registrants)
    platform_tasks.schedule(app, "session-reminders", mailing.REMINDER_TASK,
                            mailing.REMINDER_EVERY_SECONDS)


def _sessions(_row: object) -> list[str]:
    return ["sessions"]
