"""Who sees PHI findings and who overrides them (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)).

- See the findings and the overrides: exactly those who may read the draft itself (its
  authors, its editors, administrators: cases.policy.can_read_unpublished). The findings
  quote the draft's identifiers, so anyone else — moderators included — is told the
  write-up does not exist. Moderators judge an override from its queue item (the excerpt in
  its section), never from the draft.
- Override a finding, or withdraw an override: the write-up's authors only, while the text
  can change (draft, revisions requested). Editors and moderators judge overrides; they never
  make them."""
from __future__ import annotations

from community.cases.deid.models import PhiOverride
from community.cases.models import CaseReport
from community.cases.policy import can_read_unpublished
from community.cases.states import EDITABLE
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in


def is_author(actor: User | None, case: CaseReport) -> bool:
    return is_signed_in(actor) and any(a.user_id == actor.id for a in case.authors)


def can_view_findings(actor: User | None, case: CaseReport) -> bool:
    return can_read_unpublished(actor, case)


def can_override(actor: User | None, case: CaseReport) -> bool:
    return is_author(actor, case) and case.status in EDITABLE


def can_withdraw(actor: User | None, case: CaseReport, override: PhiOverride) -> bool:
    return can_override(actor, case) and override.case_id == case.id and override.live
