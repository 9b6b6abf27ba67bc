"""Reading offline: the service worker (static/sw.js) and what the server tells it.

- `/sw.js` serves the worker from the site's root, so its scope is the whole site; it is
  revalidated on every visit (never the year-long caching of /static), so a new version
  reaches members at once.
- `/offline` is the small page the worker shows for a page it has not saved.
- `/manifest.webmanifest?lang=…` is the web app manifest (what a phone shows when the member
  installs Rounds) in the page's language: each page links the one of the language it shows.
- A page a member may keep for reading offline says so: `X-Rounds-Offline: keep` on a 200
  HTML answer to a GET of the home, a board, a topic, a published write-up, a session's page,
  its transcript or the member's own credit page (even though that one is `no-store` for
  HTTP caches). The worker saves nothing else (no form, no other member's page, no API
  answer). A page whose path says nothing of what it shows (`/cases/<id>` is a draft for
  its authors, or the published write-up once there is one) is kept when its view says so
  (`keep()`).
- Every HTML page names its viewer, `X-Rounds-Viewer` (an opaque hash, "anonymous" signed
  out): when it changes, the worker drops every saved page, so one member's pages are never
  shown to the next person at a shared computer.
- Signing out answers `Clear-Site-Data: "cache", "storage"`: the browser drops the saved
  pages, the unsent outbox and the worker itself (the worker also clears on seeing it)."""
from __future__ import annotations

import hashlib
import hmac
import json
import re

from flask import Flask, Response, current_app, g, jsonify, render_template, request
from flask_babel import force_locale
from flask_login import current_user

from community.platform.config import STATIC_FOLDER
from community.platform.i18n import RTL, SHIPPED, _, shown_locale, supported
from community.platform.web import static_url

# Paths of the pages kept for reading offline (what a member opened recently).
KEPT_PATHS = re.compile(r"^/(?:|b/[\w-]+|t/\d+|cases/\d+/v\d+|sessions/\d+|"
                        r"sessions/\d+/transcript|credit)$")
SIGN_OUT_ENDPOINT = "accounts.logout"


def init_app(app: Flask) -> None:
    app.add_url_rule("/sw.js", "offline.worker", worker)
    app.add_url_rule("/offline", "offline.page", page)
    app.add_url_rule("/manifest.webmanifest", "offline.manifest", manifest)
    app.after_request(_mark)


def worker() -> Response:
    """static/sw.js, with the one sentence it may have to show without the saved /offline page
    (storage evicted) in the language of the request: the browser fetches the worker again
    at every visit and installs it anew when its bytes change (another language included)."""
    text = json.dumps(str(_("You are offline, and this page was not saved on this device.")))
    script = (STATIC_FOLDER / "sw.js").read_text(encoding="utf-8")
    response = Response(f"{script}\nvar OFFLINE_TEXT = {text};\n", mimetype="text/javascript")
    response.headers["Cache-Control"] = "no-cache"
    response.headers["Service-Worker-Allowed"] = "/"
    response.vary.update(("Cookie", "Accept-Language"))
    response.add_etag()
    return response.make_conditional(request)


def page() -> Response:
    """In the language of the request that fetched it: the worker's install, with the
    member's cookie and the browser's Accept-Language (it cannot ask again offline)."""
    response = Response(render_template("offline.html"))
    response.headers["Cache-Control"] = "no-cache"
    response.vary.update(("Cookie", "Accept-Language"))
    return response


def manifest() -> Response:
    """The web app manifest in the language `lang` names (a shipped one; else the request's)."""
    locale = supported(request.args.get("lang")) or shown_locale()
    with force_locale(locale):
        response = jsonify({
            "name": "Rounds", "short_name": "Rounds",
            "description": _("Clinicians discussing cases and learning from each other"),
            "lang": SHIPPED[locale], "dir": "rtl" if locale in RTL else "ltr",
            "start_url": "/", "display": "standalone",
            "background_color": "#ffffff", "theme_color": "#0b5cad",
            "icons": [{"src": static_url("img/favicon.svg"), "sizes": "any",
                       "type": "image/svg+xml"}],
        })
    response.mimetype = "application/manifest+json"
    response.headers["Cache-Control"] = "no-cache"
    response.add_etag()
    return response.make_conditional(request)


def keep() -> None:
    """This request's page may be kept for reading offline (a view whose path
    `KEPT_PATHS` cannot tell: the published write-up at /cases/<id>)."""
    g.rounds_offline_keep = True


def viewer_tag() -> str:
    if not current_user.is_authenticated:
        return "anonymous"
    return hmac.new(current_app.secret_key.encode(), f"viewer:{current_user.id}".encode(),
                    hashlib.sha256).hexdigest()[:20]


def _mark(response: Response) -> Response:
    if request.endpoint == SIGN_OUT_ENDPOINT and request.method == "POST":
        response.headers["Clear-Site-Data"] = '"cache", "storage"'
        return response
    if response.mimetype != "text/html" or request.method not in ("GET", "HEAD"):
        return response
    response.headers["X-Rounds-Viewer"] = viewer_tag()
    response.vary.add("Cookie")
    # The member's own pages, even those no HTTP cache may store (the credit page is
    # `no-store`): the worker's copies are the member's, dropped on sign-out.
    if response.status_code == 200 and (KEPT_PATHS.match(request.path)
                                         or g.get("rounds_offline_keep")):
        response.headers["X-Rounds-Offline"] = "keep"
    return response
