"""The app factory: settings, database, sign-in, CSRF, compression, Celery, Socket.IO."""
from __future__ import annotations

import hashlib
import logging
import warnings
from functools import lru_cache
from pathlib import Path

from flask import Flask, Response, flash, jsonify, redirect, render_template, request, url_for
from flask_compress import Compress
from flask_login import LoginManager
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy import text
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix

from community.config import PROJECT_ROOT, Settings
from community.db import db
from community.errors import DomainError, NotAuthenticated

csrf = CSRFProtect()
login_manager = LoginManager()
compress = Compress()

STATIC_FOLDER = PROJECT_ROOT / "static"


def create_app(config: dict | None = None) -> Flask:
    """Build the app. `config` overrides settings by their lower-case names (see Settings)."""
    settings = Settings.from_environment().with_overrides(config).resolve()
    app = Flask("community", static_folder=str(STATIC_FOLDER), static_url_path="/static",
                instance_path=str(settings.instance_path))
    _configure(app, settings)
    import community.models  # noqa: F401  (every table known before first use)

    db.init_app(app)
    _init_accounts(app)
    csrf.init_app(app)
    compress.init_app(app)
    from community.security import init_security

    init_security(app)
    from community.celery_app import init_celery

    init_celery(app)
    from realtime import init_realtime

    init_realtime(app)
    _register_blueprints(app)
    from community.web import RoundsRequest, reject_malformed_form

    app.request_class = RoundsRequest
    app.before_request(reject_malformed_form)
    _register_error_handlers(app)
    _register_template_helpers(app)
    if settings.proxy_count:
        # Behind a proxy, the client's address (for the sign-in limit) and scheme come from
        # its X-Forwarded-* headers, trusted for exactly that many hops.
        n = settings.proxy_count
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    app.add_url_rule("/healthz", "healthz", _healthz)
    app.add_url_rule("/livez", "livez", _livez)
    return app


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
                            "application/problem+json", "image/svg+xml"],
        COMPRESS_ALGORITHM=["gzip"],
        COMPRESS_MIN_SIZE=500,
        JSON_SORT_KEYS=False,
    )
    from community.accounts.service import configure_hasher
    from community.boards.service import PostingLimits, configure_limits

    configure_hasher(settings.argon2_time_cost, settings.argon2_memory_cost)
    configure_limits(PostingLimits(**settings.posting_limits) if settings.posting_limits
                     else PostingLimits())


def _init_accounts(app: Flask) -> None:
    from community.accounts.service import load_session_user

    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = "Sign in to continue."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def _load(session_id: str):
        return load_session_user(db.session, session_id)


def _register_blueprints(app: Flask) -> None:
    # Each domain adds its routes to the shared API blueprint.
    import community.accounts.api
    import community.api.openapi
    import community.boards.api
    import community.cases.authoring_api
    import community.cases.deid_api
    import community.cases.review_api
    import community.notifications.api  # noqa: F401
    from community.accounts.views import bp as accounts_bp
    from community.api import api
    from community.boards.views import bp as boards_bp
    from community.cases.authoring_views import bp as cases_authoring_bp
    from community.cases.review_views import bp as case_review_bp
    from community.notifications.views import bp as notifications_bp
    from community.search.views import bp as search_bp

    csrf.exempt(api)  # the API checks CSRF itself for cookie-authenticated writes
    app.register_blueprint(accounts_bp)
    app.register_blueprint(boards_bp)
    app.register_blueprint(notifications_bp)
    app.register_blueprint(search_bp)
    # Before authoring's: /cases/<id> is the published write-up, else authoring's page.
    app.register_blueprint(case_review_bp)
    app.register_blueprint(cases_authoring_bp)
    app.register_blueprint(__import__("community.cases.deid_views", fromlist=["bp"]).bp)
    app.register_blueprint(__import__("realtime.sessions.views", fromlist=["bp"]).bp)
    app.register_blueprint(__import__("realtime.sessions.content_views", fromlist=["bp"]).bp)
    app.register_blueprint(__import__("realtime.room.views", fromlist=["bp"]).bp)
    __import__("realtime.sessions.api")  # live sessions' JSON routes on the api blueprint
    app.register_blueprint(__import__("realtime.room.report_views", fromlist=["bp"]).bp)
    import moderation

    moderation.init_app(app)
    app.register_blueprint(api)


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path in ("/healthz", "/livez")


def _register_error_handlers(app: Flask) -> None:
    from community.api import problem, problem_from

    @app.errorhandler(DomainError)
    def _domain(error: DomainError):
        db.session.rollback()
        if _wants_json():
            return problem_from(error)
        if isinstance(error, NotAuthenticated):
            flash(error.detail, "info")
            return redirect(url_for("accounts.login", next=request.full_path))
        response = Response(render_template("error.html", error=error), status=error.status)
        if getattr(error, "retry_after", None):
            response.headers["Retry-After"] = str(error.retry_after)
        return response

    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError):
        if _wants_json():
            return problem(400, "Missing CSRF token", error.description, "csrf")
        return render_template("error.html", error=error, title="Form expired",
                               detail="The form expired or came from elsewhere. Go back, "
                                      "reload the page and try again."), 400

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):
        if _wants_json():
            return problem(error.code or 500, error.name, error.description or error.name)
        return render_template("error.html", error=error, title=error.name,
                               detail=error.description), error.code

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("unhandled error")
        db.session.rollback()
        if _wants_json():
            return problem(500, "Internal error", "Something went wrong on our side.")
        return render_template("error.html", error=error, title="Something went wrong",
                               detail="Something went wrong on our side. Your text was not "
                                      "saved; go back to find it in the form."), 500


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


def _register_template_helpers(app: Flask) -> None:
    from community.accounts import policy as accounts_policy
    from community.boards import policy as boards_policy
    from community.web import local_time, page_url

    app.jinja_env.globals.update(
        static_url=static_url,
        local_time=local_time,
        page_url=page_url,
        accounts_policy=accounts_policy,
        boards_policy=boards_policy,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True


def _livez():
    """Liveness: the process answers, whatever its dependencies say (no I/O at all)."""
    return {"status": "ok"}


def _healthz():
    """Database (and Redis when configured) reachability, for load balancers and humans."""
    from flask import current_app

    checks: dict[str, str] = {}
    healthy = True
    try:
        db.session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:  # noqa: BLE001 — report any failure as unhealthy
        checks["database"] = f"error: {exc.__class__.__name__}"
        healthy = False
    redis_url = current_app.config.get("REDIS_URL")
    if redis_url:
        try:
            import redis

            redis.Redis.from_url(redis_url, socket_connect_timeout=2).ping()
            checks["redis"] = "ok"
        except Exception as exc:  # noqa: BLE001
            checks["redis"] = f"error: {exc.__class__.__name__}"
            healthy = False
    else:
        checks["redis"] = "not configured"
    body = {"status": "ok" if healthy else "unavailable", "checks": checks}
    return jsonify(body), 200 if healthy else 503


warnings.filterwarnings("ignore", category=SyntaxWarning, module="whoosh")
