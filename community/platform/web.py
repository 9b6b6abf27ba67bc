"""What the HTML pages of every domain share: form handling, local times, redirects.

A page's POST handler calls its service inside `form_action`; a ValidationError re-renders
the same form with the member's input and the errors (422), a RateLimited one with when to
retry (429), so nothing typed is ever lost to an error."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

from babel import Locale
from flask import Flask, Request, Response, g, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_login import current_user
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import BadRequest, HTTPException, NotFound
from werkzeug.routing import IntegerConverter

from community.platform import i18n
from community.platform.accounts import avatars, choices
from community.platform.accounts import policy as accounts_policy
from community.platform.config import STATIC_FOLDER
from community.platform.db import commit, db, rollback, undo, writing
from community.platform.errors import RateLimited, ValidationError
from community.platform.i18n import _, _l
from community.platform.parsing import INT_MAX


def init_app(app: Flask) -> None:
    app.request_class = RoundsRequest
    app.before_request(_writes_take_the_lock)
    app.teardown_request(_release_the_lock)
    app.before_request(reject_malformed_form)
    app.before_request(reject_nul)
    app.jinja_env.filters.update(state_label=state_label, country_name=country_name,
                                 language_name=choices.language_name,
                                 initials=avatars.initials, avatar_colour=avatars.colour)
    app.jinja_env.globals.update(static_url=static_url, local_time=local_time,
                                 viewer_zone=viewer_zone,
                                 page_url=page_url, accounts_policy=accounts_policy)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


@lru_cache(maxsize=256)
def _static_hash(path: str, mtime: float) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:10]


def static_url(filename: str) -> str:
    """A static URL carrying the file's content hash, so it can be cached for a year."""
    path = STATIC_FOLDER / filename
    try:
        version = _static_hash(str(path), path.stat().st_mtime)
    except OSError:
        version = "0"
    return url_for("static", filename=filename, v=version)


WRITING_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _writes_take_the_lock() -> None:
    """A request that may write begins its transactions as writers (on SQLite, BEGIN
    IMMEDIATE: it waits for the lock instead of failing when another writer committed
    after it read). Other databases ignore it."""
    if request.method in WRITING_METHODS:
        g.writing = writing()
        g.writing.__enter__()


def _release_the_lock(_exc: BaseException | None) -> None:
    held = g.pop("writing", None)
    if held is not None:
        held.__exit__(None, None, None)


def is_sqlite_lock(error: BaseException) -> bool:
    """SQLite refused a write because another connection wrote (or is writing) since this
    transaction began reading: waiting cannot help it, beginning again as a writer does."""
    return isinstance(error, OperationalError) and "locked" in str(error.orig) and \
        type(error.orig).__module__.startswith("sqlite3")


class _RetryAsWriter(Exception):
    """A read-only request (GET, HEAD…) that wrote after all was refused the SQLite lock."""


class PageIdConverter(IntegerConverter):
    """`<int:case_id>` in pages: a number past the database's integers is a 404 about it,
    never an overflow in the database driver (the API's `<id:…>` does the same)."""

    def to_python(self, value: str) -> int:
        number = super().to_python(value)
        if number > INT_MAX:
            raise NotFound()
        return number


class RoundsFlask(Flask):
    """Flask, with two additions.

    A request whose method does not announce a write (GET, HEAD, OPTIONS) still may write —
    a token's last-used time, a sign-in's last-seen time, a disclosure statement shown — and
    on SQLite its transaction began as a reader. When the write is refused ("database is
    locked": another writer committed after it read, which no waiting can mend), the request
    is rolled back and run once more from the start as a writer (BEGIN IMMEDIATE, which waits
    for the lock). These methods are safe to repeat (what the first run committed before the
    refusal is of the idempotent kind above), and no response had been sent.

    Its `int` URL converter answers numbers past the database's integers with a 404."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.url_map.converters["int"] = PageIdConverter

    def full_dispatch_request(self):  # type: ignore[override]
        if request.method in WRITING_METHODS:
            return super().full_dispatch_request()
        g.may_retry_as_writer = True
        try:
            return super().full_dispatch_request()
        except _RetryAsWriter:
            rollback(db.session)
            g.may_retry_as_writer = False
            with writing():
                return super().full_dispatch_request()

    def handle_user_exception(self, e: Exception):  # type: ignore[override]
        if g.get("may_retry_as_writer") and is_sqlite_lock(e):
            raise _RetryAsWriter from e
        return super().handle_user_exception(e)


def actor():
    """The signed-in member, or None, for the services' policy checks."""
    return current_user._get_current_object() if current_user.is_authenticated else None


def form_values() -> dict[str, str]:
    return {key: request.form.get(key, "") for key in request.form}


def render_form(template: str, *, errors: dict | None = None, status: int = 200,
                retry_after: int | None = None, **context) -> Response:
    response = Response(render_template(template, errors=errors or {},
                                        values=context.pop("values", form_values()),
                                        retry_after=retry_after, **context), status=status)
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def form_action(action: Callable[[], str], template: str, **context) -> Response:
    """Run `action` (it returns the URL to go to) in one unit of work; on bad input show the
    form again with the member's text kept and a 422/429 status."""
    try:
        target = action()
        commit(db.session)
    except ValidationError as error:
        undo(db.session, error)
        return render_form(template, errors=error.extra.get("errors", {}), status=422,
                           **context)
    except RateLimited as error:
        undo(db.session, error)
        return render_form(template, errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after, **context)
    return redirect(target, code=303)


def done(target: str) -> Response:
    """Commit a one-click action (like, watch, pin…) and go back."""
    commit(db.session)
    return redirect(target, code=303)


def safe_next(default: str) -> str:
    """Only same-site paths, so a crafted link cannot bounce a member elsewhere."""
    target = request.values.get("next", "")
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and not parts.netloc \
            and "\\" not in target:
        return target
    return default


# The viewer's zone and their local time, in their language (platform/i18n.py).
viewer_zone = i18n.viewer_zone
local_time = i18n.local_time


# States and statuses as people say them, in the reader's language: every code any model
# stores (cases, reviews, invitations, overrides, roles, polls, questions, sessions,
# registrations, the moderation queue, clearances, mail). A code missing here would show in
# English (tests/community/test_platform_languages.py checks every model's codes are listed).
STATE_LABELS = {
    "draft": _l("Draft"), "submitted": _l("Submitted"), "in_review": _l("In review"),
    "revisions_requested": _l("Revisions requested"),
    "changes_requested": _l("Changes requested"), "accepted": _l("Accepted"),
    "published": _l("Published"), "declined": _l("Declined"), "rejected": _l("Rejected"),
    "withdrawn": _l("Withdrawn"), "invited": _l("Invited"), "cancelled": _l("Cancelled"),
    "pending": _l("Pending"), "approved": _l("Approved"), "ignored": _l("Ignored"),
    "cleared": _l("Cleared"), "refused": _l("Refused"),
    "member": _l("Member"), "moderator": _l("Moderator"), "editor": _l("Editor"),
    "admin": _l("Administrator"),
    "open": _l("Open"), "closed": _l("Closed"), "answered": _l("Answered"),
    "dismissed": _l("Dismissed"),
    "scheduled": _l("Scheduled"), "lobby": _l("Lobby open"), "live": _l("Live now"),
    "ended": _l("Ended"), "registered": _l("Registered"), "waitlisted": _l("On the waitlist"),
    "queued": _l("Queued"), "sending": _l("Sending"), "sent": _l("Sent"), "failed": _l("Failed"),
    "suppressed": _l("Suppressed"),
}


def state_label(code: str | None) -> str:
    if not code:
        return ""
    label = STATE_LABELS.get(code)
    return str(label) if label is not None else code.replace("_", " ").capitalize()


def country_name(code: str | None) -> str:
    """A two-letter country code as the country's name in the shown language ("IN" →
    "India", "Inde", "الهند")."""
    if not code:
        return ""
    return Locale.parse(str(get_locale() or i18n.DEFAULT)).territories.get(code.upper(), code)


# The standard HTTP errors as people read them (Werkzeug's own names and texts are English).
# A description given where the error is raised (`abort(404, _("…"))`) is kept.
HTTP_ERRORS = {
    400: (_l("Bad request"), _l("The request could not be understood. Go back and try again.")),
    401: (_l("Sign in required"), _l("Sign in to see this page.")),
    403: (_l("Not allowed"), _l("You do not have access to this page.")),
    404: (_l("Page not found"), _l("There is no page at this address. Check the link, or "
                                   "start again from the home page.")),
    405: (_l("Not possible here"), _l("This address does not accept that kind of request.")),
    408: (_l("Too slow"), _l("The request took too long to arrive. Try again.")),
    410: (_l("Gone"), _l("What was here has been removed.")),
    413: (_l("Too large"), _l("What was sent is larger than Rounds accepts.")),
    415: (_l("Unsupported format"), _l("Rounds does not accept this kind of content here.")),
    429: (_l("Too many requests"), _l("Too many requests: wait a moment and try again.")),
    500: (_l("Something went wrong"), _l("Something went wrong on our side.")),
    503: (_l("Unavailable for a moment"), _l("Rounds is unavailable for a moment. Try again "
                                             "shortly.")),
}


def http_error_text(error: HTTPException) -> tuple[str, str]:
    """A Werkzeug error's title and explanation in the reader's language."""
    code = error.code or 500
    title, detail = HTTP_ERRORS.get(code, (None, None))
    default = type(error).description
    given = error.description if error.description and error.description != default else None
    return (str(title) if title else error.name,
            given or (str(detail) if detail else error.description or error.name))


def page_url(page: int) -> str:
    """The current URL with another ?page, keeping the other query parameters."""
    args = {**request.view_args, **request.args.to_dict(), "page": page}
    return url_for(request.endpoint, **args)


def reject_malformed_form() -> Response | None:
    """A form whose bytes are not UTF-8 gets a clear 400, not text with U+FFFD in it
    (Werkzeug would otherwise replace the bad bytes silently)."""
    if request.method != "POST" or request.mimetype != "application/x-www-form-urlencoded":
        return None
    for pair in request.get_data(cache=True).split(b"&"):
        try:
            unquote_to_bytes(pair.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return Response(render_template(
                "error.html", title=_("Unreadable form"),
                detail=_("The form arrived with characters that are not valid UTF-8. Go back, "
                         "check the text (copy-paste from another program can cause this) "
                         "and send it again.")), status=400)
    return None


def reject_nul() -> Response | None:
    """A NUL character in the path, the query, a header (a token, the user agent a sign-in
    keeps), a cookie, a form field or an uploaded file's name is never text anyone meant (and
    PostgreSQL refuses it): a clear 400 before anything reads it. JSON bodies are checked by
    the contract's `parse` (422, naming the field)."""
    def every(multi) -> list[str]:  # each key and every value of a repeated one
        return [text for key, items in multi.lists() for text in (key, *items)]

    values = [request.path, *every(request.args), *every(request.cookies),
              *(f"{k}{v}" for k, v in request.headers.items())]
    if request.method in WRITING_METHODS and request.mimetype in (
            "application/x-www-form-urlencoded", "multipart/form-data"):
        values += [*every(request.form), *request.files.keys(),
                   *(upload.filename or "" for _key, uploads in request.files.lists()
                     for upload in uploads)]
    if not any("\x00" in value for value in values):
        return None
    raise BadRequest(_("The request contains a NUL character, which is not text."))


class RoundsRequest(Request):
    """Keeps a url-encoded form's raw bytes, so reject_malformed_form can check them after
    the CSRF check has already parsed the form."""

    def _load_form_data(self) -> None:
        if self.mimetype == "application/x-www-form-urlencoded":
            self.get_data(cache=True)
        super()._load_form_data()
