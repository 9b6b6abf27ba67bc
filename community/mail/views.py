"""HTML pages of mail: the member's preferences (/account/mail), one-click unsubscribe
without signing in (/mail/unsubscribe/<token>), re-enabling a stopped address, and the
demo's /dev/mail (admins read what the embedded transport wrote)."""
from __future__ import annotations

import re
from email import policy as email_policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from flask import Blueprint, Response, abort, current_app, flash, render_template, request, url_for
from flask_login import current_user, login_required

from community.mail import policy, service, transport
from community.platform.accounts import chrome
from community.platform.db import commit, db
from community.platform.errors import NotFound
from community.platform.i18n import _
from community.platform.security import CONTENT_SECURITY_POLICY
from community.platform.web import actor, done, form_action, render_form

bp = Blueprint("mail", __name__)

TOKEN_MAX = 400
EML_NAME = re.compile(r"^\d{8}-[0-9a-f]{1,64}\.eml$")
# The HTML of a message is someone else's document: a unique origin (CSP sandbox, no
# scripts, no requests), framed only by our own /dev/mail page.
SANDBOXED_HTML_POLICY = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; "
                         "img-src data:; frame-ancestors 'self'")


# ---------------------------------------------------------------- preferences


@bp.route("/account/mail", methods=["GET", "POST"])
@login_required
def preferences():
    me = actor()
    policy.ensure_manage_preferences(me, me)
    context = {"groups": service.preference_groups(db.session, me),
               "stopped": service.stopped_for(db.session, me)}
    if request.method == "GET":
        return render_form("mail/pages/preferences.html",
                           values=service.preferences(db.session, me), **context)

    def save() -> str:
        chosen = {kind: request.form.get(kind, "")
                  for kind in service.preferences(db.session, me) if kind in request.form}
        service.update_preferences(db.session, me, me, chosen)
        flash(_("Your mail preferences are saved."), "success")  # i18n: ignore
        return url_for("mail.preferences")

    return form_action(save, "mail/pages/preferences.html", **context)


@bp.post("/account/mail/resume")
@login_required
def resume():
    me = actor()
    if service.resume(db.session, me, me):
        flash(_("Mail to your address starts again."), "success")  # i18n: ignore
    return done(url_for("mail.preferences"))


# ---------------------------------------------------------------- unsubscribe


def _token_or_404(token: str) -> str:
    if len(token) > TOKEN_MAX:
        raise NotFound(_("This unsubscribe link is not valid."))
    return token


@bp.get("/mail/unsubscribe/<token>")
def unsubscribe(token: str):
    """The link in a message's footer: a page with one button (a GET changes nothing, so
    a mail scanner following links unsubscribes nobody)."""
    found = service.read_unsubscribe_token(db.session, _token_or_404(token))
    current = service.cadence_for(db.session, found.user, found.kind.name) \
        if found.user is not None else None
    return render_template("mail/pages/unsubscribe.html", found=found, token=token,
                           current=current)


@bp.post("/mail/unsubscribe/<token>")
def unsubscribe_post(token: str):
    """RFC 8058 one-click (the mail client POSTs "List-Unsubscribe=One-Click"), and the
    page's button. No CSRF token can come with the first: the signed token in the URL is
    what authenticates it (wiring exempts this view alone)."""
    found = service.unsubscribe(db.session, _token_or_404(token))
    commit(db.session)
    return render_template("mail/pages/unsubscribed.html", found=found)


# ---------------------------------------------------------------- the stopped-address banner


@bp.app_context_processor
def _mail_stopped() -> dict:
    if not current_user.is_authenticated or request.path.startswith(("/api/", "/static/")):
        return {"mail_stopped": None}
    me = actor()
    return {"mail_stopped": chrome.value(
        me, "mail_stopped", lambda: service.stopped_for(db.session, me) is not None)}


# ---------------------------------------------------------------- /dev/mail (demo)


def _ensure_dev() -> Path:
    config = service.settings()
    policy.ensure_read_dev_mail(actor(), config.demo, not config.smtp_url)
    return transport.mail_folder(current_app.instance_path)


def _parse(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        return BytesParser(policy=email_policy.default).parse(handle)


def _file(folder: Path, name: str) -> Path:
    path = folder / name
    if not EML_NAME.match(name) or not path.is_file():
        raise NotFound(_("No such message."))
    return path


def _part(message: EmailMessage, subtype: str) -> str:
    body = message.get_body(preferencelist=(subtype,))
    return body.get_content() if body is not None else ""


@bp.get("/dev/mail")
def dev_index():
    folder = _ensure_dev()
    paths = sorted(folder.glob("*.eml"), reverse=True) if folder.is_dir() else []
    items = []
    for path in paths[:500]:
        headers = _parse(path)
        items.append({"name": path.name, "subject": headers.get("Subject", ""),
                      "to": headers.get("To", ""), "date": headers.get("Date", ""),
                      "kind": headers.get("X-Rounds-Kind", "")})
    return render_template("mail/pages/dev_index.html", items=items, total=len(paths))


@bp.get("/dev/mail/<name>")
def dev_message(name: str):
    path = _file(_ensure_dev(), name)
    message = _parse(path)
    attachments = [(part.get_filename() or "", part.get_content_type())
                   for part in message.iter_attachments()]
    headers = [(k, str(v)) for k, v in message.items()]
    response = Response(render_template(
        "mail/pages/dev_message.html", name=name, headers=headers,
        subject=message.get("Subject", ""), text=_part(message, "plain"),
        attachments=attachments))
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY + \
        "; frame-src 'self'"
    return response


@bp.get("/dev/mail/<name>/html")
def dev_message_html(name: str):
    path = _file(_ensure_dev(), name)
    html = _part(_parse(path), "html")
    if not html:
        abort(404)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = SANDBOXED_HTML_POLICY
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    return response


@bp.get("/dev/mail/<name>/raw")
def dev_message_raw(name: str):
    path = _file(_ensure_dev(), name)
    response = Response(path.read_bytes(), mimetype="text/plain")
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
