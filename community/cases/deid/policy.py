"""Who sees PHI findings and who overrides them (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).

- See the findings and the overrides: the write-up's authors, its editors (site editors and
  the board's editors, community.cases.review_policy.is_editor_of), site moderators and
  administrators, and the board's moderators (they decide the "phi_override" queue items).
  Anyone else is told the write-up does not exist (drafts are private).
- Override a finding, or withdraw an override: the write-up's authors only, while the text
  can change (draft, revisions requested). Editors and moderators judge overrides; they never
  make them."""
from __future__ import annotations

from community.cases.deid.models import PhiOverride
from community.cases.models import CaseReport
from community.cases.policy import is_editor_of
from community.cases.states import EDITABLE
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_moderator, is_signed_in


def is_author(actor: User | None, case: CaseReport) -> bool:
    return is_signed_in(actor) and any(a.user_id == actor.id for a in case.authors)


def can_view_findings(actor: User | None, case: CaseReport) -> bool:
    if not is_signed_in(actor):
        return False
    return (is_author(actor, case) or is_editor_of(actor, case) or is_moderator(actor)
            or case.board_id in actor.moderated_board_ids)


def can_override(actor: User | None, case: CaseReport) -> bool:
    return is_author(actor, case) and case.status in EDITABLE


def can_withdraw(actor: User | None, case: CaseReport, override: PhiOverride) -> bool:
    return can_override(actor, case) and override.case_id == case.id and override.live
