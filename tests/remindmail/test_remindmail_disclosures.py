"""A disclosure about to expire, by mail: 30 days before, from the daily reminder task beside
the in-site notice, once (a rerun, or a lost flag, sends nothing more), in the member's zone."""
from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from moderation.disclosures.models import Disclosure
from tests.support.disclosures import file
from tests.support.remindmail import links, mails, text_of


def test_expiry_mail_once_30_days_before(app, session, make_user):
    soon, later = make_user(), make_user()
    session.execute(update(User).where(User.id == soon.id).values(time_zone="Pacific/Auckland"))
    commit(session)
    disclosure = file(session, soon, declared_none=True, now=utcnow() - timedelta(days=340))
    file(session, later, declared_none=True, now=utcnow() - timedelta(days=300))
    task = app.extensions["celery"].tasks["rounds.disclosure_reminders"]
    assert task.apply().get() == 1
    task.apply().get()
    (mail,) = mails(app, "disclosure_expiring")
    assert mail["To"].endswith(f"<{soon.email}>")
    valid_until = session.get(Disclosure, disclosure.id).valid_until
    local = valid_until.astimezone(ZoneInfo("Pacific/Auckland"))
    # The date in the member's zone and language (English: "Jan 1, 2027").
    assert f"{local:%b} {local.day}, {local.year}" in mail["Subject"]
    assert f"/disclosures/new?renew={disclosure.id}" in links(mail)
    assert "renew" in text_of(mail).lower()
    assert mail["List-Unsubscribe"]
    # The flag lost: still one mail (deduplicated per disclosure).
    session.execute(update(Disclosure).values(reminded_at=None))
    commit(session)
    task.apply().get()
    assert len(mails(app, "disclosure_expiring")) == 1
