"""Security headers for every response, and cache headers for static files."""
from __future__ import annotations

from flask import Flask, Response, request

CONTENT_SECURITY_POLICY = "; ".join([  # noqa: FLY002 (one directive a line, with comments)
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    # Images only from Rounds itself: markup.cook turns a remote image into a link (a remote
    # image would tell its host who reads what).
    "img-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "font-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "manifest-src 'self'",
])

STATIC_MAX_AGE = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    @app.after_request
    def _headers(response: Response) -> Response:
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if app.config["SESSION_COOKIE_SECURE"]:
            headers.setdefault("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        if request.path.startswith("/static/"):
            # URLs carry a content hash (see static_url), so they can be cached for a year.
            headers["Cache-Control"] = f"public, max-age={STATIC_MAX_AGE}, immutable"
        elif "Cache-Control" not in headers:
            headers["Cache-Control"] = "no-store" if request.path.startswith("/api/") else (
                "private, no-cache")
        return response
