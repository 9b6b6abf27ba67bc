"""Who may schedule, manage, see and register for live sessions."""
from __future__ import annotations

from community.platform.accounts.models import User
from community.platform.accounts.policy import can_post, is_signed_in
from community.platform.db import db
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_moderate, can_read_board
from realtime.sessions.models import LiveSession, SessionCase


def can_schedule(actor: User | None, board: Board) -> bool:
    return can_post(actor) and can_read_board(actor, board)


def can_manage(actor: User | None, live: LiveSession) -> bool:
    """The host and the board's moderators open registration and cancel."""
    return is_signed_in(actor) and (actor.id == live.host_id or can_moderate(actor, live.board))


def is_presenter(actor: User | None, live: LiveSession) -> bool:
    return is_signed_in(actor) and any(p.user_id == actor.id for p in live.presenters)


def can_view(actor: User | None, live: LiveSession) -> bool:
    """Members see a session once registration is open; before, only its planners do."""
    if not can_read_board(actor, live.board):
        return False
    return live.registration_opened_at is not None or can_manage(actor, live) \
        or is_presenter(actor, live)


def can_view_session_statement(actor: User | None, session_id: int) -> bool:
    """A session's disclosure statement names its host and presenters: it answers exactly
    when the session itself does (a verified-only board's sessions stay unknown to others)."""
    live = db.session.get(LiveSession, session_id)
    return live is not None and can_view(actor, live)


def can_register(actor: User | None, live: LiveSession) -> bool:
    return is_signed_in(actor) and live.registration_open and can_view(actor, live) \
        and actor.id != live.host_id


# ---------------------------------------------------------------- content (checklist, cases)
# Content changes only before the session starts: what members appraise or discuss in the
# room must be what was checked beforehand (de-identification, disclosures).
EDITABLE_STATES = ("scheduled", "lobby")


def is_planner(actor: User | None, live: LiveSession) -> bool:
    """The host, the presenters and the board's moderators prepare a session's content."""
    return can_manage(actor, live) or is_presenter(actor, live)


def content_open(live: LiveSession) -> bool:
    return live.state in EDITABLE_STATES


def can_edit_content(actor: User | None, live: LiveSession) -> bool:
    return is_planner(actor, live) and content_open(live)


def can_see_case_bodies(actor: User | None, live: LiveSession) -> bool:
    """Participants see a case only in session, stage by stage (docs/domain.md §6): before, only
    its planners read the stages; members see how many cases there are and their titles."""
    return is_planner(actor, live)


def can_check_deid(actor: User | None, live: LiveSession, case: SessionCase) -> bool:
    """A coordinator checks a case's de-identification before the session (docs/domain.md §6):
    the host or a board moderator, or a presenter when the host submitted the case; never
    the case's own submitter (a second pair of eyes)."""
    if not is_signed_in(actor) or actor.id == case.submitted_by_id:
        return False
    if actor.id == live.host_id or can_moderate(actor, live.board):
        return True
    return case.submitted_by_id == live.host_id and is_presenter(actor, live)
