"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.credit import (
    api,
    certificate_views,
    mailing,
    policy,
    report_views,
    tasks,
    views,
)
from community.credit.models import CreditActivity
from community.platform import api as platform_api
from community.platform import events, pagecache
from community.platform import tasks as platform_tasks
from community.platform.accounts import erasure, twofactor


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    app.register_blueprint(certificate_views.bp)
    platform_api.register(app, certificate_views.api_bp)
    app.register_blueprint(report_views.bp)
    platform_api.register(app, report_views.api_bp)
    # A session's cached page names its credit designation (platform/pagecache.py).
    pagecache.watch(app, CreditActivity, lambda activity: ["credit"], bulk=["credit"])
    platform_tasks.register(app, tasks.FOLLOW_UP_TASK, tasks.send_follow_ups)
    platform_tasks.register(app, tasks.REVIEW_AWARD_TASK, tasks.award_review)
    platform_tasks.schedule(app, "credit-follow-ups", tasks.FOLLOW_UP_TASK, 3600.0)
    events.subscribe(app, "review_rated", "credit.review_award", tasks.queue_review_award)
    # By mail: claim windows closing in 3 days (hourly), and each certificate issued.
    platform_tasks.register(app, mailing.CLOSING_TASK, mailing.remind_closing)
    platform_tasks.schedule(app, "credit-claim-closing", mailing.CLOSING_TASK, 3600.0)
    platform_tasks.register(app, mailing.CERTIFICATE_TASK, mailing.mail_certificate)
    events.subscribe(app, "credit_awarded", "credit.certificate_mail",
                     mailing.queue_certificate_mail)
    twofactor.require_for(app, policy.is_credit_admin)  # credit administrators use 2FA
    # A deleted member's identifiers stay as accreditors require (6 years), then go; the
    # ledger and claims stay, pointing at the anonymised account. The office seat ends.
    erasure.retain(app, "credit_learner_profiles", "user_id")
    erasure.erase_on_delete(app, "credit_administrators")
