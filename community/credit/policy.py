"""Who may do what with credit. Every page, endpoint and task asks these functions.

- The credit office (site administrators, and the members they appoint) configures the
  provider and credit types, designates sessions, corrects the ledger, revokes certificates,
  reads every report and the accreditor exports, and sees learners' identifiers.
- Editors designate published write-ups as journal-based activities.
- A session's host and presenters read their activity's report (aggregates only: evaluations
  are anonymous and shown from five responses on) and reopen a member's claim window.
- A learner sees only their own claims, certificates, profile and transcript.
- A certificate's verification page is public and says only whether it is valid."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.cases import policy as case_policy
from community.credit.models import CreditActivity, CreditAdministrator, CreditClaim
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_admin, is_signed_in
from realtime.sessions import policy as session_policy
from realtime.sessions.models import LiveSession

# Aggregates of evaluations are shown to hosts only from this many responses on, so that no
# single learner's answers can be picked out.
MIN_RESPONSES = 5


def is_credit_admin(db: Session, actor: User | None) -> bool:
    if not is_signed_in(actor):
        return False
    if is_admin(actor):
        return True
    return db.scalar(select(CreditAdministrator.user_id).where(
        CreditAdministrator.user_id == actor.id)) is not None


def can_appoint_credit_admins(actor: User | None) -> bool:
    return is_admin(actor)


def can_designate_session(db: Session, actor: User | None) -> bool:
    return is_credit_admin(db, actor)


def can_designate_case(db: Session, actor: User | None) -> bool:
    return case_policy.is_any_editor(actor) or is_credit_admin(db, actor)


def runs(actor: User | None, live: LiveSession | None) -> bool:
    """The host or a presenter of the session (they teach it; they do not learn from it)."""
    return live is not None and is_signed_in(actor) and (
        actor.id == live.host_id or session_policy.is_presenter(actor, live))


def can_read_report(db: Session, actor: User | None, activity: CreditActivity,
                    live: LiveSession | None) -> bool:
    return is_credit_admin(db, actor) or runs(actor, live)


def can_reopen_window(db: Session, actor: User | None, activity: CreditActivity,
                      live: LiveSession | None) -> bool:
    return is_credit_admin(db, actor) or (live is not None and is_signed_in(actor)
                                          and actor.id == live.host_id)


def can_read_claim(db: Session, actor: User | None, claim: CreditClaim) -> bool:
    return is_signed_in(actor) and (actor.id == claim.user_id or is_credit_admin(db, actor))


def can_read_profile(db: Session, actor: User | None, member_id: int) -> bool:
    return is_signed_in(actor) and (actor.id == member_id or is_credit_admin(db, actor))
