"""Credit by mail: a claim window closing within 3 days (hourly task; to participants who
have not claimed, once per deadline — a reopened window reminds again), and the certificate
when it is issued (the `credit_awarded` event), its PDF attached."""
from __future__ import annotations

from datetime import timedelta

from community.credit.models import WindowReopening
from community.platform.db import utcnow
from tests.support.credit import attended, claim
from tests.support.remindmail import attachments, links, mails, text_of
from tests.support.web import login, post_form

TASK = "rounds.credit_claim_closing"


def _run(app) -> None:
    app.extensions["celery"].tasks[TASK].apply().get()


def test_closing_windows_remind_participants_who_have_not_claimed(app, session, make_user):
    host, waiting, done, absent = make_user(), make_user(), make_user(), make_user()
    # Ended 28 days ago, a 30-day window: it closes in 2 days.
    activity = attended(session, host, [waiting, done], ended_ago=timedelta(days=28))
    claim(session, done, activity)
    # Another that closes in 10 days: not yet.
    attended(session, host, [absent], ended_ago=timedelta(days=20))
    _run(app)
    _run(app)  # hourly under beat: each member once
    (mail,) = mails(app, "credit_claim_closing", waiting.email)
    assert activity.title in mail["Subject"]
    assert f"/credit/activities/{activity.id}" in links(mail)
    assert len(mails(app, "credit_claim_closing", host.email)) == 1  # teaching credit
    assert mails(app, "credit_claim_closing", done.email) == []
    assert mails(app, "credit_claim_closing", absent.email) == []

    # The host reopens the window for the member until in two days and a half: reminded
    # again before the new end, once.
    session.add(WindowReopening(activity_id=activity.id, user_id=waiting.id,
                                until=utcnow() + timedelta(days=2, hours=12),
                                reason="Away on call", by_id=host.id))
    session.commit()
    _run(app)
    _run(app)
    assert len(mails(app, "credit_claim_closing", waiting.email)) == 2


def test_a_certificate_is_mailed_with_its_pdf(app, session, make_user):
    host, learner = make_user(), make_user()
    activity = attended(session, host, [learner], minutes=60)
    client = app.test_client()
    login(client, learner)
    response = post_form(client, f"/credit/activities/{activity.id}/claim",
                         {"credit_type": "participation", "credits": "1"})
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    (mail,) = mails(app, "certificate_issued", learner.email)
    assert activity.title in mail["Subject"]
    body = text_of(mail)
    assert "1 Certificate of participation" in body or "Certificate of participation" in body
    (pdf,) = attachments(mail, "application/pdf")
    assert pdf.get_payload(decode=True).startswith(b"%PDF")
    verify = [link for link in links(mail) if "/credit/verify/" in link]
    assert verify and app.test_client().get(verify[0]).status_code == 200
