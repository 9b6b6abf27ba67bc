"""The composition root: the one module that knows every part of Rounds.

`create_app` builds the platform (database, outbox, tasks, sockets, security, the API core,
accounts, boards as spaces, the audit log, the review queue, disclosures), then calls each
feature's `init_app`, which registers its pages, API, socket handlers, queue kinds, event
subscribers, tasks and schedules on this app explicitly. Nothing registers itself by being
imported, so every app built in a process (tests build many) starts from nothing."""
from __future__ import annotations

import logging
import warnings

from flask import Flask, Response, flash, redirect, render_template, request, url_for
from flask_compress import Compress
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException, MethodNotAllowed
from werkzeug.middleware.proxy_fix import ProxyFix

from community import home
from community.boards import wiring as boards
from community.boards.models import Post
from community.cases import wiring as cases
from community.cases.models import CaseVersion
from community.credit import wiring as credit
from community.mail import wiring as mail
from community.mail.service import queue_mail
from community.notifications import wiring as notifications
from community.platform import api as platform_api
from community.platform import (
    catalogues,
    events,
    health,
    i18n,
    idempotency,
    language,
    offline,
    pagecache,
    security,
    sockets,
    tasks,
    web,
)
from community.platform.accounts import recovery as account_recovery
from community.platform.accounts import service as account_service
from community.platform.accounts import wiring as accounts
from community.platform.api import asyncapi, openapi
from community.platform.config import STATIC_FOLDER, Settings
from community.platform.db import db, undo
from community.platform.errors import DomainError, NotAuthenticated
from community.platform.i18n import _, _l
from community.search import wiring as search
from moderation.audit import wiring as audit
from moderation.board_moderators import wiring as board_moderators
from moderation.disclosures import wiring as disclosures
from moderation.flags import wiring as flags
from moderation.queue import wiring as queue
from moderation.trust import wiring as trust
from moderation.verification import wiring as verification
from realtime.room import wiring as room
from realtime.room.models import LiveMessage, LiveQuestion
from realtime.sessions import wiring as sessions

# The platform's own parts with pages or registries, then the features. Order matters only
# where a part extends another's registry (queue kinds after the queue).
PLATFORM = (openapi, asyncapi, accounts, audit, queue, disclosures)
FEATURES = (mail, boards, notifications, search, flags, trust, verification, board_moderators,
            cases, sessions, room, credit)


def _record_languages() -> None:
    """What members write keeps the language it was written in (platform/language.py)."""
    language.record(Post, "raw")
    language.record(CaseVersion, "sections")
    language.record(LiveMessage, "body_raw")
    language.record(LiveQuestion, "body_raw")


def create_app(config: dict | None = None) -> Flask:
    """Build the app. `config` overrides settings by their lower-case names (see Settings)."""
    settings = Settings.load(config).resolve()
    app = web.RoundsFlask("community", static_folder=str(STATIC_FOLDER),
                          static_url_path="/static", instance_path=str(settings.instance_path))
    _configure(app, settings)
    db.init_app(app)
    pagecache.init_app(app)
    _init_sign_in(app)
    CSRFProtect(app)
    Compress(app)
    security.init_app(app)
    tasks.init_app(app)
    sockets.init_app(app)
    web.init_app(app)
    catalogues.compile_all()  # the .mo files from the .po sources, where they are newer
    i18n.init_app(app)  # the shown language, gettext in Jinja, per-locale formatting
    _record_languages()
    offline.init_app(app)  # the service worker's routes and headers (static/sw.js)
    idempotency.init_app(app)  # writes repeated under one key are done once
    platform_api.init_app(app)
    health.init_app(app)
    for part in (*PLATFORM, *FEATURES):
        part.init_app(app)
    # The home page's sections from the features above the boards (community/home.py).
    home.init_app(app)
    # Account links (password reset, address confirmation) go out by mail; the platform
    # cannot import the mail feature, so the root hands its queue_mail to accounts.
    account_recovery.use_sender(app, queue_mail)
    _register_error_handlers(app)
    if settings.proxy_count:
        # Behind a proxy, the client's address (for the sign-in limit) and scheme come from
        # its X-Forwarded-* headers, trusted for exactly that many hops.
        n = settings.proxy_count
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    return app


def start_background(app: Flask) -> None:
    """What a serving process runs beside requests: the outbox relay. Called by the
    entry points (`rounds serve`, wsgi.py), not by create_app, so tests choose."""
    events.start_relay(app, app.config["SETTINGS"].outbox_relay_seconds)


def _configure(app: Flask, settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level.upper())
    app.config.update(
        SETTINGS=settings,
        SECRET_KEY=settings.secret_key,
        DATABASE_URL=settings.database_url,
        REDIS_URL=settings.redis_url,
        CELERY_EAGER=settings.celery_eager,
        SEARCH_INDEX_PATH=settings.search_index_path,
        TESTING=settings.testing,
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_NAME="rounds_session",
        REMEMBER_COOKIE_SECURE=settings.secure_cookies,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=14 * 24 * 3600,
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=365 * 24 * 3600,
        COMPRESS_MIMETYPES=["text/html", "text/css", "application/javascript",
                            "text/javascript", "application/json",
                            "application/problem+json", "image/svg+xml", "text/csv",
                            "text/tab-separated-values"],
        COMPRESS_ALGORITHM=["gzip"],
        COMPRESS_MIN_SIZE=500,
        JSON_SORT_KEYS=False,
    )


def _init_sign_in(app: Flask) -> None:
    login_manager = LoginManager(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Sign in to continue.")
    login_manager.localize_callback = str  # the lazy message, in the reader's language
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def _load(session_id: str):
        return account_service.load_session_user(db.session, session_id)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path in health.PATHS


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DomainError)
    def _domain(error: DomainError):
        undo(db.session, error)
        if _wants_json():
            return platform_api.problem_from(error)
        if isinstance(error, NotAuthenticated):
            flash(error.detail, "info")  # i18n: ignore (a category)
            return redirect(url_for("accounts.login", next=request.full_path))
        response = Response(render_template("error.html", error=error), status=error.status)
        if getattr(error, "retry_after", None):
            response.headers["Retry-After"] = str(error.retry_after)
        return response

    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError):
        if _wants_json():
            return platform_api.problem(400, _("Missing CSRF token"),
                                        _("Send the X-CSRFToken header, or use a bearer "
                                          "token."), "csrf")
        return render_template("error.html", error=error, title=_("Form expired"),
                               detail=_("The form expired or came from elsewhere. Go back, "
                                        "reload the page and try again.")), 400

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        title, detail = web.http_error_text(error)
        if _wants_json():
            response = platform_api.problem(error.code or 500, title, detail)
        else:
            response = Response(render_template("error.html", error=error, title=title,
                                                detail=detail), error.code)
        if isinstance(error, MethodNotAllowed) and error.valid_methods:
            response.headers["Allow"] = ", ".join(sorted(error.valid_methods))
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("unhandled error")
        undo(db.session)
        if _wants_json():
            return platform_api.problem(500, _("Internal error"),
                                        _("Something went wrong on our side."))
        return render_template("error.html", error=error, title=_("Something went wrong"),
                               detail=_("Something went wrong on our side. Your text was not "
                                        "saved; go back to find it in the form.")), 500


warnings.filterwarnings("ignore", category=SyntaxWarning, module="whoosh")
