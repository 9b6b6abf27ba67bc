"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from celery.schedules import crontab
from flask import Flask

from community.platform import api as platform_api
from community.platform import pagecache
from community.platform import tasks as platform_tasks
from community.platform.accounts import erasure
from moderation.disclosures import api, models, service, tasks, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    service.register_kinds(app)
    # Pages that show a disclosure statement (a session's, cached for signed-out readers:
    # platform/pagecache.py) change with every disclosure row; not with StatementView, the
    # record that a statement was shown.
    for model in (models.Company, models.Disclosure, models.DisclosureRelationship,
                  models.RoleClearance, models.RelationshipReview):
        pagecache.watch(app, model, _disclosures, bulk=["disclosures"])
    platform_tasks.register(app, tasks.REMINDER_TASK, tasks.send_disclosure_reminders)
    platform_tasks.schedule(app, "disclosure-reminders", tasks.REMINDER_TASK,
                            crontab(hour=6, minute=0))
    # Kept six years after they lapse when the member deleted their account, then erased.
    erasure.retain(app, "disclosures", "user_id", "valid_until")
    erasure.export_children(app, "disclosure_relationships")  # in the member's data export


def _disclosures(_row: object) -> list[str]:
    return ["disclosures"]
