"""HTML pages for writing case write-ups together. They work without JavaScript; the editor
page loads static/js/cases.js for live presence only.

Every rule lives in community.cases.policy and the services (authoring, images); these
functions read the request, call the service and choose the page."""
from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Response, abort, flash, render_template, request, url_for
from flask_login import login_required
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from community.cases import policy
from community.cases.authoring import images, mailing, schemas
from community.cases.authoring import service as authoring
from community.cases.authoring.api import findings_json, image_response
from community.cases.authoring.models import CONSENT_KINDS, FACE_STATUSES, CaseInvitation
from community.cases.authoring.service import CaseConflict
from community.cases.care import SECTION_KEYS, SECTION_MAX, SECTIONS
from community.cases.models import CREDIT_ROLES, CaseReport
from community.cases.publication import service as pubs
from community.cases.publication import views as published_pages
from community.platform.contract import parse, parse_form
from community.platform.db import commit, db
from community.platform.errors import Forbidden, NotFound, RateLimited, ValidationError
from community.platform.i18n import _
from community.platform.spaces import service as spaces
from community.platform.web import actor, done, form_action, render_form

bp = Blueprint("cases", __name__)

BLANK_ROWS = 3  # empty timeline rows offered below the events
CONTEXT = {"sections": SECTIONS, "section_keys": SECTION_KEYS, "section_max": SECTION_MAX,
           "credit_roles": CREDIT_ROLES, "face_statuses": FACE_STATUSES,
           "consent_kinds": CONSENT_KINDS, "cases_policy": policy,
           "image_max_mb": images.IMAGE_MAX_BYTES // 1048576,
           "images_per_case": images.IMAGES_PER_CASE}


def _case(case_id: int) -> CaseReport:
    return authoring.get_case(db.session, actor(), case_id)


def _case_url(case: CaseReport, anchor: str = "") -> str:
    return url_for("cases.view", case_id=case.id) + anchor


@bp.url_value_preprocessor
def _image_upload_limit(endpoint: str | None, _values: dict | None) -> None:
    """The image upload page accepts bodies above the site's 2 MB limit (set before the
    CSRF check parses the form); every other page keeps it."""
    if endpoint == "cases.images_page" and request.method == "POST" \
            and request.mimetype == "multipart/form-data":
        request.max_content_length = images.UPLOAD_REQUEST_MAX


# ------------------------------------------------------------------ lists and starting

@bp.route("/cases")
@login_required
def index():
    me = actor()
    return render_template("cases/index.html", cases=authoring.list_my_cases(db.session, me),
                           invitations=authoring.my_invitations(db.session, me), **CONTEXT)


@bp.route("/b/<slug>/cases/new", methods=["GET", "POST"])
@login_required
def new(slug: str):
    board = spaces.get_board(db.session, actor(), slug)
    if request.method == "GET":
        return render_form("cases/new.html", board=board, values={}, **CONTEXT)

    def create() -> str:
        case = authoring.start_case(db.session, actor(), board,
                                    parse_form(schemas.NewWriteUp, request.form))
        return url_for("cases.edit", case_id=case.id)

    return form_action(create, "cases/new.html", board=board, **CONTEXT)


# ------------------------------------------------------------------ reading

def _view_context(case: CaseReport) -> dict[str, Any]:
    me = actor()
    version = authoring.current_version(db.session, case)
    checklist = authoring.checklist(case, version)
    return {"case": case, "version": version, "checklist": checklist,
            "complete": all(i["complete"] for i in checklist),
            "authors": authoring.authors_of(case),
            "images": images.list_images(db.session, me, case),
            "unattested": images.unattested_images(db.session, case),
            "consent_ready": authoring.consent_ready(case),
            "findings": findings_json(authoring.scan(version.sections, version.timeline)),
            **CONTEXT}


@bp.route("/cases/<int:case_id>")
def view(case_id: int):
    """The write-up: once published, its latest version for its board's readers; before,
    the draft for its authors and editors (others are asked to sign in)."""
    if pubs.is_published(db.session, case_id):
        return published_pages.latest(case_id)
    return _draft(case_id)


@login_required
def _draft(case_id: int):
    case = _case(case_id)
    return render_form("cases/view.html", values={"consent": case.consent or "",
                                                  "reference": case.consent_reference},
                       **_view_context(case))


@bp.route("/cases/<int:case_id>/consent", methods=["POST"])
@login_required
def consent(case_id: int):
    case = _case(case_id)

    def attest() -> str:
        authoring.attest_consent(db.session, actor(), case,
                                 parse_form(schemas.WriteUpConsentRequest, request.form))
        flash(_("Consent attested."), category="info")
        return _case_url(case, "#consent")

    return form_action(attest, "cases/view.html", **_view_context(case))


# ------------------------------------------------------------------ editing

def _rows(timeline: list[dict]) -> list[dict[str, Any]]:
    return [*({"day": e["day"], "event": e["event"]} for e in timeline),
            *({"day": "", "event": ""} for _row in range(BLANK_ROWS))]


# What people type in a row's day: "3", "day 3", "Day -14", "+2", "−1" (a minus sign).
_DAY = re.compile(r"(?:day\s*)?([-+−]?)(\d{1,6})", re.IGNORECASE)


def _day(text: str) -> int | str | None:
    if not text:
        return None  # refused: every event needs its day
    found = _DAY.fullmatch(text)
    if found is None:
        return text  # refused by the contract ("Send a whole number.")
    sign, digits = found.groups()
    return -int(digits) if sign in ("-", "−") else int(digits)


def _form_payload(form: MultiDict) -> schemas.WriteUpSave:
    """The edit form as a save: every section as typed (one kind of line ending), and the
    timeline rows that describe an event (a row with a day and no event is left out)."""
    timeline = [{"day": _day(d.strip()), "event": e.strip()}
                for d, e in zip(form.getlist("day"), form.getlist("event"), strict=False)
                if e.strip()]
    data = {"sections": {k: form[k].replace("\r\n", "\n") for k in SECTION_KEYS if k in form},
            "timeline": timeline}
    if form.get("base_version", "").strip():
        data["base_version"] = form["base_version"].strip()
    return parse(schemas.WriteUpSave, data)


def _edit_context(case: CaseReport) -> dict[str, Any]:
    version = authoring.current_version(db.session, case)
    return {"case": case, "version": version, "conflict": None,
            "checklist": authoring.checklist(case, version),
            "findings": findings_json(authoring.scan(version.sections, version.timeline)),
            **CONTEXT}


@bp.route("/cases/<int:case_id>/edit", methods=["GET", "POST"])
@login_required
def edit(case_id: int):
    case = _case(case_id)
    if not policy.can_edit_case(actor(), case):
        abort(403, "Only the authors edit this write-up, and only while it is a draft or "
                   "revisions were requested.")
    context = _edit_context(case)
    if request.method == "GET":
        version = context["version"]
        values = {**version.sections, "base_version": version.number}
        return render_form("cases/edit.html", values=values, rows=_rows(version.timeline),
                           saved=request.args.get("saved", type=int), **context)
    rows = [{"day": d, "event": e} for d, e in zip(request.form.getlist("day"),
                                                   request.form.getlist("event"),
                                                   strict=False)]
    if "preview" in request.form or "add_rows" in request.form:
        return _edit_again(case, rows, context)
    try:
        result = authoring.save(db.session, actor(), case, _form_payload(request.form))
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return render_form("cases/edit.html", errors=schemas.form_fields(error.errors), status=422,
                           rows=rows, **context)
    except CaseConflict as conflict:
        # Everything merges except the sections shown; your text stays in those, and the
        # form now builds on the newest version.
        db.session.rollback()
        extra = conflict.extra
        values = {**extra["merged_sections"], "base_version": extra["current_version"]}
        return render_form("cases/edit.html", status=409, values=values,
                           rows=_rows(extra["merged_timeline"]),
                           **{**_edit_context(case), "conflict": conflict})
    if not result.changed:
        flash(_("Nothing changed since the version you edited; no new version saved."), category="info")
    elif result.merged:
        flash(_("Saved as version %(number)s, merged with co-authors' changes to other "
                "sections.", number=result.version.number), category="info")
    else:
        flash(_("Saved as version %(number)s.", number=result.version.number), category="info")
    return done(url_for("cases.edit", case_id=case.id, saved=result.version.number)
                + "#findings")


def _edit_again(case: CaseReport, rows: list[dict[str, Any]],
                context: dict[str, Any]) -> Response:
    """The editor's buttons that save nothing (how they work without JavaScript): "Preview"
    under a section shows the form again with that section rendered; "Add rows" with more
    empty timeline rows. Everything typed stays in the form."""
    previews: dict[str, Markup] = {}
    key = request.form.get("preview", "")
    if key in SECTION_KEYS:
        try:
            previews[key] = Markup(authoring.preview(db.session, actor(), case,
                                                     request.form.get(key, "")))
        except RateLimited as error:
            return render_form("cases/edit.html", errors={"_": [error.detail]}, status=429,
                               retry_after=error.retry_after, rows=rows, **context)
    if "add_rows" in request.form:
        rows = [*rows, *({"day": "", "event": ""} for _row in range(BLANK_ROWS))]
    return render_form("cases/edit.html", rows=rows, previews=previews, **context)


# ------------------------------------------------------------------ versions

@bp.route("/cases/<int:case_id>/versions")
@login_required
def versions(case_id: int):
    case = _case(case_id)
    return render_template("cases/versions.html", case=case, diff=None,
                           versions=authoring.list_versions(db.session, actor(), case),
                           **CONTEXT)


@bp.route("/cases/<int:case_id>/versions/compare")
@login_required
def compare(case_id: int):
    case = _case(case_id)
    history = authoring.list_versions(db.session, actor(), case)
    older = history[1].number if len(history) > 1 else history[0].number
    asked = parse(schemas.VersionCompareQuery, {"from": older, "to": history[0].number,
                                                **request.args.to_dict()})
    diff = authoring.compare_versions(db.session, actor(), case, asked.from_, asked.to)
    return render_template("cases/versions.html", case=case, diff=diff, versions=history,
                           **CONTEXT)


@bp.route("/cases/<int:case_id>/versions/<int:number>/restore", methods=["POST"])
@login_required
def restore(case_id: int, number: int):
    case = _case(case_id)
    version = authoring.restore(db.session, actor(), case, number)
    flash(_("Version %(number)s restored as version %(new)s.", number=number,
            new=version.number), category="info")
    return done(url_for("cases.versions", case_id=case.id))


# ------------------------------------------------------------------ authors

def _authors_context(case: CaseReport) -> dict[str, Any]:
    return {"case": case, "authors": authoring.authors_of(case),
            "invitations": authoring.invitations_of(db.session, actor(), case), **CONTEXT}


@bp.route("/cases/<int:case_id>/authors", methods=["GET", "POST"])
@login_required
def authors(case_id: int):
    """GET: the author list; POST: invite a co-author."""
    case = _case(case_id)
    if request.method == "GET":
        return render_form("cases/authors.html", values={}, **_authors_context(case))

    def send() -> str:
        form = {**request.form.to_dict(), "roles": request.form.getlist("roles")}
        invitation = authoring.invite(db.session, actor(), case,
                                      parse_form(schemas.WriteUpInvite, form))
        flash(_("Invitation sent to %(to)s.", to=invitation.user.username if invitation.user
                else invitation.email), category="info")
        return url_for("cases.authors", case_id=case.id)

    return form_action(send, "cases/authors.html", **_authors_context(case))


@bp.route("/cases/<int:case_id>/authors/order", methods=["POST"])
@login_required
def order(case_id: int):
    case = _case(case_id)

    def save_order() -> str:
        wanted = []
        for row in authoring.authors_of(case):
            raw = request.form.get(f"position-{row.user.username}", "").strip()
            if not raw.isdigit():
                raise ValidationError({f"position-{row.user.username}": [
                    _("Give %(name)s a position number.", name=row.user.display_name)]})
            wanted.append((int(raw), row.position, row.user.username))
        authoring.reorder_authors(db.session, actor(), case,
                                  {"order": [u for *_, u in sorted(wanted)]})
        flash(_("Author order saved."), category="info")
        return url_for("cases.authors", case_id=case.id)

    return form_action(save_order, "cases/authors.html", **_authors_context(case))


@bp.route("/cases/<int:case_id>/authors/<username>/roles", methods=["POST"])
@login_required
def roles(case_id: int, username: str):
    case = _case(case_id)

    def save_roles() -> str:
        asked = parse_form(schemas.WriteUpRoles, {"roles": request.form.getlist("roles")})
        authoring.set_roles(db.session, actor(), case, username, asked.roles)
        flash(_("Roles of %(username)s saved.", username=username), category="info")
        return url_for("cases.authors", case_id=case.id)

    return form_action(save_roles, "cases/authors.html", **_authors_context(case))


@bp.route("/cases/<int:case_id>/authors/<username>/corresponding", methods=["POST"])
@login_required
def corresponding(case_id: int, username: str):
    case = _case(case_id)
    authoring.make_corresponding(db.session, actor(), case, username)
    flash(_("%(username)s is now the corresponding author.", username=username),
          category="info")
    return done(url_for("cases.authors", case_id=case.id))


@bp.route("/cases/<int:case_id>/authors/<username>/remove", methods=["POST"])
@login_required
def remove(case_id: int, username: str):
    case = _case(case_id)
    leaving = username.lower() == actor().username.lower()
    authoring.remove_author(db.session, actor(), case, username)
    flash(_("You left the write-up.") if leaving
          else _("%(username)s was removed.", username=username), category="info")
    return done(url_for("cases.index") if leaving else url_for("cases.authors",
                                                                case_id=case.id))


@bp.route("/cases/<int:case_id>/invitations/<int:invitation_id>/withdraw", methods=["POST"])
@login_required
def withdraw(case_id: int, invitation_id: int):
    case = _case(case_id)
    invitation = authoring.get_invitation(db.session, actor(), invitation_id)
    authoring.withdraw_invitation(db.session, actor(), case, invitation)
    flash(_("Invitation withdrawn."), category="info")
    return done(url_for("cases.authors", case_id=case.id))


@bp.route("/case-invitations/<int:invitation_id>/<any(accept, decline):answer>",
          methods=["POST"])
@login_required
def answer(invitation_id: int, answer: str):
    invitation = authoring.get_invitation(db.session, actor(), invitation_id)
    authoring.answer_invitation(db.session, actor(), invitation, answer == "accept")
    if answer == "accept":
        flash(_("You are now an author of “%(title)s”.",
                title=invitation.case.title or _("Untitled write-up")), category="info")
        return done(_case_url(invitation.case))
    flash(_("Invitation declined."), category="info")
    return done(url_for("cases.index"))


def _linked_invitation(token: str) -> CaseInvitation:
    invitation_id = mailing.read_token(token)
    invitation = db.session.get(CaseInvitation, invitation_id) if invitation_id else None
    if invitation is None or not mailing.token_matches(token, invitation):
        raise NotFound(_("This invitation link is not valid, or it has expired."))
    return invitation


@bp.route("/case-invitations/open/<token>", methods=["GET", "POST"])
def invitation_link(token: str):
    """The signed link of an invitation mail. GET shows the invitation and changes nothing;
    the member holding the invited address answers with the page's POST (CSRF and all).
    Whoever is not signed in is asked to sign in or register with that address first."""
    invitation = _linked_invitation(token)
    me = actor()
    may_answer = me is not None and (
        policy.can_answer_invitation(me, invitation.user_id, invitation.email)
        or policy.holds_invited_address(me, invitation.user_id, invitation.email))
    if me is not None and not may_answer:
        raise Forbidden(_("This invitation was sent to another member's address: sign in "
                        "with the address it was sent to."))
    if request.method == "POST":
        if me is None:
            raise NotFound(_("Sign in to answer this invitation."))
        accept = request.form.get("answer") == "accept"
        authoring.answer_invitation(db.session, me, invitation, accept, token=token)
        if accept:
            flash(_("You are now an author of “%(title)s”.",
                    title=invitation.case.title or _("Untitled write-up")), category="info")
            return done(_case_url(invitation.case))
        flash(_("Invitation declined."), category="info")
        return done(url_for("cases.index"))
    return render_template("cases/invitation.html", invitation=invitation, token=token,
                           signed_in=me is not None, expired=authoring.expired(invitation),
                           **CONTEXT)


# ------------------------------------------------------------------ images

def _images_context(case: CaseReport) -> dict[str, Any]:
    return {"case": case, "images": images.list_images(db.session, actor(), case),
            "unattested": images.unattested_images(db.session, case), **CONTEXT}


@bp.route("/cases/<int:case_id>/images", methods=["GET", "POST"])
@login_required
def images_page(case_id: int):
    """GET: the images; POST: upload one (multipart form: image, caption)."""
    case = _case(case_id)
    if request.method == "GET":
        return render_form("cases/images.html", values={}, **_images_context(case))

    def upload() -> str:
        details = parse_form(schemas.WriteUpImageDetails,
                             {k: v for k, v in request.form.items() if k != "image"})
        image = images.upload(db.session, actor(), case, request.files.get("image"), details)
        flash(_("Image uploaded with its metadata removed. Attest below whether it shows an "
              "identifiable face."), category="info")
        return url_for("cases.images_page", case_id=case.id) + f"#image-{image.id}"

    return form_action(upload, "cases/images.html", **_images_context(case))


@bp.route("/cases/<int:case_id>/images/<int:image_id>")
@login_required
def image_file(case_id: int, image_id: int) -> Response:
    case = _case(case_id)
    return image_response(images.get_image(db.session, actor(), case, image_id))


@bp.route("/cases/<int:case_id>/images/<int:image_id>/attest", methods=["POST"])
@login_required
def attest_image(case_id: int, image_id: int):
    case = _case(case_id)
    image = images.get_image(db.session, actor(), case, image_id)

    def attest() -> str:
        images.attest_face(db.session, actor(), case, image,
                           parse_form(schemas.WriteUpImageAttest, request.form))
        flash(_("Image attested."), category="info")
        return url_for("cases.images_page", case_id=case.id) + f"#image-{image.id}"

    return form_action(attest, "cases/images.html", **_images_context(case))


@bp.route("/cases/<int:case_id>/images/<int:image_id>/delete", methods=["POST"])
@login_required
def delete_image(case_id: int, image_id: int):
    case = _case(case_id)
    images.delete(db.session, actor(), case, images.get_image(db.session, actor(), case,
                                                              image_id))
    flash(_("Image deleted."), category="info")
    return done(url_for("cases.images_page", case_id=case.id))
