"""Pages of a published write-up: each version at a stable URL, and its citation as BibTeX
and RIS. /cases/<id> itself is authoring's page, which shows the latest published version
once there is one."""
from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from community.cases import policy
from community.cases.care import SECTION_KEYS
from community.cases.publication import service as pubs
from community.platform import offline
from community.platform.db import commit, db
from community.platform.web import actor
from moderation.disclosures import service as disclosures

bp = Blueprint("case_publication", __name__)


def latest(case_id: int) -> str:
    """The latest published version (authoring's page serves /cases/<id> and shows this
    once the write-up is published)."""
    return _published_page(pubs.published(db.session, actor(), case_id))


@bp.route("/cases/<int:case_id>/v<int:number>")
def version(case_id: int, number: int):
    return _published_page(pubs.published(db.session, actor(), case_id, number))


def _published_page(pub: pubs.Published) -> str:
    # The page shows the disclosure statement above the body: a journal-based credit
    # activity needs the learner to have seen it first (ACCME Standard 3).
    disclosures.record_statement_shown(db.session, actor(), "case", pub.case.id, "case_page")
    commit(db.session)
    offline.keep()  # readable offline at /cases/<id> too, not only at its version's URL
    return render_template("cases/review/published.html", pub=pub,
                           cite=pubs.citation(pub, request.host_url),
                           section_keys=SECTION_KEYS,
                           can_correct=policy.can_correct(actor(), pub.case))


def _download(case_id: int, number: int, kind: str) -> Response:
    pub = pubs.published(db.session, actor(), case_id, number)
    cite = pubs.citation(pub, request.host_url)
    body, mimetype, ext = ((pubs.bibtex(cite), "application/x-bibtex", "bib") if kind == "bib"
                           else (pubs.ris(cite), "application/x-research-info-systems", "ris"))
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{cite.key}.{ext}"'
    return response


@bp.route("/cases/<int:case_id>/v<int:number>/citation.bib")
def bibtex(case_id: int, number: int):
    return _download(case_id, number, "bib")


@bp.route("/cases/<int:case_id>/v<int:number>/citation.ris")
def ris(case_id: int, number: int):
    return _download(case_id, number, "ris")
