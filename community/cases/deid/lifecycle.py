"""The states of a PHI override (an author's "this finding is not an identifier") and every
transition between them (community.platform.lifecycle: a conditional UPDATE and a history
row each).

    (pending) ──accept──▶ accepted;  pending ──reject──▶ rejected   (a moderator decides)
    pending | accepted ──withdraw──▶ withdrawn                      (the author takes it back)
"""
from __future__ import annotations

from community.cases.deid.models import PhiOverride
from community.platform.i18n import _l
from community.platform.lifecycle import Lifecycle, Transition

OVERRIDE = Lifecycle("phi_override", PhiOverride, "status", {
    "pending": _l("Waiting for a moderator"), "accepted": _l("Accepted"),
    "rejected": _l("Rejected"), "withdrawn": _l("Withdrawn"),
}, [
    Transition("accept", ("pending",), "accepted", _l("Accepted")),
    Transition("reject", ("pending",), "rejected", _l("Rejected")),
    Transition("withdraw", ("pending", "accepted"), "withdrawn", _l("Withdrawn")),
], initial=("pending",))
