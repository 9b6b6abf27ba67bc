"""Demo case write-ups, through the same services a member's clicks go through: one
published after double-anonymous peer review in two rounds (the reviewers asked for
revisions, the authors saved a second version, one reviewer read it again), with its
discussion topic and a few comments, and designated as a journal-based credit activity; one
under review with a reviewer's report due; and a draft with a co-author and a second
invitation waiting for an answer. Each step commits as the request it stands for would (the authoring
service locks the write-up at the start of a transaction). Idempotent: a write-up found by
its title is left as it is.

Who does what: Priya Raman writes (corresponding), Sam Whitfield co-authors (Amélie Dubois
is invited to the draft), the administrator appoints herself editor of Cardiology for the
demo and edits, Fatima Al-Sayed and Jonas Becker review, the moderator clears everyone's
disclosure for their role; the moderator, the pharmacist, the editor and the author discuss
the published case. Every text passes the PHI scanner, as submission requires."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.boards import service as boards
from community.boards.models import Topic
from community.cases.authoring import service as authoring
from community.cases.models import CaseReport
from community.cases.review import service as review
from community.cases.service import case_title
from community.credit import service as credit
from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from community.platform.spaces.models import Board
from moderation.disclosures import gate
from moderation.disclosures import service as disclosures
from moderation.queue import service as queue
from moderation.queue.models import QueueItem

BOARD = "cardiology"
TIMELINE = [{"day": 0, "event": "Admitted with breathlessness"},
            {"day": 2, "event": "Echocardiogram"}, {"day": 42, "event": "Clinic review"}]


def _sections(title: str, keywords: str, topic: str, finding: str, treatment: str,
              outcome: str) -> dict[str, str]:
    return {
        "title": title, "keywords": keywords,
        "abstract": f"An adult presented with {topic}. {finding} {treatment} {outcome}",
        "introduction": f"{topic.capitalize()} is uncommon and easily missed at first "
                        "presentation; this case shows the clues that mattered.",
        "patient_information": "An adult in their fifties, previously well, with two weeks "
                               "of worsening symptoms and no relevant family history.",
        "clinical_findings": finding,
        "timeline": "The episode of care over six weeks, from admission to clinic review.",
        "diagnostic_assessment": f"{finding} Other causes were excluded step by step.",
        "therapeutic_intervention": treatment,
        "follow_up_outcomes": outcome,
        "discussion": "Early recognition avoided invasive tests; the take-away lesson is to "
                      "look for the treatable cause before labelling the presentation.",
        "patient_perspective": "The patient was relieved to understand the cause and to "
                               "recover without an operation.",
        "informed_consent": "The patient gave written informed consent for publication.",
    }


PUBLISHED = _sections(
    "Reversible cardiomyopathy after thyrotoxicosis: a case report",
    "thyrotoxicosis, cardiomyopathy, heart failure", "heart failure from thyrotoxicosis",
    "Suppressed TSH, raised free T4 and an ejection fraction of 30 %.",
    "Beta blockade, carbimazole and diuretics were started.",
    "The ejection fraction recovered to 55 % at six weeks.")
IN_REVIEW = _sections(
    "Takotsubo syndrome after a seizure: a case report",
    "takotsubo, seizure, stress cardiomyopathy", "chest pain after a first seizure",
    "Apical ballooning with unobstructed coronary arteries.",
    "Supportive care, an ACE inhibitor and a beta blocker.",
    "Wall motion normalised within four weeks.")
DRAFT = _sections(
    "Constrictive pericarditis years after radiotherapy: a case report",
    "pericarditis, radiotherapy, constriction", "ankle swelling and breathlessness",
    "Septal bounce and a thickened pericardium on imaging.",
    "Pericardiectomy was planned after a heart team discussion.",
    "Follow-up is continuing.")
REVIEW = {"originality": 4, "clinical_value": 5, "care_completeness": 4,
          "deidentification": 5, "clarity": 4,
          "comments_to_authors": "A clear, useful case. Please add the thyroid antibody "
                                 "results and say how the beta blocker was titrated.",
          "comments_to_editor": "A solid teaching case.",
          "recommendation": "minor_revisions"}
# The authors' second version answers the reviewers (round 2 reviews the difference).
REVISED = {
    "clinical_findings": PUBLISHED["clinical_findings"] + " TSH-receptor antibodies were "
                         "positive, pointing to autoimmune thyrotoxicosis.",
    "therapeutic_intervention": "Propranolol was started at 10 mg three times daily and "
                                "increased every few days, as heart rate and blood pressure "
                                "allowed, to 40 mg three times daily; carbimazole 30 mg daily "
                                "and a loop diuretic were started at the same time.",
}
REVISION_LETTER = ("Both reviewers value the case. Please add the thyroid antibody results "
                   "and describe how the beta blocker was titrated; we will ask one reviewer "
                   "to look at the revised version.")
SECOND_REVIEW = {**REVIEW, "care_completeness": 5,
                 "comments_to_authors": "Thank you: the antibody results and the titration "
                                        "answer my questions.",
                 "comments_to_editor": "Ready to publish.", "recommendation": "accept"}
# The published write-up's discussion: (member, comment).
DISCUSSION = [
    ("lucia.ferreira", "In the emergency department we would have reached for a CT "
                       "coronary angiogram first. What made you check thyroid function so "
                       "early?"),
    ("priya.raman", "An irregular tachycardia out of proportion to the heart failure, weight "
                    "loss and a fine tremor. Thyroid function is on our breathlessness panel "
                    "now."),
    ("jonas.becker", "From the pharmacy side: carbimazole needs a clear warning about sore "
                     "throat and fever (agranulocytosis) and a full blood count if they come. "
                     "Was that in the discharge letter?"),
    ("kenji.watanabe", "A good teaching case for residents: the reversible cause is easy to "
                       "miss once the echo shows a low ejection fraction."),
]
JOURNAL_CREDIT = {
    "objectives": ["Recognise thyrotoxicosis as a reversible cause of heart failure"],
    "moore_levels": ["3A", "4"], "max_credits": 1.0,
    "credit_types": ["ama_pra_1", "nursing", "acpe", "aapa_1", "participation"],
    "pass_mark": 70, "questions": [
        {"stem": "Which test first pointed to the cause of the heart failure?",
         "options": ["Troponin", "Thyroid function", "Coronary angiography", "BNP"],
         "correct": 1, "explanation": "A suppressed TSH with raised free T4 showed "
                                     "thyrotoxicosis, a reversible cause."},
        {"stem": "What happened to the ejection fraction with treatment?",
         "options": ["It stayed at 30 %", "It recovered to 55 %"], "correct": 1,
         "explanation": "Treating the thyrotoxicosis let the ventricle recover."}]}


@dataclass
class DemoCases:
    added: int = 0
    lines: list[str] = field(default_factory=list)
    in_review: CaseReport | None = None


def ensure_cases(db: Session, members: dict[str, User]) -> DemoCases:
    result = DemoCases()
    team = _Team(db, members)
    published = _find(db, PUBLISHED["title"]) or team.published()
    in_review = _find(db, IN_REVIEW["title"]) or team.in_review()
    draft = _find(db, DRAFT["title"]) or team.draft(DRAFT, invite=members["amelie.dubois"])
    result.added, result.in_review = team.added, in_review
    result.lines = [
        f"Published write-up at /cases/{published.id} (peer-reviewed in two rounds, with "
        f"its discussion; a journal-based credit activity), one under review at "
        f"/cases/{in_review.id} (editor admin@rounds.example, reviewer id@rounds.example) "
        f"and a draft at /cases/{draft.id} (clinician@rounds.example with "
        f"nurse@rounds.example; student@rounds.example is invited).",
    ]
    return result


def _find(db: Session, title: str) -> CaseReport | None:
    for case in db.scalars(select(CaseReport)):
        if case_title(case) == title:
            return case
    return None


class _Team:
    def __init__(self, db: Session, members: dict[str, User]) -> None:
        self.db, self.added = db, 0
        self.members = members
        self.author, self.coauthor = members["priya.raman"], members["sam.whitfield"]
        self.editor, self.moderator = members["amara.okafor"], members["lucia.ferreira"]
        self.reviewers = [members["fatima.alsayed"], members["jonas.becker"]]
        self.board = db.scalar(select(Board).where(Board.slug == BOARD))
        review.set_board_editor(db, self.editor, self.board, self.editor, True)
        commit(db)

    def draft(self, sections: dict[str, str], invite: User | None = None) -> CaseReport:
        case = authoring.start_case(self.db, self.author, self.board, {
            "title": sections["title"]})
        commit(self.db)
        invitation = authoring.invite(self.db, self.author, case,
                                      {"invitee": self.coauthor.username})
        commit(self.db)
        authoring.answer_invitation(self.db, self.coauthor, invitation, True)
        commit(self.db)
        authoring.save(self.db, self.author, case, {"base_version": case.current_version,
                                                    "sections": sections,
                                                    "timeline": TIMELINE})
        authoring.attest_consent(self.db, self.author, case, {"consent": "obtained"})
        commit(self.db)
        if invite is not None:  # left unanswered: it waits on the invitee's home page
            authoring.invite(self.db, self.author, case, {
                "invitee": invite.username, "roles": ["investigation"],
                "message": "Would you write up the timeline with us? A good first case."})
            commit(self.db)
        self.added += 1
        return case

    def submitted(self, sections: dict[str, str]) -> CaseReport:
        case = self.draft(sections)
        for user, role in ((self.author, "case_author"), (self.coauthor, "case_coauthor"),
                           (self.editor, "editor")):
            self._clear(user, role, case)
        review.submit(self.db, self.author, case)
        commit(self.db)
        review.screen(self.db, self.editor, case, {"action": "send_to_review"})
        commit(self.db)
        return case

    def in_review(self) -> CaseReport:
        case = self.submitted(IN_REVIEW)
        self._invite(case, self.reviewers[0], accept=True)
        self._invite(case, self.reviewers[1], accept=False)
        return case

    def published(self) -> CaseReport:
        case = self.submitted(PUBLISHED)
        # Round 1: both reviewers ask for minor revisions; the editor asks the authors.
        for reviewer in self.reviewers:
            self._review(case, reviewer, REVIEW)
        review.decide(self.db, self.editor, case, {"decision": "revisions",
                                                   "letter": REVISION_LETTER})
        commit(self.db)
        authoring.save(self.db, self.author, case, {"base_version": case.current_version,
                                                    "sections": REVISED})
        commit(self.db)
        review.submit(self.db, self.author, case)  # resubmitted: round 2 opens at once
        commit(self.db)
        # Round 2: one reviewer reads the revised version (and its difference) and accepts.
        self._review(case, self.reviewers[0], SECOND_REVIEW)
        review.decide(self.db, self.editor, case, {
            "decision": "accept", "letter": "Accepted with thanks: a clear teaching case."})
        commit(self.db)
        review.publish(self.db, self.editor, case)
        commit(self.db)
        credit.designate_case(self.db, self.editor, case.id, JOURNAL_CREDIT)
        self._discuss(case)
        return case

    def _review(self, case: CaseReport, reviewer: User, report: dict) -> None:
        assignment = self._invite(case, reviewer, accept=True)
        review.submit_review(self.db, reviewer, assignment, report)
        commit(self.db)
        review.rate_review(self.db, self.editor, assignment, {"acceptable": True})
        commit(self.db)

    def _discuss(self, case: CaseReport) -> None:
        """Comments in the published write-up's discussion topic, as members reply."""
        topic = self.db.get(Topic, review.publication(self.db, case).topic_id)
        for username, raw in DISCUSSION:
            boards.reply(self.db, self.members[username], topic, {"raw": raw})
            commit(self.db)

    def _invite(self, case: CaseReport, reviewer: User, *, accept: bool):
        self._clear(reviewer, "case_reviewer", case)
        due_on = (utcnow() + timedelta(days=14)).date()
        assignment = review.invite_reviewer(self.db, self.editor, case, {
            "username": reviewer.username, "due_on": due_on})
        commit(self.db)
        if accept:
            review.respond(self.db, reviewer, assignment,
                           {"accept": True, "competing_interests": False})
            commit(self.db)
        return assignment

    def _clear(self, user: User, role: str, case: CaseReport) -> None:
        """A current disclosure and the role cleared by the moderator, as the queue does."""
        if disclosures.current_disclosure(self.db, user.id) is None:
            disclosures.file_disclosure(self.db, user, {"declared_none": True,
                                                        "confirm": True})
        clearance = gate.request_role(self.db, user, role, "case", case.id,
                                      case_title(case), case.board_id)
        commit(self.db)
        if clearance.status == "cleared":
            return
        item = self.db.scalar(select(QueueItem).where(
            QueueItem.kind == "disclosure_review", QueueItem.subject_id == clearance.id,
            QueueItem.status == "pending"))
        queue.act(self.db, self.moderator, item, "clear", version=item.version, data={})
        commit(self.db)
