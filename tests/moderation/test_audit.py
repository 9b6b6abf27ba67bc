"""The audit log: append-only in the database, written for every moderator action with its
before/after and reason, browsable by administrators, exportable as CSV that a spreadsheet
cannot run."""
from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from community.platform.db import commit
from moderation.audit import service as audit
from moderation.audit.models import AuditEntry
from tests.support.api import ApiClient
from tests.support.queue import (
    act,
    signed_in,
    verification_item,
)
from tests.support.web import login, post_form


def _entry(session, actor, action="queue.user_verification.ignore", reason="", **extra):
    entry = audit.record(session, actor, action, subject_type=extra.pop("subject_type", "user"),
                         subject_id=extra.pop("subject_id", 1), reason=reason, **extra)
    commit(session)
    return entry.id


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET reason = 'rewritten' WHERE id = :id",
    "UPDATE audit_log SET actor_id = NULL",
    "DELETE FROM audit_log WHERE id = :id",
    "DELETE FROM audit_log",
])
def test_the_database_refuses_to_change_or_delete_entries(session, make_user, statement):
    admin = make_user("admin")
    entry_id = _entry(session, admin, reason="original", before={"status": "pending"},
                      after={"status": "ignored"})
    with pytest.raises(DBAPIError, match="append-only"):
        session.execute(text(statement), {"id": entry_id})
        session.flush()
    session.rollback()
    assert session.scalar(select(AuditEntry.reason).where(AuditEntry.id == entry_id)) == \
        "original"


def test_the_orm_cannot_change_an_entry_either(session, make_user):
    entry_id = _entry(session, make_user("admin"), reason="original")
    entry = session.get(AuditEntry, entry_id)
    entry.reason = "edited"
    with pytest.raises(DBAPIError):
        session.commit()
    session.rollback()
    assert session.get(AuditEntry, entry_id).reason == "original"


def test_every_queue_action_is_audited_with_before_after_and_reason(app, session, make_user):
    mod = make_user("moderator", username="uma")
    member = make_user()
    item_id = verification_item(session, member)
    client = signed_in(app, mod)
    post_form(client, f"/moderation/items/{item_id}/claim", {"version": 1})
    post_form(client, f"/moderation/items/{item_id}/unclaim", {"version": 2})
    assert act(client, item_id, "verify", 3, "Checked the GMC register").status_code == 303
    session.expire_all()
    entries = session.scalars(select(AuditEntry).where(AuditEntry.queue_item_id == item_id)
                              .order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["queue.user_verification.claimed",
                                           "queue.user_verification.unclaimed",
                                           "queue.user_verification.verify"]
    last = entries[-1]
    assert (last.actor_id, last.subject_type, last.subject_id) == (mod.id, "user", member.id)
    assert (last.before, last.after, last.reason) == (
        {"status": "pending"}, {"status": "approved"}, "Checked the GMC register")


def test_the_audit_page_filters_pages_and_shows_changes_compactly(app, session, make_user):
    admin, mod = make_user("admin"), make_user("moderator", username="vera")
    for n in range(55):
        _entry(session, admin, reason=f"bulk {n}")
    _entry(session, mod, action="board.moderator.appoint", reason="Covers nights",
           before={"board": "cardiology", "moderator": False},
           after={"board": "cardiology", "moderator": True})
    client = signed_in(app, admin)
    html = client.get("/moderation/audit").get_data(as_text=True)
    assert "56 entries." in html and "Page 1 of 2" in html
    assert 'moderator: False <span class="dir-arrow">→</span> True' in html and "board: cardiology" not in html
    assert html.index("Covers nights") < html.index("bulk 54")  # newest first
    only = client.get("/moderation/audit?actor=VERA").get_data(as_text=True)
    assert "1 entry." in only and "Covers nights" in only
    by_action = client.get("/moderation/audit?action=board.moderator.appoint")
    assert "1 entry." in by_action.get_data(as_text=True)
    assert "0 entries." in client.get("/moderation/audit?subject_type=post").get_data(
        as_text=True)
    assert "bulk 0" in client.get("/moderation/audit?page=2").get_data(as_text=True)
    assert client.get("/moderation/audit?page=nope").status_code == 422


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_csv_export_is_an_attachment_with_every_entry(app, session, make_user):
    admin = make_user("admin", username="wim")
    for n in range(1203):  # more than two of the export's batches
        _entry(session, admin, reason=f"entry {n}", before={"n": n}, after={"n": n + 1})
    client = signed_in(app, admin)
    response = client.get("/moderation/audit.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith(
        'attachment; filename="rounds-audit-')
    rows = _rows(response)
    assert len(rows) == 1203 and rows[0]["reason"] == "entry 0"
    assert rows[-1]["actor"] == "wim" and rows[-1]["before"] == '{"n": 1202}'
    filtered = _rows(client.get("/moderation/audit.csv?actor=nobody"))
    assert filtered == []


def test_csv_cells_never_start_a_formula(app, session, make_user):
    admin = make_user("admin")
    dangerous = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(A1:A9)", "-2+3",
                 "@cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
    for reason in dangerous:
        _entry(session, admin, reason=reason)
    _entry(session, admin, reason="plain reason")
    # Every text column, not only the reason: actions and subject types are text too.
    _entry(session, admin, action="-queue.odd", subject_type="@user", reason="ok")
    rows = _rows(signed_in(app, admin).get("/moderation/audit.csv"))
    reasons = [row["reason"] for row in rows]
    for cell, original in zip(reasons, dangerous, strict=False):
        assert cell == "'" + original
    assert reasons[-2] == "plain reason"
    assert (rows[-1]["action"], rows[-1]["subject_type"]) == ("'-queue.odd", "'@user")
    for row in rows:
        for value in row.values():
            assert not value[:1] in ("=", "+", "-", "@", "\t", "\r")


def test_members_and_moderators_cannot_read_or_export(app, make_user):
    for role in ("member", "moderator"):
        client = app.test_client()
        login(client, make_user(role))
        assert client.get("/moderation/audit").status_code == 403
        response = client.get("/moderation/audit.csv")
        assert response.status_code == 403 and response.mimetype == "text/html"
    anonymous = app.test_client().get("/moderation/audit.csv")
    assert anonymous.status_code == 302


def test_the_api_gives_pages_of_json_and_csv_on_request(app, client, session, make_user,
                                                        token_for):
    admin = make_user("admin", username="xena")
    token = token_for(admin)
    _entry(session, admin, reason="=cmd", before={"status": "pending"},
           after={"status": "ignored"})
    _entry(session, admin, action="board.moderator.appoint", reason="nights")
    api = ApiClient(app, client)
    body = api.get("/api/v1/audit", token=token, expect=200).get_json()
    assert [e["action"] for e in body["items"]] == ["board.moderator.appoint",
                                                    "queue.user_verification.ignore"]
    assert body["items"][1]["before"] == {"status": "pending"}
    assert body["items"][1]["reason"] == "=cmd"  # JSON is data, not a spreadsheet
    filtered = api.get("/api/v1/audit?action=board.moderator.appoint&actor=xena",
                       token=token, expect=200).get_json()
    assert filtered["total"] == 1
    api.get("/api/v1/audit?format=xml", token=token, expect=422)
    # The CSV checks its query too: page -5 is a 422, never the whole log.
    for bad in ("?page=-5&format=csv", "?page=0&format=csv", "?format=csv&actor=" + "x" * 33):
        refused = client.get("/api/v1/audit" + bad, headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 422 and refused.mimetype == "application/problem+json"
    response = client.get("/api/v1/audit?format=csv",
                          headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    assert [row["reason"] for row in _rows(response)] == ["'=cmd", "nights"]
    member_token = token_for(make_user())
    api.get("/api/v1/audit", token=member_token, expect=403)
    api.get("/api/v1/audit?format=csv", token=member_token, expect=403)
