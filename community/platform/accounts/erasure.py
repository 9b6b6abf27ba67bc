"""Deleting an account, exporting a member's data, and erasing what was kept after it.

Deleting (`delete_account`, from the account page: password, the confirmation phrase, and a
two-factor code when it is on). The `users` row is not deleted: posts, write-ups, credit and
the audit log point to it, and those foreign keys must hold. It is anonymised instead —
username `former-member-<random>`, display name "Former member", an email at `.invalid`
(RFC 2606: never deliverable, unique, so the old address can register again), every profile
field blanked, verification and role dropped, the password replaced by a value no password
matches, `is_active` off and `deleted_at` set. The member's API tokens, two-factor secret,
recovery codes, picture and sign-in attempts are deleted; their server-side sessions are ended (accounts/sessions.py). A feature with personal rows to
drop at once registers an `on_delete` hook or `erase_on_delete` (notifications, watches and
the calendar feed's token are deleted so).

Kept, as accreditors require (ACCME, ACPE: six years), then erased by the daily beat task
`rounds.erase_retained` (`erase_retained`). What "erase" means, per table:

- `users`: already anonymised at deletion; the row stays for good, holding nothing personal.
- `disclosures` (and, by their foreign keys' cascade, `disclosure_relationships` and
  `role_clearances`): a deleted member's disclosures whose validity ended more than six
  years ago are deleted (registered by moderation.disclosures with `retain`). They are kept
  until then because they cleared content that was published or presented.
- `credit_ledger`: append-only (database triggers refuse UPDATE and DELETE), so its rows
  stay; they name the learner only by the user id, which now points to the anonymised row —
  the credit is no longer anyone's, which is enough. `credit_claims` likewise (a
  certificate's verification code still answers "valid", naming no one, as it always did).
- `audit_log`: append-only too; its rows keep pointing to the anonymised row. Their
  before/after values may hold what a moderator changed; erasing those needs a decision to
  lift the trigger for a retention purge (not done here).

Any part registers more with `retain(app, table, user_column, date_column)`: rows of a
deleted member whose `date_column` (or, without one, the deletion itself) is older than
RETENTION_YEARS are deleted.

Exporting (`export`, `/account/export` and `GET /api/v1/me/export`): the profile, then, for
every table with a foreign key to `users`, the rows whose *owner* column (OWNER_COLUMNS:
user_id, author_id, host_id, reviewer_id, flagger_id) is the member — posts, topics,
disclosures, registrations, attendance, credit claims and ledger, notifications,
evaluations' receipts… — the write-ups they author (`case_reports` and their versions), and the rows parts declare
with `export_children` (a disclosure's relationships).
Nothing about others: ids of other members in those rows are removed, no other member's
row is read, and secrets (hashes, tokens, the two-factor secret) and binary data are left
out. Columns that record someone acting on other people's things (`*_by_id`, `actor_id`)
never select rows, so a moderator's export does not carry the members they moderated.
"""
from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from flask import Blueprint, Flask, Response, flash, redirect, request, url_for
from flask_login import login_required
from sqlalchemy import LargeBinary, Table, delete, select
from sqlalchemy.orm import Session

from community.platform import api as platform_api
from community.platform import tasks
from community.platform.accounts import schemas, service, sessions, twofactor
from community.platform.accounts.models import (
    AccountToken,
    ApiToken,
    LoginAttempt,
    Role,
    User,
    UserAvatar,
    password_stamp,
)
from community.platform.accounts.views import CREDENTIAL_CHOICES
from community.platform.db import Base, commit, db, task_session, utcnow
from community.platform.errors import ValidationError
from community.platform.i18n import _
from community.platform.registry import registry
from community.platform.web import actor, render_form

RETENTION_YEARS = 6
ERASE_TASK = "rounds.erase_retained"
CONFIRMATION = "delete my account"
FORMER_NAME = "Former member"
OWNER_COLUMNS = ("user_id", "author_id", "host_id", "reviewer_id", "flagger_id")
# Never exported: secrets and what only the site needs.
_SECRET_SUFFIXES = ("_hash", "secret", "token", "password")
_SKIPPED_TABLES = frozenset({"users"})

bp = Blueprint("privacy", __name__)
api_bp = platform_api.api_blueprint("privacy_api", __name__)


# ---------------------------------------------------------------- registries


def on_delete(app: Flask, hook: Callable[[Session, User], None]) -> None:
    """Run `hook(db, user)` inside the deletion's unit of work (end server-side sessions,
    drop rows that are personal and need not be kept)."""
    registry("account_deleted", list, app).append(hook)


def erase_on_delete(app: Flask, table: str, user_column: str = "user_id") -> None:
    """Delete `table`'s rows of a member when they delete their account (a feature's
    personal rows that nobody needs afterwards: notifications, watches, a feed's token)."""
    def hook(db_session: Session, user: User) -> None:
        rows = Base.metadata.tables[table]
        db_session.execute(delete(rows).where(rows.c[user_column] == user.id))

    on_delete(app, hook)


def export_children(app: Flask, table: str) -> None:
    """Export `table`'s rows that belong to rows already exported (through its foreign keys):
    a disclosure's relationships."""
    registry("export_children", list, app).append(table)


def retain(app: Flask, table: str, user_column: str, date_column: str | None = None) -> None:
    """Keep `table`'s rows of a deleted member for RETENTION_YEARS after `date_column` (or
    after the deletion), then delete them (the beat task)."""
    registry("retained_records", list, app).append((table, user_column, date_column))


# ---------------------------------------------------------------- deleting


def delete_account(db_session: Session, user: User, *, password: object, confirmation: object,
                   code: object = None) -> User:
    errors: dict[str, list[str]] = {}
    if not service.password_matches(user, password):
        errors["password"] = [_("Your password is not right.")]
    if not isinstance(confirmation, str) or confirmation.strip().lower() != CONFIRMATION:
        errors["confirmation"] = [f"Type “{CONFIRMATION}” to confirm."]
    if errors:
        raise ValidationError(errors)
    if twofactor.is_enabled(db_session, user):
        twofactor.verify(db_session, user, code)
    anonymise(db_session, user)
    return user


def anonymise(db_session: Session, user: User) -> None:
    """The deletion itself (see the module's docstring); the caller commits."""
    old_email = user.email
    for hook in registry("account_deleted", list):
        hook(db_session, user)
    db_session.execute(delete(ApiToken).where(ApiToken.user_id == user.id))
    db_session.execute(delete(AccountToken).where(AccountToken.user_id == user.id))
    db_session.execute(delete(UserAvatar).where(UserAvatar.user_id == user.id))
    sessions.end_all(db_session, user)  # every browser signed in as them
    twofactor.erase(db_session, user)
    db_session.execute(delete(LoginAttempt).where(LoginAttempt.email == old_email))
    tag = secrets.token_hex(5)
    now = utcnow()
    user.username = f"former-member-{tag}"
    user.email = f"former-member-{tag}@deleted.invalid"
    user.display_name = FORMER_NAME
    user.password_hash = "!deleted:" + secrets.token_hex(16)  # no password matches it
    user.role = Role.member.value
    user.credentials = "other"
    user.specialty = user.country = user.bio = ""
    user.time_zone, user.language = "UTC", "en"
    user.verified_at = user.verified_by_id = None
    user.email_verified_at = None
    user.avatar_version = None
    user.last_seen_at = None
    user.is_active = False
    user.deleted_at = now
    # Also end anything keyed on the password-change time.
    if password_stamp(now) == password_stamp(user.password_changed_at):
        now += timedelta(microseconds=1)
    user.password_changed_at = now
    db_session.flush()


# ---------------------------------------------------------------- after six years


def retention_cutoff(now: datetime | None = None) -> datetime:
    now = now or utcnow()
    try:
        return now.replace(year=now.year - RETENTION_YEARS)
    except ValueError:  # 29 February
        return now.replace(year=now.year - RETENTION_YEARS, day=28)


def erase_retained(db_session: Session, now: datetime | None = None) -> int:
    """Delete what was kept of deleted members once RETENTION_YEARS have passed; returns
    how many rows went. Idempotent."""
    cutoff = retention_cutoff(now)
    users = User.__table__
    erased = 0
    for name, user_column, date_column in registry("retained_records", list):
        table: Table = Base.metadata.tables[name]
        deleted_members = select(users.c.id).where(users.c.deleted_at.is_not(None))
        if date_column is None:
            deleted_members = deleted_members.where(users.c.deleted_at < cutoff)
            condition = table.c[user_column].in_(deleted_members)
        else:
            condition = table.c[user_column].in_(deleted_members) & (
                table.c[date_column] < cutoff)
        erased += db_session.execute(delete(table).where(condition)).rowcount or 0
    db_session.flush()
    return erased


def erase_retained_task() -> int:
    with task_session() as session:
        return erase_retained(session)


# ---------------------------------------------------------------- exporting


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        return None
    return value


def _exportable(table: Table, matched: str) -> list[str]:
    keep = []
    for column in table.columns:
        to_users = any(fk.column.table.name == "users" for fk in column.foreign_keys)
        if to_users and column.name != matched:
            continue  # another member's id
        if isinstance(column.type, LargeBinary):
            continue
        if column.name.endswith(_SECRET_SUFFIXES) or column.name in ("token", "secret"):
            continue
        keep.append(column.name)
    return keep


def _rows(db_session: Session, table: Table, where, columns: list[str]) -> list[dict]:
    ordered = select(*(table.c[name] for name in columns)).where(where)
    if "id" in table.c:
        ordered = ordered.order_by(table.c.id)
    return [{key: _value(value) for key, value in row._mapping.items()}
            for row in db_session.execute(ordered)]


def export(db_session: Session, user: User) -> dict[str, Any]:
    """Everything Rounds holds about `user`, and nothing about anyone else."""
    profile = {name: _value(getattr(user, name)) for name in (
        "id", "username", "email", "display_name", "role", "credentials", "specialty",
        "country", "time_zone", "language", "bio", "trust_level", "verified_at",
        "created_at", "last_seen_at", "password_changed_at")}
    profile["two_factor"] = twofactor.is_enabled(db_session, user)
    records: dict[str, list[dict]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in _SKIPPED_TABLES:
            continue
        for column in table.columns:
            if column.name not in OWNER_COLUMNS or not any(
                    fk.column.table.name == "users" for fk in column.foreign_keys):
                continue
            rows = _rows(db_session, table, table.c[column.name] == user.id,
                         _exportable(table, column.name))
            if rows:
                records.setdefault(table.name, []).extend(rows)
    records.update(_write_ups(db_session, user, records.get("case_authors", [])))
    for name in registry("export_children", list):
        child = Base.metadata.tables[name]
        for column in child.columns:
            for fk in column.foreign_keys:
                parent_ids = [row["id"] for row in records.get(fk.column.table.name, [])
                              if "id" in row]
                if parent_ids and fk.column.name == "id":
                    rows = _rows(db_session, child, column.in_(parent_ids),
                                 _exportable(child, ""))
                    records.setdefault(name, []).extend(rows)
    return {"generated_at": utcnow().isoformat(), "profile": profile, "records": records}


def _write_ups(db_session: Session, user: User, authorships: list[dict]) -> dict[str, list]:
    """The write-ups they author (co-authors' ids left out): the report and its versions."""
    tables = Base.metadata.tables
    reports, versions = tables.get("case_reports"), tables.get("case_versions")
    if reports is None or versions is None:
        return {}
    case_ids = {row["case_id"] for row in authorships if "case_id" in row}
    case_ids |= set(db_session.scalars(select(reports.c.id).where(
        reports.c.created_by_id == user.id)))
    if not case_ids:
        return {}
    return {
        "case_reports": _rows(db_session, reports, reports.c.id.in_(case_ids),
                              _exportable(reports, "")),
        "case_versions": _rows(db_session, versions, versions.c.case_id.in_(case_ids),
                               _exportable(versions, "")),
    }


def export_filename(user: User) -> str:
    return f"rounds-{user.username}-{utcnow():%Y%m%d}.json"


# ---------------------------------------------------------------- pages and API


@bp.get("/account/export")
@login_required
def download():
    me = actor()
    body = json.dumps(export(db.session, me), ensure_ascii=False, indent=2)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="{export_filename(me)}"'})


@bp.post("/account/delete")
@login_required
def delete_page():
    me = actor()
    form = request.form
    try:
        delete_account(db.session, me, password=form.get("password"),
                       confirmation=form.get("confirmation"), code=form.get("code"))
    except ValidationError as error:
        commit(db.session)  # a wrong two-factor code counts
        return _account_again(me, error.extra.get("errors", {}), 422)
    sessions.sign_out(db.session)
    commit(db.session)
    flash(_("Your account is deleted. Your posts remain under “Former member”."), "info")  # i18n: ignore
    return redirect(url_for("boards.index"), code=303)


def _account_again(me: User, errors: dict, status: int):
    profile = {name: getattr(me, name) or "" for name in (
        "display_name", "credentials", "specialty", "country", "time_zone", "language", "bio")}
    return render_form("accounts/account.html", errors=errors, status=status, values=profile,
                       credential_choices=CREDENTIAL_CHOICES,
                       tokens=service.active_tokens(db.session, me), new_token=None,
                       delete_errors=True)


@api_bp.get("/me/export")
@platform_api.operation("Everything Rounds holds about you (JSON)", tag="accounts",
                        response=schemas.PersonalData, auth=True)
def export_api():
    return export(db.session, platform_api.require_user())


@api_bp.post("/me/deletion")
@platform_api.operation("Delete your account: your password, the phrase “delete my account” "
                        "and, when two-factor sign-in is on, a code. Posts stay under "
                        "“Former member”; tokens and sessions end", tag="accounts",
                        body=schemas.AccountDeletion, status=204, auth=True)
def delete_api(body: schemas.AccountDeletion):
    user = platform_api.require_user()
    try:
        delete_account(db.session, user, password=body.password,
                       confirmation=body.confirmation, code=body.code)
    except ValidationError as error:
        raise error.keeping_work() from None  # a wrong two-factor code counts
    commit(db.session)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    platform_api.register(app, api_bp)
    tasks.register(app, ERASE_TASK, erase_retained_task)
    tasks.schedule(app, "erase-retained", ERASE_TASK, 24 * 3600.0)
