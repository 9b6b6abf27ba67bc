"""Pages of moderation.disclosures: your disclosures, the disclosure form, one version, your
roles, and the company list moderators keep. Every rule lives in service, gate and policy.

The review of a role is a queue item (kind "disclosure_review"): its form is
templates/moderation/kinds/disclosure_review.html, shown on the queue's item page."""
from __future__ import annotations

from datetime import date

from babel import dates as babel_dates
from flask import Blueprint, flash, render_template, request, url_for
from flask_babel import get_locale
from flask_login import login_required

from community.platform.contract import parse, parse_form
from community.platform.db import db, utcnow
from community.platform.errors import NotFound
from community.platform.i18n import _, _l, format_date
from community.platform.parsing import add_months, parse_id
from community.platform.web import actor, done, form_action, render_form, safe_next
from moderation.disclosures import gate, schemas, service
from moderation.disclosures.models import (
    CLASSIFICATIONS,
    COMPANY_KINDS,
    CONTENT_KIND_LABELS,
    CONTENT_ROLES,
    LOOKBACK_MONTHS,
    MAX_RELATIONSHIPS,
    NATURES,
    OWNER_EXCEPTIONS,
    OWNERSHIP_TYPES,
    Company,
)
from moderation.disclosures.service import StatementEntry

bp = Blueprint("disclosures", __name__)

# The company list's filter that is no classification.
FILTER_LABELS = {"all": _l("All")}
# A role request's review, as its member reads it (service.clearance_state).
CLEARANCE_STATES = {"pending": _l("Waiting for a moderator"), "cleared": _l("Cleared"),
                    "refused": _l("Refused"),
                    "lapsed": _l("Needs a new review (your disclosure changed or expired)")}

BLANK_ROWS = 2  # more on demand: most members declare none or one or two
MORE_ROWS = 5
ROW_FIELDS = ("company", "nature", "ownership_type", "started_on", "ended_on", "ongoing")


@bp.app_template_global()
def disclosure_statement(content_kind: str, content_id: int) -> list[StatementEntry]:
    """For templates/moderation/disclosures/_statement.html (session and case pages)."""
    return service.statement(db.session, content_kind, content_id)


def _form_context() -> dict:
    today = utcnow().date()
    return {
        "natures": [("", _("Choose…")), *NATURES.items()],
        "ownership_types": [("", _("Not an ownership interest")), *OWNERSHIP_TYPES.items()],
        "companies": service.list_companies(db.session, actor(), per_page=1000).items,
        "earliest": format_date(add_months(today, -LOOKBACK_MONTHS)),
        "today": today.isoformat(),
        "lookback": LOOKBACK_MONTHS,
    }


# ---------------------------------------------------------------- your disclosures


@bp.route("/disclosures")
@login_required
def index():
    me, now = actor(), utcnow()
    versions = service.versions(db.session, me, me)
    current = next((d for d in versions if d.is_current(now)), None)
    clearances = service.clearances_of(db.session, me, me)
    return render_template(
        "moderation/disclosures/index.html", versions=versions, current=current, now=now,
        latest=versions[0] if versions else None,
        days_left=(current.valid_until - now).days if current else None,
        clearances=[(c, service.clearance_state(c, now)) for c in clearances])


def _filing_from_form(count: int) -> schemas.DisclosureFiling:
    """The form's rows (rel-<n>-<field>) as the filing's relationships, in order: empty
    fields count as not given, empty rows are skipped by the contract, and its errors keep
    the form's names."""
    rows = [{name: value for name in ROW_FIELDS
             if (value := request.form.get(f"rel-{n}-{name}", "").strip())}
            for n in range(1, count + 1)]
    return parse_form(schemas.DisclosureFiling, {
        "declared_none": request.form.get("declared_none", ""),
        "confirm": request.form.get("confirm", ""), "relationships": rows})


def _row_count() -> int:
    return max(1, min(parse_id(request.form.get("rows")) or BLANK_ROWS, MAX_RELATIONSHIPS))


def _prefill() -> tuple[dict, int]:
    """A renewal starts from the latest version's answers (dates and all)."""
    latest = service.active_disclosure(db.session, actor().id)
    if latest is None:
        return {}, BLANK_ROWS
    values: dict = {"declared_none": "yes" if latest.declared_none else ""}
    for n, rel in enumerate(latest.relationships, 1):
        values.update({f"rel-{n}-company": rel.company.name, f"rel-{n}-nature": rel.nature,
                       f"rel-{n}-ownership_type": rel.ownership_type or "",
                       f"rel-{n}-started_on": rel.started_on.strftime("%Y-%m"),
                       f"rel-{n}-ended_on": rel.ended_on.strftime("%Y-%m") if rel.ended_on else "",
                       f"rel-{n}-ongoing": "yes" if rel.ongoing else ""})
    return values, min(MAX_RELATIONSHIPS, max(BLANK_ROWS, len(latest.relationships) + 2))


@bp.route("/disclosures/new", methods=["GET", "POST"])
@login_required
def new():
    template = "moderation/disclosures/form.html"
    if request.method == "GET":
        values, rows = _prefill()
        return render_form(template, values=values, rows=rows, **_form_context())
    rows = _row_count()
    if request.form.get("more"):
        # "Add more rows" without JavaScript: the same form back, with room for more.
        rows = min(MAX_RELATIONSHIPS, rows + MORE_ROWS)
        return render_form(template, rows=rows, **_form_context())

    def file() -> str:
        disclosure = service.file_disclosure(db.session, actor(), _filing_from_form(rows))
        flash(_("Disclosure version %(version)d filed; it is valid until %(date)s.",
                version=disclosure.version, date=format_date(disclosure.valid_until)),
              category="success")
        return url_for("disclosures.show", disclosure_id=disclosure.id)

    return form_action(file, template, rows=rows, **_form_context())


@bp.route("/disclosures/<int:disclosure_id>")
@login_required
def show(disclosure_id: int):
    disclosure = service.get_disclosure(db.session, actor(), disclosure_id)
    return render_template("moderation/disclosures/version.html", disclosure=disclosure,
                           now=utcnow())


@bp.route("/disclosures/roles/<int:clearance_id>/again", methods=["POST"])
@login_required
def ask_again(clearance_id: int):
    """Ask for a new review of a role (after a renewal or a refusal)."""
    old = service.get_clearance(db.session, actor(), clearance_id)
    gate.request_role(db.session, old.user, old.role, old.content_kind, old.content_id,
                      old.content_title, old.board_id, actor=actor())
    flash(_("Your disclosure is in the moderators' queue for this role."), category="success")
    return done(url_for("disclosures.index"))


# ---------------------------------------------------------------- companies (moderators)


# Each company is a row with its own classification form (~2 KB, the kinds' select): 25 keep
# the page light on a phone (the API lists 100).
COMPANIES_PER_PAGE = 25


def _companies_context() -> dict:
    me = actor()
    service.require_manager(me)
    # The filter form sends an empty name for "any": it counts as not given.
    query = parse_form(schemas.CompanyQuery, request.args)
    page = service.list_companies(db.session, me, query, per_page=COMPANIES_PER_PAGE)
    return {"page": page, "filter_status": query.status, "q": query.q or "",
            "kinds": [("", "—"), *COMPANY_KINDS.items()], "kind_labels": COMPANY_KINDS,
            "classes": [(key, str(label).capitalize()) for key, label in CLASSIFICATIONS.items()],
            "filters": [(key, FILTER_LABELS.get(key) or str(CLASSIFICATIONS[key]).capitalize())
                        for key in schemas.COMPANY_FILTERS]}


@bp.route("/moderation/companies", methods=["GET", "POST"])
@login_required
def companies():
    template = "moderation/disclosures/companies.html"
    context = _companies_context()
    if request.method == "GET":
        return render_form(template, values={}, **context)

    def add() -> str:
        form = request.form.to_dict()
        form["ineligible"] = _classification(form.get("ineligible"))
        company = service.create_company(db.session, actor(),
                                         parse_form(schemas.CompanyNew, form))
        flash(_("%(company)s added (%(classification)s).", company=company.name,
                classification=company.classification_label), category="success")
        return url_for("disclosures.companies", q=company.name)

    return form_action(add, template, **context)


@bp.route("/moderation/companies/<int:company_id>", methods=["POST"])
@login_required
def classify(company_id: int):
    service.require_manager(actor())
    company = db.session.get(Company, company_id)
    if company is None:
        raise NotFound(_("There is no such company."))
    # The row's selects: a classification word, and a kind ("" clears it).
    data = {k: v for k, v in request.form.items() if k in ("ineligible", "kind", "notes")}
    if "ineligible" in data:
        data["ineligible"] = _classification(data["ineligible"])
    service.classify_company(db.session, actor(), company,
                             parse(schemas.CompanyReclassification, data))
    flash(_("%(company)s is now %(classification)s.", company=company.name,
            classification=company.classification_label), category="success")
    return done(safe_next(url_for("disclosures.companies")))


def _classification(word: str | None) -> object:
    """The form's ineligible / eligible / unclassified as the contract's true / false /
    null (anything else is left for the contract to refuse)."""
    return {"ineligible": True, "eligible": False, "unclassified": None}.get(
        (word or "").strip().lower(), word)


@bp.app_template_filter("month_year")
def month_year(day: date | None) -> str:
    """A relationship's month ("Mar 2025", "mar 2025", "مارس ٢٠٢٥"): members give months."""
    if day is None:
        return ""
    return babel_dates.format_skeleton("yMMM", day, locale=str(get_locale() or "en"))


@bp.app_context_processor
def _labels() -> dict:
    """Labels the disclosure templates (and the queue's review partial) share."""
    return {"disclosure_roles": CONTENT_ROLES, "owner_exceptions": OWNER_EXCEPTIONS,
            "relationship_natures": NATURES, "content_kind_labels": CONTENT_KIND_LABELS,
            "clearance_states": CLEARANCE_STATES, "company_kinds": COMPANY_KINDS}
