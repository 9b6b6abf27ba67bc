"""The published write-up: its public versions, the citation (text, BibTeX, RIS) and the
discussion topic in its board.

Stable URLs: /cases/<id>/v<version> for one version, /cases/<id> for the latest. The versions
of a published write-up are the one published and the corrections after it; the versions
written during review stay with the authors and editors."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.boards import service as boards
from community.boards.models import TITLE_MAX, TITLE_MIN, Topic
from community.cases import policy
from community.cases.models import CaseReport, CaseVersion
from community.cases.publication.models import CasePublication
from community.cases.service import case_title, find_case, get_version
from community.platform.accounts.models import User
from community.platform.errors import NotFound
from community.platform.i18n import _, force_locale, member_locale

JOURNAL = "Rounds Case Reports"
# Honorifics and credentials that are not part of a name in a citation.
_NOT_NAMES = {"dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms",
              "ms.", "md", "do", "mbbs", "rn", "np", "pa", "pharmd", "phd", "frcp"}


def _title(case: CaseReport, version: CaseVersion | None) -> str:
    return case_title(case, version)


# ---------------------------------------------------------------- reading


@dataclass
class Published:
    case: CaseReport
    publication: CasePublication
    version: CaseVersion            # the version shown
    versions: list[CaseVersion]     # every public version, oldest first
    topic: Topic | None

    @property
    def latest(self) -> CaseVersion:
        return self.versions[-1]

    @property
    def corrections(self) -> list[CaseVersion]:
        return [v for v in self.versions if v.kind == "correction"]

    @property
    def title(self) -> str:
        return _title(self.case, self.version)


def published(db: Session, actor: User | None, case_id: Any,
              number: int | None = None) -> Published:
    """The published write-up at `number` (default: the latest), or 404."""
    case = find_case(db, case_id)
    pub = db.get(CasePublication, case.id)
    if pub is None or not policy.can_read_published(actor, case):
        raise NotFound(_("No such published case write-up."))
    versions = list(db.scalars(select(CaseVersion).where(
        CaseVersion.case_id == case.id, CaseVersion.number >= pub.version)
        .order_by(CaseVersion.number)))
    shown = versions[-1] if number is None else next(
        (v for v in versions if v.number == number), None)
    if shown is None:
        raise NotFound(_("Version %(number)s of this write-up was not published.",
                         number=number))
    topic = db.get(Topic, pub.topic_id) if pub.topic_id else None
    return Published(case, pub, shown, versions, topic)


def published_case_for_topic(db: Session, topic_id: int) -> CaseReport | None:
    """The write-up a discussion topic belongs to (the link back from the topic)."""
    pub = db.scalar(select(CasePublication).where(CasePublication.topic_id == topic_id))
    return pub.case if pub else None


# ---------------------------------------------------------------- discussion


def open_discussion(db: Session, actor: User, case: CaseReport) -> Topic:
    """The discussion topic in the write-up's board, opened by the publishing editor and
    linking to the write-up (the write-up links back through CasePublication.topic_id).
    Ordinary board discussion: no disclosure needed (the Standard 3 peer exemption)."""
    title = _title(case, None)
    version = get_version(db, case, case.current_version)
    abstract = (version.sections.get("abstract", "") if version else "").strip()
    # The topic is the editor's post: written in their language (a post keeps the language
    # it was written in), and titled with the authors' own title where it is long enough.
    url = f"/cases/{case.id}"
    with force_locale(member_locale(actor.language)):
        topic_title = title if len(title) >= TITLE_MIN else _(
            "Discussion of the case write-up: %(title)s", title=title)
        raw = _("Discussion of the published case write-up **[%(title)s](%(url)s)** "
                "(version %(version)s).", title=_md(title), url=url,
                version=case.current_version)
    if abstract:
        raw += "\n\n" + abstract[:4000]
    return boards.create_topic(db, actor, case.board,
                               {"title": topic_title[:TITLE_MAX].rstrip(), "raw": raw})


def _md(text: str) -> str:
    """Plain text inside Markdown link text."""
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text)


# ---------------------------------------------------------------- citation


def name_parts(display_name: str) -> tuple[str, str]:
    """("Surname", "Initials") from a display name: "Dr Ana María López" -> ("López", "AM")."""
    words = [w for w in re.split(r"\s+", display_name.strip().replace(",", " ")) if w]
    words = [w for w in words if w.lower() not in _NOT_NAMES] or words or ["Anonymous"]
    surname, given = words[-1], words[:-1]
    initials = "".join(w[0].upper() for part in given for w in part.split("-") if w)
    return surname, initials


def author_names(case: CaseReport) -> list[tuple[str, str]]:
    return [name_parts(a.user.display_name) for a in sorted(case.authors,
                                                            key=lambda a: a.position)]


@dataclass
class Citation:
    authors: list[tuple[str, str]]
    title: str
    year: int
    version: int
    url: str
    published_at: datetime
    key: str

    @property
    def text(self) -> str:
        """Vancouver style: "López AM, Smith J. Title. Rounds Case Reports. 2026; version 2.
        URL"."""
        names = ", ".join(f"{surname} {initials}".strip() for surname, initials in self.authors)
        title = self.title.rstrip(".")
        return f"{names}. {title}. {JOURNAL}. {self.year}; version {self.version}. {self.url}"


def citation(pub: Published, base_url: str) -> Citation:
    version = pub.version.number
    return Citation(author_names(pub.case), pub.title, pub.version.created_at.year
                    if pub.version.kind == "correction" else pub.publication.published_at.year,
                    version, f"{base_url.rstrip('/')}/cases/{pub.case.id}/v{version}",
                    pub.publication.published_at, f"rounds-case-{pub.case.id}-v{version}")


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$",
                   "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}


def _bib(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in text)


def bibtex(cite: Citation) -> str:
    authors = " and ".join(f"{_bib(surname)}, {_bib(' '.join(i + '.' for i in initials))}"
                           .rstrip(", ") for surname, initials in cite.authors)
    fields = [("author", authors), ("title", "{" + _bib(cite.title) + "}"),
              ("journal", JOURNAL), ("year", str(cite.year)),
              ("note", f"Version {cite.version}"), ("url", cite.url),
              ("urldate", cite.published_at.date().isoformat())]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@article{{{cite.key},\n{body}\n}}\n"


def _ris(text: str) -> str:
    # One tag per line: a line break inside a value would start a malformed tag.
    return re.sub(r"\s+", " ", text).strip()


def ris(cite: Citation) -> str:
    lines = ["TY  - JOUR"]
    lines += [f"AU  - {_ris(surname)}, {_ris(' '.join(i + '.' for i in initials))}"
              .rstrip(", ") for surname, initials in cite.authors]
    lines += [f"TI  - {_ris(cite.title)}", f"JO  - {JOURNAL}", f"PY  - {cite.year}",
              f"DA  - {cite.published_at:%Y/%m/%d}", f"ET  - Version {cite.version}",
              f"UR  - {cite.url}", f"ID  - {cite.key}", "ER  - "]
    return "\r\n".join(lines) + "\r\n"


def is_published(db: Session, case_id: int) -> bool:
    return db.get(CasePublication, case_id) is not None
