"""What a live session brings into the room, prepared before it starts: a journal club's
appraisal checklist and a case conference's de-identified cases, split into stages.

- Checklist: a journal club starts with the CASP randomised-controlled-trial checklist; its
  planners may switch to the JAMA Users' Guides' three questions or edit the questions as
  text (one question a line, `# Part` lines as headings) until the session starts. The
  answers (Yes / No / Can't tell, not scored) are recorded live in the room.
- Cases: a planner adds a case (title, the question it asks) with its stages (presentation
  required; findings, investigations, management, outcome optional). The PHI scanner checks
  every text of a case; findings block the save unless the submitter acknowledges that they
  checked and these are not patient identifiers, which is recorded with who and when.
- De-identification check: a coordinator other than the submitter (policy.can_check_deid)
  confirms each case is de-identified; any edit of the case clears the check, and a case
  conference starts only once every case is checked (participants see it only in session).

Nothing changes once the session is live, ended or cancelled (policy.content_open).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    ValidationError,
)
from community.platform.i18n import _, _l, _n
from community.platform.markup import cook
from community.platform.phi import scan
from realtime.sessions import policy
from realtime.sessions.models import (
    ANSWER_LABELS,
    STAGE_LABELS,
    STAGES,
    LiveSession,
    SessionCase,
    SessionCaseStage,
    SessionChecklistItem,
)
from realtime.sessions.schemas import (
    TEMPLATE_KEYS,
    CaseMove,
    ChecklistTemplate,
    ChecklistText,
    SessionCaseForm,
)

MAX_QUESTIONS = 40
MAX_PART = 200
MAX_QUESTION = 1000
MAX_CASES = 10
MAX_EXCERPT = 40  # a finding is named by what matched, cut short: never more than needed
MAX_LISTED = 10


@dataclass(frozen=True)
class Template:
    """A checklist to start from (its label and questions lazily translated). A session
    stores a template's questions as written (English, the catalogue's words), so every
    reader sees them in their own language (`shown`) until a planner edits the text: from
    then on what they typed is the session's own, never translated."""

    label: Any
    items: tuple[tuple[Any, Any], ...]  # (part, question)

    def questions(self) -> list[tuple[str, str]]:
        return [(_as_written(part), _as_written(question)) for part, question in self.items]


def _as_written(text: Any) -> str:
    """A lazily translated text's own words (its msgid), "" as it is."""
    return text._args[0] if hasattr(text, "_args") else str(text)


_CASP_A = _l("A. Is the basic study design valid for a randomised controlled trial?")
_CASP_B = _l("B. Was the study methodologically sound?")
_CASP_C = _l("C. What are the results?")
_CASP_D = _l("D. Will the results help locally?")
TEMPLATES: dict[str, Template] = {
    # CASP Randomised Controlled Trial Standard Checklist (2020): 11 questions, four parts.
    "casp_rct": Template(_l("CASP checklist for a randomised controlled trial (2020)"), (
        (_CASP_A, _l("Did the study address a clearly focused research question?")),
        (_CASP_A, _l("Was the assignment of participants to interventions randomised?")),
        (_CASP_A, _l("Were all participants who entered the study accounted for at its "
                     "conclusion?")),
        (_CASP_B, _l("Were the participants, the investigators and the people assessing or "
                     "analysing the outcomes 'blind' to the intervention?")),
        (_CASP_B, _l("Were the study groups similar at the start of the randomised controlled "
                     "trial?")),
        (_CASP_B, _l("Apart from the experimental intervention, did each study group receive "
                     "the same level of care (that is, were they treated equally)?")),
        (_CASP_C, _l("Were the effects of intervention reported comprehensively?")),
        (_CASP_C, _l("Was the precision of the estimate of the intervention or treatment "
                     "effect reported?")),
        (_CASP_C, _l("Do the benefits of the experimental intervention outweigh the harms and "
                     "costs?")),
        (_CASP_D, _l("Can the results be applied to your local population, or in your "
                     "context?")),
        (_CASP_D, _l("Would the experimental intervention provide greater value to the people "
                     "in your care than any of the existing interventions?")),
    )),
    # JAMA Users' Guides to the Medical Literature: the three questions for any article.
    "users_guides": Template(_l("JAMA Users' Guides: three questions"), (
        ("", _l("Are the results of the study valid?")),
        ("", _l("What are the results?")),
        ("", _l("How can I apply the results to patient care?")),
    )),
}
# Every part and question of the templates, as written: these are shown translated.
TEMPLATE_TEXTS = frozenset(_as_written(text) for template in TEMPLATES.values()
                           for item in template.items for text in item if text)


def shown(text: str) -> str:
    """A checklist's part or question as the reader reads it: a template's own words in
    their language, anything a planner typed as they typed it."""
    return _(text) if text in TEMPLATE_TEXTS else text


if tuple(TEMPLATES) != TEMPLATE_KEYS:  # the form (schemas.ChecklistTemplate) offers these
    raise RuntimeError("realtime.sessions.schemas.TEMPLATE_KEYS must list TEMPLATES")
DEFAULT_TEMPLATE = "casp_rct"
# "1. ", "4a) ", "(2) ": numbering pasted from a printed checklist; positions number them.
_NUMBERING = re.compile(r"^\(?\d{1,2}[a-z]?[.):]\s+")


def _changed(live: LiveSession) -> None:
    """The session's content changed: rooms build what they show members again (they cache
    it by this number, realtime.room.service)."""
    live.content_version = (live.content_version or 0) + 1


# Who may prepare the content, said for each thing one may do (`what`, as callers name it).
PLANNER_REFUSALS = {
    "edit the checklist": _l("Only the host, the presenters and the board's moderators edit "
                             "the checklist."),
    "add cases": _l("Only the host, the presenters and the board's moderators add cases."),
    "edit cases": _l("Only the host, the presenters and the board's moderators edit cases."),
    "remove cases": _l("Only the host, the presenters and the board's moderators remove "
                       "cases."),
    "reorder cases": _l("Only the host, the presenters and the board's moderators reorder "
                        "cases."),
    "check de-identification": _l("Only the host, the presenters and the board's moderators "
                                  "check de-identification."),
}


def require_planner(actor: User | None, live: LiveSession, what: str) -> None:
    if actor is None:
        raise NotAuthenticated(_("Sign in first."))
    if not policy.is_planner(actor, live):
        refusal = PLANNER_REFUSALS.get(what)
        raise Forbidden(str(refusal) if refusal is not None else
                        _("Only the host, the presenters and the board's moderators can do "
                          "this."))
    if not policy.content_open(live):
        raise Forbidden(_("The session has started or is over: its content can no longer "
                          "change."))


# ---------------------------------------------------------------- checklist


def _require_journal_club(live: LiveSession) -> None:
    if live.kind != "journal_club":
        raise NotFound(_("Only a journal club has an appraisal checklist."))


def _replace_checklist(live: LiveSession, items: list[tuple[str, str]]) -> None:
    live.checklist = [SessionChecklistItem(position=n, part=part, question=question)
                      for n, (part, question) in enumerate(items, 1)]


def prefill(live: LiveSession) -> None:
    """A newly scheduled journal club starts from the CASP RCT checklist."""
    if live.kind == "journal_club" and not live.checklist:
        _replace_checklist(live, TEMPLATES[DEFAULT_TEMPLATE].questions())


def use_template(db: Session, actor: User | None, live: LiveSession,
                 data: ChecklistTemplate | Mapping[str, Any]) -> None:
    data = coerce(ChecklistTemplate, data)
    _require_journal_club(live)
    require_planner(actor, live, "edit the checklist")
    _changed(live)
    _replace_checklist(live, TEMPLATES[data.template].questions())
    db.flush()


def checklist_text(live: LiveSession) -> str:
    """The checklist as the editing text area shows it: `# Part` headings, one question a
    line."""
    lines: list[str] = []
    part = ""
    for item in live.checklist:
        if item.part != part:
            lines += ([""] if lines else []) + [f"# {shown(item.part)}" if item.part else "#"]
            part = item.part
        lines.append(shown(item.question))
    return "\n".join(lines)


def parse_checklist(text: str, errors: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(part, question) pairs from the text area; problems go to errors["questions"], each
    with its line number."""
    items: list[tuple[str, str]] = []
    problems: list[str] = []
    part = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("#"):
            part = line.lstrip("#").strip()
            if len(part) > MAX_PART:
                problems.append(_("Line %(line)s: a part heading is at most %(most)s "
                                  "characters.", line=number, most=MAX_PART))
        elif line:
            question = _NUMBERING.sub("", line)
            if len(question) > MAX_QUESTION:
                problems.append(_("Line %(line)s: a question is at most %(most)s "
                                  "characters.", line=number,
                                  most=MAX_QUESTION))
            items.append((part, question))
    if not items and not problems:
        problems.append(_("Enter at least one question, one a line."))
    if len(items) > MAX_QUESTIONS:
        problems.append(_("A checklist has at most %(most)s questions; this one has "
                          "%(count)s.", most=MAX_QUESTIONS, count=len(items)))
    if problems:
        errors["questions"] = problems
    return items


def save_checklist(db: Session, actor: User | None, live: LiveSession,
                   data: ChecklistText | Mapping[str, Any]) -> None:
    data = coerce(ChecklistText, data)
    _require_journal_club(live)
    require_planner(actor, live, "edit the checklist")
    _changed(live)
    errors: dict[str, list[str]] = {}
    items = parse_checklist(data.questions, errors)
    if errors:
        raise ValidationError(errors)
    # A template's words kept as the editor showed them (in the planner's language) stay the
    # template's: stored as written, shown to each reader in theirs.
    written = {_(text): text for text in TEMPLATE_TEXTS}
    _replace_checklist(live, [(written.get(part, part), written.get(question, question))
                              for part, question in items])
    db.flush()


# ---------------------------------------------------------------- cases


def stage_field(stage: str) -> str:
    return f"stage_{stage}"


def get_case(live: LiveSession, case_id: int) -> SessionCase:
    case = next((c for c in live.cases if c.id == case_id), None)
    if case is None:
        raise NotFound(_("There is no such case in this session."))
    return case


def case_values(case: SessionCase) -> dict[str, str]:
    """A saved case as its editing form's values."""
    values = {"title": case.title, "question": case.question}
    values.update({stage_field(s.stage): s.body_raw for s in case.stages})
    return values


def _case_texts(data: SessionCaseForm) -> tuple[dict[str, str], dict[str, str]]:
    fields = {"title": data.title, "question": data.question}
    bodies = {stage: getattr(data, stage_field(stage)) or "" for stage in STAGES}
    return fields, bodies


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_EXCERPT else text[:MAX_EXCERPT - 1] + "…"


def _phi_findings(texts: dict[str, str]) -> dict[str, list[str]]:
    """field -> "Label “matched text”" for every finding, without repeats."""
    found: dict[str, list[str]] = {}
    for field, text in texts.items():
        named = list(dict.fromkeys(f"{f.label} “{_excerpt(f.text)}”" for f in scan(text)))
        if named:
            found[field] = named
    return found


def _phi_errors(found: dict[str, list[str]]) -> dict[str, list[str]]:
    errors = {}
    for field, named in found.items():
        listed = "; ".join(named[:MAX_LISTED])
        extra = len(named) - MAX_LISTED
        errors[field] = [_n("Possible patient identifiers: %(listed)s and %(num)d more.",
                            "Possible patient identifiers: %(listed)s and %(num)d more.",
                            extra, listed=listed) if extra > 0 else
                         _("Possible patient identifiers: %(listed)s.", listed=listed)]
    errors["phi_checked"] = [
        _("The de-identification scanner found possible patient identifiers (listed above). "
          "Remove them; or, if you checked and they are not patient identifiers, tick the "
          "box below and save again.")]
    return errors


def _check_phi(actor: User, case: SessionCase, fields: dict[str, str],
               bodies: dict[str, str], acknowledged: bool) -> None:
    """Refuse text the scanner flags unless the submitter acknowledges it; record who did,
    when, and what they acknowledged."""
    texts = {**fields, **{stage_field(s): body for s, body in bodies.items()}}
    found = _phi_findings(texts)
    if not found:
        case.phi_checked_by_id = case.phi_checked_at = None
        case.phi_acknowledged = ""
        return
    if not acknowledged:
        raise ValidationError(_phi_errors(found))
    case.phi_checked_by_id, case.phi_checked_at = actor.id, utcnow()
    case.phi_acknowledged = "\n".join(f"{_field_label(field)}: {', '.join(named)}"
                                      for field, named in found.items())


def _field_label(field: str) -> str:
    if field.startswith("stage_"):
        return _("%(stage)s stage", stage=STAGE_LABELS[field.removeprefix("stage_")])
    return {"title": _("Title"), "question": _("Question")}.get(field, field.capitalize())


def _write(case: SessionCase, fields: dict[str, str], bodies: dict[str, str]) -> None:
    """Update the stages in place (one row per stage: the (case, stage) pair is unique, and
    a delete then insert of the same stage in one flush would break it)."""
    case.title, case.question = fields["title"], fields["question"]
    existing = {s.stage: s for s in case.stages}
    kept = []
    for position, stage in enumerate(STAGES, 1):
        body = bodies[stage]
        if not body:
            continue
        row = existing.get(stage) or SessionCaseStage(stage=stage)
        row.position, row.body_raw, row.body_cooked = position, body, cook(body)
        kept.append(row)
    case.stages = kept


def add_case(db: Session, actor: User | None, live: LiveSession,
             data: SessionCaseForm | Mapping[str, Any]) -> SessionCase:
    data = coerce(SessionCaseForm, data)
    _require_case_conference(live)
    require_planner(actor, live, "add cases")
    _changed(live)
    if len(live.cases) >= MAX_CASES:
        raise ValidationError(_("A session has at most %(most)s cases.", most=MAX_CASES))
    fields, bodies = _case_texts(data)
    case = SessionCase(position=len(live.cases) + 1, submitted_by_id=actor.id)
    _check_phi(actor, case, fields, bodies, data.phi_checked)
    _write(case, fields, bodies)
    live.cases.append(case)
    db.flush()
    return case


def edit_case(db: Session, actor: User | None, live: LiveSession, case: SessionCase,
              data: SessionCaseForm | Mapping[str, Any]) -> SessionCase:
    data = coerce(SessionCaseForm, data)
    require_planner(actor, live, "edit cases")
    _changed(live)
    fields, bodies = _case_texts(data)
    _check_phi(actor, case, fields, bodies, data.phi_checked)
    before = _checked_text(case)
    _write(case, fields, bodies)
    if _checked_text(case) != before:
        # What the coordinator checked is not what participants would now see.
        case.deid_checked_by_id = case.deid_checked_at = None
    db.flush()
    return case


def _checked_text(case: SessionCase) -> tuple:
    """Everything of a case a de-identification check covers."""
    return case.title, case.question, tuple((s.stage, s.body_raw) for s in case.stages)


def remove_case(db: Session, actor: User | None, live: LiveSession, case: SessionCase) -> None:
    require_planner(actor, live, "remove cases")
    _changed(live)
    live.cases.remove(case)
    _renumber(live.cases)
    db.flush()


def move_case(db: Session, actor: User | None, live: LiveSession, case: SessionCase,
              data: CaseMove | Mapping[str, Any]) -> None:
    """Swap the case with its neighbour above ("up") or below ("down")."""
    direction = coerce(CaseMove, data).direction
    require_planner(actor, live, "reorder cases")
    _changed(live)
    cases = list(live.cases)
    i = cases.index(case)
    j = i - 1 if direction == "up" else i + 1
    if 0 <= j < len(cases):
        cases[i], cases[j] = cases[j], cases[i]
        _renumber(cases)
    db.flush()


def check_deid(db: Session, actor: User | None, live: LiveSession, case: SessionCase) -> None:
    """Record that a coordinator checked the case's de-identification."""
    require_planner(actor, live, "check de-identification")
    _changed(live)
    if actor.id == case.submitted_by_id:
        raise Forbidden(_("You submitted this case: another coordinator (the host, a "
                          "co-host or a board moderator) checks its de-identification."))
    if not policy.can_check_deid(actor, live, case):
        raise Forbidden(_("Only the host or a board moderator checks a case's "
                          "de-identification (a presenter, when the host submitted it)."))
    if case.deid_checked_at is not None:
        raise Conflict(_("%(name)s already checked the de-identification of “%(title)s”.",
                         name=case.deid_checked_by.display_name, title=case.title),
                       code="already_checked")
    case.deid_checked_by_id, case.deid_checked_at = actor.id, utcnow()
    db.flush()


def _renumber(cases: list[SessionCase]) -> None:
    for position, case in enumerate(cases, 1):
        case.position = position


def _require_case_conference(live: LiveSession) -> None:
    if live.kind != "case_conference":
        raise NotFound(_("Only a case conference has cases."))


def missing_content(live: LiveSession) -> str | None:
    """Why the session is not ready to start, or None: a case conference needs a case, a
    journal club a checklist question (for the room's `start`)."""
    if live.kind == "case_conference" and not live.cases:
        return _("Add a case before starting the case conference.")
    if live.kind == "journal_club" and not live.checklist:
        return _("Add the appraisal checklist before starting the journal club.")
    return None


def unchecked_cases(live: LiveSession) -> str | None:
    """Why a case conference cannot start yet for want of de-identification checks, naming
    the cases, or None (for the room's `start`: participants would wait for nothing)."""
    titles = [f"“{case.title}”" for case in live.cases if case.deid_checked_at is None]
    if not titles:
        return None
    return _n("A coordinator has not yet checked the de-identification of this case: "
              "%(titles)s. The host or a board moderator checks each case on the session's "
              "page before it starts.",
              "A coordinator has not yet checked the de-identification of these cases: "
              "%(titles)s. The host or a board moderator checks each case on the session's "
              "page before it starts.", len(titles), titles=", ".join(titles))


# ---------------------------------------------------------------- the session page


def checklist_groups(live: LiveSession) -> list[tuple[str, list[SessionChecklistItem]]]:
    """The questions under their parts, in order (a part may come back later)."""
    groups: list[tuple[str, list[SessionChecklistItem]]] = []
    for item in live.checklist:
        if not groups or groups[-1][0] != item.part:
            groups.append((item.part, []))
        groups[-1][1].append(item)
    return groups


def page_context(actor: User | None, live: LiveSession) -> dict:
    return {"checklist_groups": checklist_groups(live), "answers": ANSWER_LABELS,
            "checklist_shown": shown,
            "sees_cases": policy.can_see_case_bodies(actor, live),
            "edits_content": policy.can_edit_content(actor, live),
            "checks_deid": {case.id for case in live.cases
                            if policy.content_open(live)
                            and policy.can_check_deid(actor, live, case)}}
