"""Sockets opened with an API token (community/platform/sockets.py, issue 14): the token is
checked with one read at connect — unknown, revoked, expired, a suspended or deactivated
member are refused on every namespace — and its last-used time is written a few seconds
later, in one batch, never at connect; the account page shows it once written."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from community.notifications.live import NAMESPACE as NOTIFICATIONS
from community.platform import sockets
from community.platform.accounts.models import ApiToken, User
from community.platform.db import db, utcnow, writing
from community.platform.sockets import server, token_uses
from moderation.trust.models import MemberStanding
from realtime.room.events import NAMESPACE as LIVE
from tests.support.services import wait_for
from tests.support.web import login


def _connects(app, token: str, namespace: str = LIVE) -> bool:
    client = server(app).test_client(app, namespace=namespace, auth={"token": token})
    connected = client.is_connected(namespace)
    if connected:
        client.disconnect(namespace=namespace)
    return connected


def _token_id(app, plain: str) -> int:
    with app.app_context():
        return db.session.scalar(select(ApiToken.id).where(ApiToken.prefix == plain[:10]))


def _change(app, statement) -> None:
    with app.app_context(), writing():  # SQLite: take the write lock at BEGIN
        db.session.execute(statement)
        db.session.commit()


@pytest.mark.parametrize("namespace", [LIVE, NOTIFICATIONS])
def test_revoked_expired_and_unknown_tokens_are_refused_at_connect(app, make_user, token_for,
                                                                   namespace):
    member = make_user()
    token = token_for(member)
    assert _connects(app, token, namespace)
    assert not _connects(app, token[:-2] + "xx", namespace)
    assert not _connects(app, "not-a-token", namespace)
    token_id = _token_id(app, token)
    _change(app, update(ApiToken).where(ApiToken.id == token_id)
            .values(expires_at=utcnow() - timedelta(seconds=1)))
    assert not _connects(app, token, namespace)
    _change(app, update(ApiToken).where(ApiToken.id == token_id)
            .values(expires_at=None, revoked_at=utcnow()))
    assert not _connects(app, token, namespace)


def test_a_suspended_or_deactivated_member_is_refused_at_connect(app, make_user, token_for):
    suspended, gone = make_user(), make_user()
    tokens = token_for(suspended), token_for(gone)
    with app.app_context(), writing():
        db.session.add(MemberStanding(user_id=suspended.id,
                                      suspended_until=utcnow() + timedelta(days=2),
                                      suspension_reason="Spam"))
        db.session.execute(update(User).where(User.id == gone.id).values(is_active=False))
        db.session.commit()
    assert not _connects(app, tokens[0])
    assert not _connects(app, tokens[1])


def test_the_last_used_time_is_written_after_connect_in_one_batch(app, client, make_user,
                                                                  token_for):
    members = [make_user() for _ in range(3)]
    tokens = [token_for(m) for m in members]  # issued, never used
    token_uses(app).flush()
    for token in tokens:
        assert _connects(app, token)
    with app.app_context():
        used = db.session.scalars(select(ApiToken.last_used_at)).all()
    assert used == [None, None, None]  # nothing written at connect
    assert len(token_uses(app).pending) == 3
    assert token_uses(app).flush() == 3  # one statement for all three
    with app.app_context():
        used = db.session.scalars(select(ApiToken.last_used_at)).all()
    assert all(when is not None and utcnow() - when < timedelta(minutes=1) for when in used)
    # Used again within the minute: nothing more to write.
    assert _connects(app, tokens[0])
    assert token_uses(app).pending == {}
    # The account page shows the time.
    login(client, members[0])
    page = client.get("/account").get_data(as_text=True)
    row = re.search(r'<td data-label="Last used">(.*?)</td>', page, re.DOTALL)
    assert row and "never" not in row.group(1), row


def test_the_background_task_writes_the_last_used_time_by_itself(app, make_user, token_for,
                                                                 monkeypatch):
    monkeypatch.setattr(sockets, "TOKEN_USES_SECONDS", 0.2)
    token = token_for(make_user())
    assert _connects(app, token)

    def written() -> bool:
        with app.app_context():
            db.session.expire_all()
            return db.session.scalar(select(ApiToken.last_used_at)) is not None

    assert wait_for(written, 10)
    assert wait_for(lambda: not token_uses(app).running, 5)  # it ends when nothing waits
