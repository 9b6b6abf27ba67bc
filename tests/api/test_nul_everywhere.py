"""A NUL character wherever input enters — path, query (keys and values), url-encoded and
multipart forms, JSON bodies, headers, cookies — is refused with a 4xx, never a 500 (issue 16:
PostgreSQL refuses NUL in text, psycopg.DataError). Runs on the suite's database: SQLite by
default, PostgreSQL with ROUNDS_TEST_DATABASE_URL."""
from __future__ import annotations

import io

from sqlalchemy import func, select

from community.platform.accounts import service as accounts
from community.platform.accounts.models import LoginAttempt
from community.platform.db import db
from tests.support.api import PREFIX
from tests.support.web import PASSWORD, csrf_token, login

NUL = "%00"


def refused(response, where: str) -> None:
    assert 400 <= response.status_code < 500, (where, response.status_code,
                                               response.get_data(as_text=True)[:300])


def test_nul_in_pages(app, client, make_user, session):
    admin = make_user()  # a member: admins sign in with a second factor
    login(client, admin)
    for url in (f"/u/{admin.username}{NUL}", f"/b/cardio{NUL}logy", f"/b/{NUL}/new",
                f"/b/cardiology?tag=ecg{NUL}", f"/b/cardiology?{NUL}tag=ecg",
                f"/b/cardiology?tag=ecg&tag=ecg{NUL}",
                f"/moderation/audit?actor=a{NUL}b", f"/moderation/audit?action={NUL}",
                f"/moderation/audit?subject_type=user{NUL}", f"/moderation/audit.csv?actor={NUL}",
                f"/search?q=heart{NUL}", f"/cases/1{NUL}", f"/sessions?{NUL}=1"):
        refused(client.get(url), url)
    token = csrf_token(client)
    # Url-encoded and multipart forms, in values, keys and file names.
    topic = {"csrf_token": token, "title": "Syncope in a rower\x00", "raw": "Echo.",
             "tags": "ecg"}
    refused(client.post("/b/cardiology/new", data=topic), "form value")
    refused(client.post("/b/cardiology/new", data={**topic, "title": "Syncope in a rower",
                                                   "x\x00": "1"}), "form key")
    refused(client.post("/b/cardiology/new", data={**topic, "title": "Syncope in a rower",
                                                   "tags": ["ecg", "a\x00"]}),
            "a repeated field's second value")
    refused(client.post("/b/cardiology/new", data=topic, content_type="multipart/form-data"),
            "multipart value")
    refused(client.post("/b/cardiology/new", content_type="multipart/form-data",
                        data={**topic, "title": "Syncope in a rower",
                              "file": (io.BytesIO(b"x"), "a\x00.png")}), "multipart file name")
    refused(client.post(f"/u/{admin.username}{NUL}/verify", data={"csrf_token": token}),
            "path of a POST")
    # Headers and cookies.
    refused(client.get("/", headers={"User-Agent": "Mozilla\x00"}), "user agent")
    refused(client.get("/", headers={"X-Anything": "\x00"}), "any header")
    client.set_cookie("remember_token", "1|\x00")
    refused(client.get("/"), "cookie")
    client.delete_cookie("remember_token")


def test_nul_at_sign_in(app, client, make_user, session):
    member = make_user()
    session.rollback()
    attempts = session.scalar(select(func.count()).select_from(LoginAttempt))
    for email in (f"{member.email}\x00", "\x00", f"a\x00{member.email}"):
        refused(client.post("/login", data={"email": email, "password": PASSWORD,
                                            "csrf_token": csrf_token(client)}), email)
        refused(client.post("/login", content_type="multipart/form-data",
                            data={"email": email, "password": PASSWORD,
                                  "csrf_token": csrf_token(client)}), email)
        refused(client.post(f"{PREFIX}/auth/token",
                            json={"email": email, "password": PASSWORD}), email)
    refused(client.post("/login", data={"email": member.email, "password": "x\x00",
                                        "csrf_token": csrf_token(client)}), "password")
    session.rollback()
    assert session.scalar(select(func.count()).select_from(LoginAttempt)) == attempts
    # The user agent a sign-in may keep, too.
    refused(client.post("/login", headers={"User-Agent": "Browser\x00"},
                        data={"email": member.email, "password": PASSWORD,
                              "csrf_token": csrf_token(client)}), "sign-in user agent")


def test_nul_in_the_api(app, client, make_user):
    admin = make_user("admin")
    with app.app_context():  # issued directly: through the API, an admin needs two factors
        token = accounts.create_token(db.session, db.session.merge(admin), "nul")[1]
        db.session.commit()
    bearer = {"Authorization": f"Bearer {token}"}
    for url in (f"/users/{admin.username}{NUL}", f"/boards/cardio{NUL}logy",
                f"/boards/cardiology/topics?tag=ecg{NUL}", f"/boards/cardiology/topics?{NUL}=1",
                f"/audit?actor=a{NUL}b", f"/audit?action={NUL}&format=csv",
                f"/audit?subject_type={NUL}", f"/search?q={NUL}", f"/tags/{NUL}",
                f"/cases?{NUL}", f"/queue?kind={NUL}"):
        refused(client.get(PREFIX + url, headers=bearer), url)
    for body in ({"title": "Syncope in a rower\x00", "raw": "Echo.", "tags": ["ecg"]},
                 {"title": "Syncope in a rower", "raw": "Echo.", "tags": ["ec\x00g"]},
                 {"title": "Syncope in a rower", "raw": "Echo.", "tags": ["ecg"], "\x00": 1}):
        refused(client.post(f"{PREFIX}/boards/cardiology/topics", headers=bearer, json=body),
                repr(body))
    refused(client.patch(f"{PREFIX}/me", headers=bearer, json={"display_name": "Dr\x00"}),
            "PATCH /me")
    # A token with NUL in it, in the header (and a header that is not a token at all).
    refused(client.get(f"{PREFIX}/me", headers={"Authorization": f"Bearer {token}\x00"}),
            "token")
    refused(client.get(f"{PREFIX}/me", headers={"Authorization": "Bearer \x00"}), "token")
    refused(client.get(f"{PREFIX}/me", headers={**bearer, "Accept-Language": "en\x00"}),
            "header")
    # Multipart uploads (a case image): a NUL in the caption, a key or the file's name.
    for data in ({"caption": "x\x00", "image": (io.BytesIO(b"png"), "a.png")},
                 {"cap\x00tion": "x", "image": (io.BytesIO(b"png"), "a.png")},
                 {"image": (io.BytesIO(b"png"), "a\x00.png")}):
        refused(client.post(f"{PREFIX}/cases/1/images", headers=bearer, data=data,
                            content_type="multipart/form-data"), repr(data))
