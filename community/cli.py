"""The `rounds` command: serve, migrate, seed demo content, create members, rebuild search.

Every command reads the same ROUNDS_* settings as the app (see community.config) and works
inside an app context with its own session; writes are committed with community.db.commit
so notifications and the search index follow, as they do for requests.
"""
from __future__ import annotations

import json
import logging
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import click
from alembic.util import CommandError
from flask import Flask
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.serving import make_server

from community import migrate
from community.app import create_app, start_background
from community.credit import certificates
from community.demo import DEMO_PASSWORD, demo_accounts, seed_demo
from community.models import Base
from community.notifications.receiver import ReplyListener
from community.platform import catalogues, events
from community.platform.accounts.models import ROLES
from community.platform.accounts.service import register
from community.platform.api import asyncapi, openapi
from community.platform.config import Settings
from community.platform.db import commit, db
from community.platform.errors import DomainError, ValidationError
from community.platform.markup import unhook_stored_images
from community.platform.spaces.specialties import ensure_default_boards
from community.search.service import rebuild


def _create_app(overrides: dict | None = None, *, quiet: bool = True) -> Flask:
    overrides = dict(overrides or {})
    if quiet and not os.environ.get("ROUNDS_LOG_LEVEL"):
        # One-shot commands print their own summary; per-task INFO lines would bury it.
        overrides["log_level"] = "WARNING"
    try:
        return create_app(overrides)
    except (ValueError, OSError) as exc:
        raise click.ClickException(f"Cannot start Rounds: {exc}") from exc


@contextmanager
def _app_context(overrides: dict | None = None) -> Iterator[Flask]:
    """An app context whose engine is released afterwards (a CLI run holds no pool open)."""
    app = _create_app(overrides)
    try:
        with app.app_context():
            yield app
    finally:
        with app.app_context():
            db.engine.dispose()


def _safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@contextmanager
def _database_errors(url: str) -> Iterator[None]:
    """Unreachable databases and unknown revisions get one clear line, not a traceback."""
    try:
        yield
    except CommandError as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise click.ClickException(f"Database {_safe_url(url)}: {reason}") from exc


def _require_schema(url: str) -> None:
    with _database_errors(url):
        at = migrate.current(url)
    if at is None:
        raise click.ClickException(
            f"The database {_safe_url(url)} has no schema yet: run `rounds db upgrade` first.")
    if at != migrate.head():
        raise click.ClickException(
            f"The database is at revision {at}, not {migrate.head()}: run `rounds db upgrade`.")


def _upgrade(url: str, revision: str = "head") -> str | None:
    with _database_errors(url):
        return migrate.upgrade(url, revision)


def _describe(revision: str | None) -> str:
    if revision is None:
        return "no revision (empty schema)"
    return f"{revision} (head)" if revision == migrate.head() else revision


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rounds", prog_name="rounds")
def main() -> None:
    """Rounds: case discussion for clinicians. Settings come from ROUNDS_* variables."""


# ---------------------------------------------------------------- serve


def _serve_overrides(host: str, port: int, demo: bool = False) -> dict:
    """The embedded server speaks plain HTTP: secure-only cookies would make signing in
    impossible from another machine (a phone on the clinic Wi-Fi), so they are off unless
    ROUNDS_SECURE_COOKIES says otherwise (as it should behind a TLS proxy). The demo's
    moderators, editors and administrators are not asked to enrol an authenticator app
    unless ROUNDS_TWO_FACTOR_REQUIRED says so: the demo is for looking around."""
    overrides: dict = {}
    if demo and not os.environ.get("ROUNDS_TWO_FACTOR_REQUIRED"):
        overrides["two_factor_required"] = False
    if demo:
        overrides["demo"] = True  # demo-only pages (/dev/mail) open to admins
    if not os.environ.get("ROUNDS_SECURE_COOKIES"):
        overrides["secure_cookies"] = False
    if not os.environ.get("ROUNDS_BASE_URL"):
        overrides["base_url"] = f"http://{_display_host(host)}:{port}"
    return overrides


def _display_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::", "") else host


def _stop_on_sigterm() -> None:
    # SIGTERM (systemd, docker stop, a test) becomes a normal exit: the server unwinds.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--demo", is_flag=True, help="Seed demo members, boards and topics first.")
@click.option("--no-migrate", is_flag=True,
              help="Serve the database as it is: another process migrated or built it (a "
                   "second web process, a test, a benchmark). Nothing is written first.")
@click.option("--verbose", is_flag=True,
              help="Log every background task and migration step (INFO), not only warnings.")
def serve(host: str, port: int, demo: bool, no_migrate: bool, verbose: bool) -> None:
    """Migrate the database, then serve pages, API and Socket.IO (for trying Rounds and for
    development; in production run gunicorn, see the README)."""
    if demo and no_migrate:
        raise click.UsageError("--demo writes to the database; drop --no-migrate.")
    # What a newcomer needs (where it runs, the demo's accounts) must not drown in a line per
    # background task: warnings and errors only, unless asked.
    app = _create_app(_serve_overrides(host, port, demo), quiet=not verbose)
    if not verbose:
        # A line per request would push the demo's accounts off the screen at once.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
    summary = None if no_migrate else _prepare(app, demo)
    base = f"http://{_display_host(host)}:{port}"
    _stop_on_sigterm()
    start_background(app)
    # Werkzeug's threaded server with simple-websocket, as Socket.IO's run() would start it,
    # without its banner and its warnings meant for `flask run`. Bound before anything
    # below is printed, so every link printed already answers.
    http = make_server(host, port, app, threaded=True)
    click.echo("This is Rounds' own server, for trying it and for development; "
               "production runs it under gunicorn (README: Running in production).")
    if demo and not app.config["SETTINGS"].smtp_url:
        click.echo(f"Mail is not sent but kept: admins read it at {base}/dev/mail")
    if summary is not None:
        _print_demo(summary, base)  # the accounts and the links last, where they are seen
    click.echo(f"Rounds is running on {base}/ (Ctrl+C to stop)")
    try:
        http.serve_forever()
    finally:
        http.server_close()


def _prepare(app: Flask, demo: bool):
    """Migrate, make sure the boards exist, seed the demo if asked; say what was done.
    Returns the demo's summary (or None) for the caller to print last."""
    url = app.config["DATABASE_URL"]
    revision = _upgrade(url)
    with app.app_context(), _database_errors(url):
        ensure_default_boards(db.session)
        summary = _seed(db.session) if demo else None
        commit(db.session)
    click.echo(f"Database {_safe_url(url)} at {_describe(revision)}.")
    return summary


# ---------------------------------------------------------------- db


@main.group("db")
def db_group() -> None:
    """Schema migrations (Alembic, scripts in migrations/)."""


def _database_url() -> str:
    return Settings.from_environment().resolve().database_url


@db_group.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Upgrade the schema to REVISION (default: head)."""
    url = _database_url()
    click.echo(f"Database {_safe_url(url)} at {_describe(_upgrade(url, revision))}.")


@db_group.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Downgrade the schema to REVISION ("base" drops every table)."""
    url = _database_url()
    with _database_errors(url):
        at = migrate.downgrade(url, revision)
    click.echo(f"Database {_safe_url(url)} at {_describe(at)}.")


@db_group.command("current")
def db_current() -> None:
    """Show the revision the database is at."""
    url = _database_url()
    with _database_errors(url):
        at = migrate.current(url)
    click.echo(f"Database {_safe_url(url)} at {_describe(at)}.")


# ---------------------------------------------------------------- demo


def _seed(session):
    return seed_demo(session)


def _print_demo(summary, base: str = "") -> None:
    """What the demo holds, then where to go and whom to sign in as. With `base` (a running
    server) the pages are printed as links to open."""
    added = ", ".join(f"{value} {name.replace('_', ' ')}"
                      for name, value in summary.as_dict().items() if value)
    click.echo(f"Demo content: {added}." if summary.added_anything
               else "Demo content: already in place, nothing added.")
    if base:
        click.echo(f"Demo pages (open {base}/ to start):")
    for line in summary.session_lines:
        click.echo(f"  {_linked(line, base)}")
    click.echo(f"Demo sign-in (password for all: {DEMO_PASSWORD}):")
    for email, role, description in demo_accounts():
        click.echo(f"  {email:<28} {role:<10} {description}")


def _linked(line: str, base: str) -> str:
    """The site paths in a line ("/cases/3") as links on `base`."""
    if not base:
        return line
    return re.sub(r"(?<![\w/.])/[a-z][\w-]*(?:[/.][\w-]+)*", lambda m: base + m.group(0), line)


@main.command()
def demo() -> None:
    """Add demo boards, members of every role and topics (idempotent)."""
    url = _database_url()
    _upgrade(url)
    with _app_context(), _database_errors(url):
        summary = _seed(db.session)
        commit(db.session)
    _print_demo(summary)


# ---------------------------------------------------------------- user


@main.group("i18n")
def i18n_group() -> None:
    """The translation catalogues (community/translations)."""


@i18n_group.command("update")
@click.argument("areas", nargs=-1, type=click.Choice(sorted(catalogues.AREAS)))
def i18n_update(areas: tuple[str, ...]) -> None:
    """Extract the strings of AREAS (all by default) and bring every language's .po up to
    them: new strings untranslated, gone ones dropped."""
    for area in areas or catalogues.AREAS:
        template = catalogues.update(area)
        click.echo(f"{area}: {len(template)} strings")


@i18n_group.command("fill")
@click.argument("area", type=click.Choice(sorted(catalogues.AREAS)))
@click.argument("locale", type=click.Choice(sorted(catalogues.TRANSLATED)))
@click.argument("source", type=click.File("r", encoding="utf-8"))
def i18n_fill(area: str, locale: str, source) -> None:
    """Fill AREA's LOCALE catalogue from a JSON object: msgid → translation (a list of the
    plural forms, keyed by the singular; "context\\x04msgid" for a message with a context)."""
    filled = catalogues.fill(area, locale, json.load(source))
    click.echo(f"{area} {locale}: {filled} messages filled")


@i18n_group.command("compile")
def i18n_compile() -> None:
    """Compile the .po catalogues to .mo (and the browser's JSON)."""
    click.echo(f"compiled {catalogues.compile_all(force=True)} catalogues")


@i18n_group.command("check")
@click.argument("areas", nargs=-1, type=click.Choice(sorted(catalogues.AREAS)))
def i18n_check(areas: tuple[str, ...]) -> None:
    """Fail on an untranslated or fuzzy string in a shipped language, on text in code
    or templates that is not marked for translation, or on a message two areas translate
    differently (the merged catalogue would show one area's wording on the other's pages)."""
    problems = [problem for area in areas or catalogues.AREAS
                for problem in catalogues.check_area(area)]
    problems += catalogues.conflicts(areas or None)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        raise click.ClickException(f"{len(problems)} translation problems")
    click.echo("every string is marked and translated")


@main.group()
def user() -> None:
    """Manage members."""


def _username_from(email: str) -> str:
    """A valid username from the email's local part (the member can use --username)."""
    name = re.sub(r"[^a-z0-9_.-]", "_", email.strip().lower().split("@", 1)[0])[:32].strip(".-")
    return name if len(name) >= 3 else (name + "___")[:3]


def _report_invalid(error: ValidationError) -> click.ClickException:
    lines = [f"  {field}: {' '.join(messages)}" for field, messages in error.errors.items()]
    return click.ClickException("The member was not created:\n" + "\n".join(lines))


@user.command("create")
@click.option("--email", required=True, help="Sign-in email address.")
@click.option("--role", type=click.Choice(ROLES), default="member", show_default=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True,
              help="Prompted for (hidden, twice) when not given.")
@click.option("--username", help="Defaults to the email's local part.")
@click.option("--display-name", help="Defaults to the username.")
def user_create(email: str, role: str, password: str, username: str | None,
                display_name: str | None) -> None:
    """Create a member with a role (member, moderator, editor or admin)."""
    url = _database_url()
    _require_schema(url)
    username = username or _username_from(email)
    data = {"email": email, "username": username, "password": password,
            "display_name": display_name or username}
    with _app_context(), _database_errors(url):
        try:
            # An operator creates it: its address needs no confirmation by mail.
            member = register(db.session, data, role=role, email_verified=True)
            commit(db.session)
        except ValidationError as exc:
            db.session.rollback()
            raise _report_invalid(exc) from exc
        except DomainError as exc:
            db.session.rollback()
            raise click.ClickException(exc.detail) from exc
        click.echo(f"Created {member.role} {member.username} <{member.email}> (id {member.id}).")


# ---------------------------------------------------------------- search


@main.group()
def search() -> None:
    """The full-text search index."""


@search.command("rebuild")
def search_rebuild() -> None:
    """Rebuild the search index from the database (safe to run any time)."""
    url = _database_url()
    _require_schema(url)
    with _app_context() as app, _database_errors(url):
        path = app.config["SEARCH_INDEX_PATH"]
        where = ("PostgreSQL (search_posts)" if app.config["SETTINGS"].search_backend
                 == "postgres" else path)
        click.echo(f"Rebuilding the search index in {where} …")
        started = time.monotonic()
        bar: dict = {}

        def progress(done: int, total: int) -> None:
            if "bar" not in bar:
                bar["bar"] = click.progressbar(length=max(total, 1), label="Indexing posts",
                                               show_pos=True, show_eta=True)
                bar["bar"].__enter__()
                bar["done"] = 0
            bar["bar"].update(max(done - bar["done"], 0))
            bar["done"] = done

        try:
            total = rebuild(db.session, path, progress=progress)
        finally:
            if "bar" in bar:
                bar["bar"].__exit__(None, None, None)
    seconds = max(time.monotonic() - started, 1e-6)
    click.echo(f"Indexed {total} posts. ({seconds:.1f} s, {total / seconds:,.0f} posts/s)")


# ---------------------------------------------------------------- markup


@main.group()
def markup() -> None:
    """Stored Markdown HTML."""


@markup.command("unhook-images")
def markup_unhook_images() -> None:
    """Turn remote images in HTML cooked before the image rule into links (safe to run any
    time: images from Rounds itself stay, and a second run changes nothing)."""
    url = _database_url()
    _require_schema(url)
    with _app_context(), _database_errors(url):
        changed = unhook_stored_images(db.session, Base.metadata)
        commit(db.session)
    click.echo(f"Rewrote {changed} stored text{'s' if changed != 1 else ''} "
               "with remote images.")


# ---------------------------------------------------------------- outbox


@main.group()
def outbox() -> None:
    """Side effects of committed writes waiting to be delivered (indexing, notifications…)."""


@outbox.command("status")
def outbox_status() -> None:
    """How many deliveries wait, how many are being retried, and the oldest's age."""
    url = _database_url()
    _require_schema(url)
    with _app_context(), _database_errors(url):
        figures = events.status(db.session)
    click.echo(f"Pending: {figures['pending']} (retrying: {figures['retrying']}); oldest "
               f"waiting {figures['oldest_pending_seconds']:.0f} s.")


@outbox.command("relay")
@click.option("--every", type=click.FloatRange(min=0), default=0,
              help="Keep relaying every this many seconds (0: once, then exit).")
def outbox_relay(every: float) -> None:
    """Deliver what is due now (web processes do this by themselves every
    ROUNDS_OUTBOX_RELAY_SECONDS; this is for a process of its own, or by hand)."""
    url = _database_url()
    _require_schema(url)
    with _app_context(), _database_errors(url):
        while True:
            delivered, failed = events.relay_once()
            click.echo(f"Delivered {delivered}, failed {failed} (retried later).")
            if not every:
                return
            time.sleep(every)


# ---------------------------------------------------------------- mail


@main.group("mail")
def mail_group() -> None:
    """Mail: replies by email."""


@mail_group.command("receive")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=2525, show_default=True, type=click.IntRange(1, 65535),
              help="SMTP port to listen on (25 for an MX of its own).")
def mail_receive(host: str, port: int) -> None:
    """Receive replies by email over SMTP: mail to reply+…@ROUNDS_MAIL_REPLY_DOMAIN is
    posted as the member's reply (or refused, and the sender told why by mail)."""
    url = _database_url()
    _require_schema(url)
    app = _create_app(quiet=False)
    listener = ReplyListener(app, host, port)
    _stop_on_sigterm()
    start_background(app)
    listener.start()
    domain = app.config["SETTINGS"].mail_reply_domain
    click.echo(f"Receiving replies by email on {_display_host(host)}:{port} for "
               f"reply+…@{domain} (Ctrl+C to stop)", err=False)
    try:
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        listener.stop()


# ---------------------------------------------------------------- contract


@main.command("contract")
@click.argument("which", type=click.Choice(["openapi", "asyncapi"]))
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file instead of standard output.")
def contract(which: str, output: str | None) -> None:
    """Print the API's OpenAPI 3.1 document or the live protocol's AsyncAPI 3 document,
    generated from the typed models (for client generators and reviewers)."""
    with _app_context() as app:
        body = (openapi if which == "openapi" else asyncapi).document(app)
    text = json.dumps(body, indent=2, sort_keys=False)
    if output:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        click.echo(f"Wrote the {which} document to {output}.", err=True)
    else:
        click.echo(text)


# ---------------------------------------------------------------- credit


@main.group()
def credit() -> None:
    """Continuing-education credit."""


def _json_file(handle, what: str):
    try:
        return json.load(handle)
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{handle.name} is not a JSON {what}: {exc}") from exc


def _credit_keys(jwks) -> dict:
    if jwks is None:
        return certificates.own_keys()
    try:
        return certificates.keys_from_jwks(jwks)
    except ValueError as exc:
        raise click.ClickException(f"Not a key set: {exc}") from exc


def _revoked_on(document: dict) -> tuple[str | None, str]:
    """(the day it was revoked or None, a note) from this site's database; the signature
    alone cannot say, since revoking never changes a document already handed out."""
    try:
        claim = certificates.claim_of(db.session, document)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return None, f" (revocation not checked: the database answered {reason})"
    if claim is None:
        return None, " (revocation not checked: this site's database has no record of it)"
    return (claim.revoked_at.date().isoformat() if claim.revoked_at else None), ""


@credit.command("verify")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--keys", "keys_file", type=click.File("r", encoding="utf-8"),
              help="Verify against this published key set (JWKS: a copy of "
                   "/.well-known/rounds-credit-keys.json) instead of this site's own key.")
def credit_verify(file, keys_file) -> None:
    """Check a signed JSON certificate without the network: its signature (any change to it
    breaks it), then whether this site revoked it since (from this site's database). Exits 0
    when valid, 1 when not valid or revoked."""
    document = _json_file(file, "certificate")
    jwks = _json_file(keys_file, "key set") if keys_file else None
    with _app_context():
        ok, reason = certificates.verify_document(document, _credit_keys(jwks))
        if not ok:
            click.echo(f"not valid: {reason}")
            sys.exit(1)
        revoked_on, note = _revoked_on(document)
    if revoked_on:
        click.echo(f"revoked: {certificates.describe(document)} — the signature is valid, but "
                   f"the certificate was revoked on {revoked_on}")
        sys.exit(1)
    click.echo(f"valid: {certificates.describe(document)}{note}")


if __name__ == "__main__":  # pragma: no cover
    main()
