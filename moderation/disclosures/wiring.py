"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from celery.schedules import crontab
from flask import Flask

from community.platform import api as platform_api
from community.platform import tasks as platform_tasks
from community.platform.accounts import erasure
from moderation.disclosures import api, service, tasks, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    service.register_kinds(app)
    platform_tasks.register(app, tasks.REMINDER_TASK, tasks.send_disclosure_reminders)
    platform_tasks.schedule(app, "disclosure-reminders", tasks.REMINDER_TASK,
                            crontab(hour=6, minute=0))
    # Kept six years after they lapse when the member deleted their account, then erased.
    erasure.retain(app, "disclosures", "user_id", "valid_until")
    erasure.export_children(app, "disclosure_relationships")  # in the member's data export
