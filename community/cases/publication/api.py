"""JSON routes of a published write-up: a version, and its citation as text, BibTeX and RIS.
Publishing and corrections are editors' and authors' actions (cases.review.api)."""
from __future__ import annotations

from typing import Any

from flask import request, url_for

from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.models import CaseReport, CaseVersion
from community.cases.publication import schemas
from community.cases.publication import service as pubs
from community.platform.api import api_blueprint, api_user, operation
from community.platform.api.serializers import author_json
from community.platform.db import db

bp = api_blueprint("case_publication_api", __name__)
TAG = "case review"


def authors_json(case: CaseReport) -> list[dict[str, Any]]:
    return [{**author_json(a.user), "position": a.position, "corresponding": a.corresponding}
            for a in sorted(case.authors, key=lambda a: a.position)]


def version_json(version: CaseVersion, abstract_only: bool = False) -> dict[str, Any]:
    keys = ("title", "abstract") if abstract_only else SECTION_KEYS
    return {"number": version.number, "kind": version.kind, "note": version.note,
            "created_at": version.created_at,
            "sections": [{"key": k, "title": str(SECTIONS[k][0]),
                          "markdown": version.sections.get(k, ""),
                          "html": version.cooked.get(k, "")} for k in keys],
            "timeline": [] if abstract_only else list(version.timeline)}


def publication_json(pub: pubs.Published, base_url: str) -> dict[str, Any]:
    cite = pubs.citation(pub, base_url)
    return {"case_id": pub.case.id, "title": pub.title, "board": pub.case.board.slug,
            "authors": authors_json(pub.case), "version": version_json(pub.version),
            "latest_version": pub.latest.number,
            "published_version": pub.publication.version,
            "published_at": pub.publication.published_at,
            "corrections": [{"version": v.number, "note": v.note,
                             "created_at": v.created_at} for v in pub.corrections],
            "citation": cite.text,
            "topic_id": pub.topic.id if pub.topic else None,
            "url": f"/cases/{pub.case.id}/v{pub.version.number}",
            "bibtex_url": url_for("case_publication.bibtex", case_id=pub.case.id,
                                  number=pub.version.number),
            "ris_url": url_for("case_publication.ris", case_id=pub.case.id,
                               number=pub.version.number)}


@bp.get("/cases/<id:case_id>/publication")
@operation("The published write-up (latest version)", tag=TAG,
           response=schemas.CasePublication)
def case_publication(case_id: int):
    pub = pubs.published(db.session, api_user(), case_id)
    return publication_json(pub, request.host_url)


@bp.get("/cases/<id:case_id>/publication/<id:number>")
@operation("One published version", tag=TAG, response=schemas.CasePublication)
def case_publication_version(case_id: int, number: int):
    pub = pubs.published(db.session, api_user(), case_id, number)
    return publication_json(pub, request.host_url)


@bp.get("/cases/<id:case_id>/citation")
@operation("Citation as text, BibTeX and RIS (the latest version, or ?version=N)", tag=TAG,
           query=schemas.CitationQuery, response=schemas.CaseCitation)
def case_citation(case_id: int, query: schemas.CitationQuery):
    pub = pubs.published(db.session, api_user(), case_id, query.version)
    cite = pubs.citation(pub, request.host_url)
    return {"text": cite.text, "bibtex": pubs.bibtex(cite), "ris": pubs.ris(cite),
            "version": cite.version, "url": cite.url, "key": cite.key}
