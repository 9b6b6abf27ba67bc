"""Issue 16: sign-ins the throttle refuses are recorded in the audit log (a domain event the
audit part subscribes to, so the platform does not import it), at most once a minute per
account and address; through the page and the token API."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community.platform.accounts.models import LoginAttempt
from community.platform.db import utcnow
from moderation.audit.models import AuditEntry
from tests.support.api import PREFIX
from tests.support.web import csrf_token, login

ATTACKER = {"REMOTE_ADDR": "203.0.113.9"}


def _fail_many(session, email: str, n: int = 20) -> None:
    for i in range(n):
        session.add(LoginAttempt(email=email, ip_address=ATTACKER["REMOTE_ADDR"],
                                 succeeded=False, attempted_at=utcnow() - timedelta(seconds=i)))
    session.commit()


def _try(client, email: str):
    return client.post("/login", data={"email": email, "password": "a guess at it",
                                       "csrf_token": csrf_token(client)}, environ_base=ATTACKER)


def test_a_throttled_sign_in_is_audited_once_a_minute(app, client, make_user, session):
    owner = make_user()
    _fail_many(session, owner.email)
    for _ in range(3):
        assert _try(client, owner.email).status_code == 429
    session.rollback()
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.action == "sign_in.throttled")).all()
    assert len(entries) == 1
    [entry] = entries
    assert entry.actor_id is None and entry.subject_type == "user"
    assert entry.subject_id == owner.id
    assert entry.after["email"] == owner.email
    assert entry.after["address"] == ATTACKER["REMOTE_ADDR"]
    assert entry.after["retry_after"] > 0
    # An address with no account is audited too (no subject), and through the token API.
    _fail_many(session, "nobody@example.org")
    assert client.post(f"{PREFIX}/auth/token", json={"email": "nobody@example.org",
                                                     "password": "a guess at it"},
                       environ_base=ATTACKER).status_code == 429
    session.rollback()
    ghost = session.scalars(select(AuditEntry).where(
        AuditEntry.action == "sign_in.throttled", AuditEntry.subject_id.is_(None))).all()
    assert [e.after["email"] for e in ghost] == ["nobody@example.org"]
    # Nothing else of the refused attempt was kept (it is not counted as a failure).
    assert session.scalar(select(LoginAttempt.id).where(
        LoginAttempt.email == owner.email, LoginAttempt.attempted_at > utcnow()
        - timedelta(seconds=1), LoginAttempt.succeeded.is_(True))) is None


def test_admins_read_it_on_the_audit_page(app, client, make_user, session):
    owner, admin = make_user(), make_user("admin")
    _fail_many(session, owner.email)
    assert _try(app.test_client(), owner.email).status_code == 429
    login(client, admin)
    page = client.get("/moderation/audit?action=sign_in.throttled")
    assert page.status_code == 200
    assert "sign_in.throttled" in page.get_data(as_text=True)
