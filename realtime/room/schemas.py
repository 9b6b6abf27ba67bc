"""The live room's contract (Socket.IO namespace `/live`, docs/live-protocol.md): a payload
model for every client event, the acknowledgement it answers with, and every event the
server sends. Payloads are parsed strictly, as the API's bodies are: "5" is not an id, an
unknown field is refused, every number has its bounds.

For the AsyncAPI document:
- LIVE_EVENTS: client event -> (payload model, acknowledgement model when it succeeds); a
  refusal is always `LiveRefusal` (and an `error` event to the sender).
- SERVER_EVENTS: server event -> its payload model.
The room's own refusal codes are listed in REFUSAL_CODES.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, BeforeValidator, Field, RootModel, field_validator

from community.platform.accounts.models import USERNAME_PATTERN
from community.platform.contract import Body, Id, Input, Matching, Output, Text
from community.platform.i18n import _, _l
from community.platform.parsing import INT_MAX
from realtime.room.models import POLL_STATES, QUESTION_STATES
from realtime.sessions.models import ANSWERS, KINDS, STAGES, STATES
from realtime.sessions.schemas import choice

MAX_CHAT = 4000
MAX_QUESTION = 1000
MAX_POLL_QUESTION = 500
MAX_OPTION = 200
MIN_OPTIONS, MAX_OPTIONS = 2, 10
MAX_NOTE = 2000
MAX_BOTTOM_LINE = 5000
MAX_RECOMMENDATION = 10_000
MAX_ANNOUNCEMENT = 1000
REASON_MIN, REASON_MAX = 10, 1000  # an attendance correction's reason
ROLES = ("host", "cohost", "member")

# The number of the last event a client applied (0: none yet).
Seq = Annotated[int, Field(ge=0, le=INT_MAX, description="an event's number in the session")]
Username = Matching(USERNAME_PATTERN, _l("Name the member by username."), max_length=32,
                    description="a member's username")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def sometimes() -> Any:
    """A key that is left out (never null) when it does not apply."""
    return Field(default=None, json_schema_extra=_no_default)


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _day(value: Any) -> Any:
    value = _blank_is_none(value)
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(_("Give the follow-up date as YYYY-MM-DD"))


# ---------------------------------------------------------------- client -> server


class RoomIn(Input):
    """Every event names its session (`start`, `end`, `leave`, `reveal_stage`, `break_start`,
    `break_end`: nothing else)."""

    session_id: Id


class JoinIn(RoomIn):
    since: Seq | None = Field(None, description="the last event you applied: what came after "
                                                "it is sent back as `missed`")


class SyncIn(RoomIn):
    since: Seq = Field(0, description="the last event you applied")


class ChatIn(RoomIn):
    body: Body(MAX_CHAT, label="The message, in Markdown")
    client_id: str | None = Field(
        None, min_length=8, max_length=100, pattern=r"^[\x21-\x7e]+$",
        description="the client's name for this message (an idempotency key): a message "
                    "sent again under it (a retry after a dropped connection) is posted once "
                    "and acknowledged with the first message")


class ChatEditIn(RoomIn):
    body: Body(MAX_CHAT, label="The message, in Markdown")
    message_id: Id


class ChatDeleteIn(RoomIn):
    message_id: Id


class HandIn(RoomIn):
    raised: bool


class QuestionAskIn(RoomIn):
    body: Body(MAX_QUESTION, label="The question, in Markdown")
    anonymous: bool = Field(False, description="anonymous to members, never to hosts")


class QuestionIn(RoomIn):
    question_id: Id


class QuestionMarkIn(QuestionIn):
    state: choice(("answered", "dismissed"), "Mark a question answered or dismissed.")


class NewPoll(Input):
    """A poll, as the host drafts it (the room service takes this)."""

    question: Text(MAX_POLL_QUESTION, label="The question")
    options: list[Text(MAX_OPTION, label="An option")] = Field(
        min_length=MIN_OPTIONS, max_length=MAX_OPTIONS)
    multiple: bool = Field(False, description="several answers allowed")

    @field_validator("options")
    @classmethod
    def _different(cls, options: list[str]) -> list[str]:
        if len({o.casefold() for o in options}) != len(options):
            raise ValueError(_("Each option must be different"))
        return options


class PollCreateIn(RoomIn, NewPoll):
    pass


class PollIn(RoomIn):
    poll_id: Id


class PollVoteIn(PollIn):
    option_ids: list[Id] = Field(min_length=1, max_length=MAX_OPTIONS,
                                 description="one (or, if the poll allows, several) of the "
                                             "poll's options; a new vote replaces the old")


class MemberIn(RoomIn):
    username: Username


class MuteIn(MemberIn):
    muted: bool


class ChecklistAnswerIn(RoomIn):
    item_id: Id
    answer: choice(tuple(ANSWERS), "Answer Yes, No or Can't tell.")
    note: Annotated[Text(MAX_NOTE, label="A note") | None,
                    BeforeValidator(_blank_is_none)] = Field(
        None, description="an empty text is no note")


class BottomLineIn(RoomIn):
    text: Body(MAX_BOTTOM_LINE, label="The bottom line, in Markdown")


class RecommendationIn(RoomIn):
    case_id: Id
    text: Body(MAX_RECOMMENDATION, label="The recommendations, in Markdown")
    follow_up_on: Annotated[date | None, BeforeValidator(_day)] = Field(
        None, description="YYYY-MM-DD, not before the session (an empty text is none)")


class Announcement(Input):
    """A message from the platform itself (realtime.room.tasks)."""

    text: Body(MAX_ANNOUNCEMENT, label="The announcement, in Markdown")


class AttendanceCorrectionForm(Input):
    """A host's correction of a member's attended minutes (a page's form)."""

    minutes: int = Field(ge=0, le=INT_MAX, description="the minutes that count")
    reason: Body(REASON_MAX, min_length=REASON_MIN, label="Why")


# ---------------------------------------------------------------- shapes


class RoomPerson(Output):
    username: str
    display_name: str


class RoomMessage(Output):
    id: int
    seq: int
    author: RoomPerson
    html: str = Field(description="empty once deleted")
    body: str = Field(description="the Markdown as written, for an edit box: show it as text")
    created_at: datetime
    edited_at: datetime | None
    language: str = Field(description="the language it was written in (BCP 47; \"und\" when "
                                      "too short to tell): the client marks it with `lang`")
    deleted: bool


class RoomPollOption(Output):
    id: int
    text: str
    votes: int = sometimes()


class RoomPoll(Output):
    """Counts only once revealed, or for hosts; `your_vote` for the member asking."""

    id: int
    question: str
    multiple: bool
    state: Literal[POLL_STATES]  # type: ignore[valid-type]
    revealed: bool
    options: list[RoomPollOption]
    total: int = sometimes()
    your_vote: list[int] = sometimes()


class RoomPollResults(Output):
    id: int
    state: Literal[POLL_STATES]  # type: ignore[valid-type]
    options: list[RoomPollOption]
    total: int


class RoomQuestion(Output):
    id: int
    html: str
    anonymous: bool
    author: RoomPerson | None = Field(description="null when anonymous, except for hosts")
    state: Literal[QUESTION_STATES]  # type: ignore[valid-type]
    votes: int
    voted_by_you: bool
    language: str = Field(description="the language it was written in (BCP 47; \"und\" when "
                                      "too short to tell)")
    created_at: datetime


class RoomStage(Output):
    id: int
    case_id: int
    case_title: str
    case_question: str
    stage: Literal[tuple(STAGES)]  # type: ignore[valid-type]
    label: str
    html: str
    revealed_at: datetime | None


class RoomChecklistItem(Output):
    id: int
    position: int
    part: str
    question: str
    answer: Literal[tuple(ANSWERS)] | None  # type: ignore[valid-type]
    answer_label: str | None
    note: str


class RoomCase(Output):
    id: int
    title: str
    question: str
    recommendations_html: str
    follow_up_on: date | None


class RoomSession(Output):
    id: int
    title: str
    kind: Literal[tuple(KINDS)]  # type: ignore[valid-type]
    state: Literal[STATES]  # type: ignore[valid-type]
    starts_at: datetime
    ends_at: datetime
    started_at: datetime | None
    last_seq: int
    host: str = Field(description="the host's username")


class RoomYou(Output):
    username: str
    display_name: str
    role: Literal[ROLES]  # type: ignore[valid-type]
    muted: bool
    hand_raised: bool


class RoomPresenceMember(RoomYou):
    pass


class RoomHeadcount(Output):
    count: int = Field(description="members in the room now (several tabs count once)")


class RoomSnapshot(Output):
    messages: list[RoomMessage] = Field(description="the latest, oldest first")
    polls: list[RoomPoll]
    questions: list[RoomQuestion]
    stages: list[RoomStage] = Field(description="revealed so far")
    cases: list[RoomCase]
    checklist: list[RoomChecklistItem]
    bottom_line: str = Field(description="HTML; empty until recorded")
    break_started_at: datetime | None = Field(description="when the break running now "
                                                          "began; null when none runs")


# What a join's answer is checked with while its snapshot (checked when it was built, once
# per event number) is left out: realtime.room.events.on_join.
EMPTY_SNAPSHOT: dict[str, Any] = {"messages": [], "polls": [], "questions": [], "stages": [],
                                  "cases": [], "checklist": [], "bottom_line": "",
                                  "break_started_at": None}


# ---------------------------------------------------------------- the room's numbered events


class _Event(Output):
    session_id: int
    seq: int = Field(description="1, 2, 3… per session: a gap means call `sync`")
    at: datetime
    actor: str | None = Field(description="who did it; null when anonymous")


class StartedData(Output):
    state: Literal["live"]
    started_at: datetime


class EndedData(Output):
    state: Literal["ended"]
    ended_at: datetime


class IdOnly(Output):
    id: int


class QuestionVotes(Output):
    id: int
    votes: int


class QuestionMarked(Output):
    id: int
    state: Literal["answered", "dismissed"]


class HtmlOnly(Output):
    html: str


class MemberMuted(Output):
    username: str
    muted: bool


class MemberRemoved(Output):
    username: str


class HostChanged(Output):
    host: str
    previous: str


class AnnouncementData(Output):
    html: str
    key: str | None


class BreakStarted(Output):
    id: int
    started_at: datetime


class BreakEnded(BreakStarted):
    ended_at: datetime


class LiveStarted(_Event):
    kind: Literal["started"]
    data: StartedData


class LiveEnded(_Event):
    kind: Literal["ended"]
    data: EndedData


class LiveChat(_Event):
    kind: Literal["chat", "chat_edited"]
    data: RoomMessage


class LiveChatDeleted(_Event):
    kind: Literal["chat_deleted"]
    data: IdOnly


class LiveStageRevealed(_Event):
    kind: Literal["stage_revealed"]
    data: RoomStage


class LivePollChanged(_Event):
    kind: Literal["poll_launched", "poll_closed", "poll_revealed"]
    data: RoomPoll


class LivePollResults(_Event):
    kind: Literal["poll_results"]
    data: RoomPollResults


class LiveQuestionAsked(_Event):
    kind: Literal["question_asked"]
    data: RoomQuestion


class LiveQuestionVoted(_Event):
    kind: Literal["question_voted"]
    data: QuestionVotes


class LiveQuestionMarked(_Event):
    kind: Literal["question_marked"]
    data: QuestionMarked


class LiveChecklistAnswered(_Event):
    kind: Literal["checklist_answered"]
    data: RoomChecklistItem


class LiveBottomLine(_Event):
    kind: Literal["bottom_line"]
    data: HtmlOnly


class LiveRecommendation(_Event):
    kind: Literal["recommendation"]
    data: RoomCase


class LiveMemberMuted(_Event):
    kind: Literal["member_muted"]
    data: MemberMuted


class LiveMemberRemoved(_Event):
    kind: Literal["member_removed"]
    data: MemberRemoved


class LiveHostChanged(_Event):
    kind: Literal["host_changed"]
    data: HostChanged


class LiveAnnouncement(_Event):
    kind: Literal["announcement"]
    data: AnnouncementData


class LiveBreakStarted(_Event):
    kind: Literal["break_started"]
    data: BreakStarted


class LiveBreakEnded(_Event):
    """A host ended the break, or the session ended during it (then just before `ended`)."""

    kind: Literal["break_ended"]
    data: BreakEnded


AnyRoomEvent = Annotated[Union[  # noqa: UP007 - a discriminated union reads as one
    LiveStarted, LiveEnded, LiveChat, LiveChatDeleted, LiveStageRevealed, LivePollChanged,
    LivePollResults, LiveQuestionAsked, LiveQuestionVoted, LiveQuestionMarked,
    LiveChecklistAnswered, LiveBottomLine, LiveRecommendation, LiveMemberMuted,
    LiveMemberRemoved, LiveHostChanged, LiveAnnouncement, LiveBreakStarted, LiveBreakEnded],
    Field(discriminator="kind")]


class RoomEvent(RootModel[AnyRoomEvent]):
    """`event`: something happened in the room, numbered and stored before it is sent."""


# ---------------------------------------------------------------- acknowledgements


class LiveOk(Output):
    ok: Literal[True]


class JoinAck(LiveOk):
    session: RoomSession
    you: RoomYou
    presence: RoomHeadcount = Field(description="how many are here; `who` lists them, and "
                                                "`presence` notices tell the changes")
    snapshot: RoomSnapshot
    missed: list[AnyRoomEvent] = Field(description="the events after `since`, oldest first")
    truncated: bool = Field(description="more were missed than are replayed: start from the "
                                        "snapshot")


class WhoAck(LiveOk):
    count: int
    members: list[RoomPresenceMember] = Field(description="hosts first, then by name")


class SyncAck(LiveOk):
    events: list[AnyRoomEvent]
    truncated: bool = Field(description="there are more: sync again from the last one")


class MessageAck(LiveOk):
    message: RoomMessage


class QuestionAck(LiveOk):
    question: RoomQuestion


class VotesAck(LiveOk):
    votes: int


class PollAck(LiveOk):
    poll: RoomPoll


class BallotAck(LiveOk):
    your_vote: list[int]


class StateAck(LiveOk):
    state: Literal[STATES]  # type: ignore[valid-type]


class StageAck(LiveOk):
    stage: RoomStage


class YouAck(LiveOk):
    you: RoomYou


class ChecklistItemAck(LiveOk):
    item: RoomChecklistItem


class CaseAck(LiveOk):
    case: RoomCase


class BreakStartAck(LiveOk, BreakStarted):
    """The break that began (as its `break_started` event says)."""


class BreakEndAck(LiveOk, BreakEnded):
    """The break that ended (as its `break_ended` event says)."""


REFUSAL_CODES = (
    "validation-failed", "not_found", "not_joined", "not_host", "forbidden", "wrong_state",
    "poll_closed", "already_voted", "muted", "removed", "rate-limited", "too_large",
    "unknown_event", "not_registered", "waitlisted", "not_open", "cancelled", "ended",
    "no_content", "not_checked", "nothing_left", "disclosure-required", "role-not-cleared",
    "break_running", "no_break", "not_signed_in", "conflict", "server_error")


class LiveRefusal(Output):
    """Any event's answer when it was refused (the sender also gets an `error` event)."""

    ok: Literal[False]
    code: str = Field(description="why, for programs: " + ", ".join(REFUSAL_CODES),
                      examples=list(REFUSAL_CODES))
    error: str = Field(description="why, for people")
    fields: dict[str, list[str]] = Field(
        default=None, json_schema_extra=_no_default,
        description="validation-failed: each field's messages (`_`: the whole payload)")


# ---------------------------------------------------------------- other server events


class Welcome(Output):
    """`welcome`, on connecting."""

    user: str = Field(description="your username")


class RoomPresence(Output):
    """`presence`: what changed in the room's presence since the last notice (one notice per
    window however many came): apply `members` (came, or changed hand, mute or role) and
    `left` to the list from `who`."""

    session_id: int
    count: int = Field(description="members in the room now (several tabs count once)")
    members: list[RoomPresenceMember] = Field(description="came or changed, hosts first")
    left: list[str] = Field(description="usernames of those who left")


class HostOnly(Output):
    """`host_only`, to the hosts' room: a hidden poll's count."""

    session_id: int
    kind: Literal["poll_tally"]
    data: RoomPoll


class Removed(Output):
    """`removed`: the host took you out of the room."""

    session_id: int
    message: str


class LiveError(Output):
    """`error`: one of your events was refused (its acknowledgement says so too)."""

    event: str
    code: str = Field(examples=list(REFUSAL_CODES))
    message: str


# ---------------------------------------------------------------- the tables

LIVE_EVENTS: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {
    "join": (JoinIn, JoinAck),
    "leave": (RoomIn, LiveOk),
    "who": (RoomIn, WhoAck),
    "sync": (SyncIn, SyncAck),
    "chat": (ChatIn, MessageAck),
    "chat_edit": (ChatEditIn, MessageAck),
    "chat_delete": (ChatDeleteIn, LiveOk),
    "hand": (HandIn, LiveOk),
    "question_ask": (QuestionAskIn, QuestionAck),
    "question_upvote": (QuestionIn, VotesAck),
    "question_mark": (QuestionMarkIn, LiveOk),
    "poll_create": (PollCreateIn, PollAck),
    "poll_launch": (PollIn, PollAck),
    "poll_close": (PollIn, PollAck),
    "poll_reveal": (PollIn, PollAck),
    "poll_vote": (PollVoteIn, BallotAck),
    "start": (RoomIn, StateAck),
    "end": (RoomIn, StateAck),
    "reveal_stage": (RoomIn, StageAck),
    "mute": (MuteIn, LiveOk),
    "remove": (MemberIn, LiveOk),
    "hand_over": (MemberIn, YouAck),
    "checklist_answer": (ChecklistAnswerIn, ChecklistItemAck),
    "bottom_line": (BottomLineIn, LiveOk),
    "recommendation": (RecommendationIn, CaseAck),
    "break_start": (RoomIn, BreakStartAck),
    "break_end": (RoomIn, BreakEndAck),
}
SERVER_EVENTS: dict[str, type[BaseModel]] = {
    "welcome": Welcome,
    "event": RoomEvent,
    "presence": RoomPresence,
    "host_only": HostOnly,
    "removed": Removed,
    "error": LiveError,
}
REFUSAL = LiveRefusal


# ---------------------------------------------------------------- checking what goes out


def checked(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """`data` as it goes out, unchanged, once it is known to match `model` as a client reads
    it (JSON, strictly); a mismatch raises (a bug of ours, to fail loudly, as the API's
    answers do)."""
    model.model_validate_json(json.dumps(data), strict=True)
    return data
