"""The states of a co-author invitation and every transition between them
(community.platform.lifecycle: a conditional UPDATE and a history row each).

    (pending) ──accept──▶ accepted;  pending ──decline──▶ declined
    pending ──withdraw──▶ withdrawn (the corresponding author takes it back)
"""
from __future__ import annotations

from community.cases.authoring.models import (
    ACCEPTED,
    DECLINED,
    PENDING,
    WITHDRAWN,
    CaseInvitation,
)
from community.platform.i18n import _l
from community.platform.lifecycle import Lifecycle, Transition

INVITATION = Lifecycle("case_invitation", CaseInvitation, "status", {
    PENDING: _l("Pending"), ACCEPTED: _l("Accepted"), DECLINED: _l("Declined"),
    WITHDRAWN: _l("Withdrawn"),
}, [
    Transition("accept", (PENDING,), ACCEPTED, _l("Accepted")),
    Transition("decline", (PENDING,), DECLINED, _l("Declined")),
    Transition("withdraw", (PENDING,), WITHDRAWN, _l("Withdrawn")),
], initial=(PENDING,))
