"""The home page answers "what is happening", for each kind of reader, through HTTP, on the
demo (community/demo): visitors get an explanation, the latest public discussion and the
next public sessions, from the page cache and fresh after every change; members get what
waits on them, what is new for them, their sessions and the boards' activity; moderators the
queue's counts. Nothing leaks: no topic of a board the reader cannot read, no session on a
verified-only board, nobody else's draft, no author named to a reviewer."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from community.boards import service as boards
from community.boards.models import Post, Topic
from community.demo import DEMO_PASSWORD, RESTRICTED_BOARD, seed_demo
from community.notifications.models import Notification
from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from community.platform.spaces.models import Board
from realtime.sessions import service as sessions
from realtime.sessions.models import LiveSession
from tests.support.statements import counting
from tests.support.web import PASSWORD, login

PUBLIC_TOPIC = "Wide-complex tachycardia"
RESTRICTED_TOPIC = "Awake proning on the ward"
DRAFT = "Constrictive pericarditis years after radiotherapy"
IN_REVIEW = "Takotsubo syndrome after a seizure"
JOURNAL_CLUB = "low-dose colchicine"


@pytest.fixture
def demo(session):
    seed_demo(session)
    commit(session)


def _member(session, email: str) -> User:
    return session.scalar(select(User).where(User.email == email))


def _home(app, session, email: str = "", password: str = DEMO_PASSWORD) -> str:
    client = app.test_client()
    if email:
        login(client, _member(session, email), password)
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _section(html: str, key: str) -> str:
    found = re.search(rf'<section class="home-card" id="home-{key}".*?</section>', html, re.DOTALL)
    return found.group(0) if found else ""


def _lounge(html: str) -> bool:
    return "Clinicians&#39; Lounge" in html or "Clinicians' Lounge" in html


def test_a_visitor_learns_what_rounds_is_and_sees_public_activity_only(app, session, demo):
    html = _home(app, session)
    assert "Case discussion for clinicians" in html and "Join Rounds" in html
    latest = _section(html, "latest")
    assert PUBLIC_TOPIC in latest and "Reversible cardiomyopathy after thyrotoxicosis" in latest
    assert JOURNAL_CLUB in _section(html, "sessions")
    boards_part = _section(html, "boards")
    assert "Latest:" in boards_part and "0 topics" not in html
    assert "Quieter boards" in boards_part  # the boards without topics, without a zero
    # The verified-only board, its topics and anything member-only stay out of sight.
    assert RESTRICTED_TOPIC not in html and not _lounge(html)
    assert DRAFT not in html and IN_REVIEW not in html
    assert not _section(html, "waiting") and not _section(html, "new")
    assert 'name="csrf-token"' not in html  # the cached page sets no cookie
    _the_visitors_home_is_cached_and_fresh_after_each_change(app, session)


def _the_visitors_home_is_cached_and_fresh_after_each_change(app, session) -> None:
    client = app.test_client()
    assert client.get("/").headers.get("X-Rounds-Cache") == "hit"  # the page above

    # A new public topic shows at once; one on the verified-only board never does.
    nurse = _member(session, "nurse@rounds.example")
    cardiology = session.scalar(select(Board).where(Board.slug == "cardiology"))
    lounge = session.scalar(select(Board).where(Board.slug == RESTRICTED_BOARD["slug"]))
    session.info["posting_limits"] = boards.PostingLimits(0, 0, 0, 0)
    boards.create_topic(session, nurse, cardiology, {
        "title": "Amiodarone loading on the ward: who checks the QT?", "raw": "Asking."})
    boards.create_topic(session, nurse, lounge, {
        "title": "Night staffing ratios on step-down units", "raw": "Candid answers."})
    commit(session)
    page = client.get("/")
    html = page.get_data(as_text=True)
    assert page.headers.get("X-Rounds-Cache") == "miss"
    assert "Amiodarone loading on the ward" in _section(html, "latest")
    assert "Night staffing ratios" not in html

    # A cancelled session leaves the visitors' home (the "sessions" version).
    live = session.scalar(select(LiveSession).where(LiveSession.title.contains(JOURNAL_CLUB)))
    sessions.cancel_session(session, live.host, live)
    commit(session)
    assert JOURNAL_CLUB not in client.get("/").get_data(as_text=True)


def test_members_see_what_waits_on_them_and_nothing_of_others(app, session, demo, make_user):
    author = _home(app, session, "clinician@rounds.example")
    assert "Welcome back, Dr Priya Raman" in author
    waiting = _section(author, "waiting")
    assert DRAFT in waiting and "Draft" in waiting
    assert "Hosting" in _section(author, "sessions")
    # Times in the reader's own zone (Asia/Kolkata): a session's start, a topic's last post.
    assert " IST" in _section(author, "sessions")
    assert re.search(r'<time datetime="[^"]+" title="[^"]+ IST">', _section(author, "latest"))
    assert RESTRICTED_TOPIC in _section(author, "latest")  # verified: every board
    assert not _section(author, "queue")

    coauthor = _home(app, session, "nurse@rounds.example")
    assert DRAFT in _section(coauthor, "waiting")

    invited = _home(app, session, "student@rounds.example")
    invitation = _section(invited, "waiting")
    # The demo student reads Rounds in French (her preferred language).
    assert "Invitation à cosigner, de Dr Priya Raman" in invitation
    assert RESTRICTED_TOPIC not in invited and not _lounge(invited)

    # Someone who is neither author, invited nor reviewer sees no draft, no write-up under
    # review and, unverified, nothing of the verified-only board.
    outsider = app.test_client()
    login(outsider, make_user(username="newcomer"))
    html = outsider.get("/").get_data(as_text=True)
    assert "Welcome back" in html
    assert DRAFT not in html and IN_REVIEW not in html
    assert RESTRICTED_TOPIC not in html and not _lounge(html)

    # (One seeded demo for all of these: seeding is most of the time.)
    _reviewers_see_the_review_due_without_its_authors(app, session)
    _moderators_see_the_queue_by_kind(app, session)
    _no_leak_through_notifications_or_sessions_on_a_restricted_board(app, session)


def _reviewers_see_the_review_due_without_its_authors(app, session) -> None:
    # Each in their language: the ID consultant reads Arabic; the pharmacist prefers German,
    # which Rounds does not ship, so English.
    for email, what, due in (("id@rounds.example", "مراجعتك", "مستحق خلال 14 يومًا"),
                             ("pharmacist@rounds.example", "Invitation to review",
                              "Due in 14 days")):
        waiting = _section(_home(app, session, email), "waiting")
        assert IN_REVIEW in waiting and due in waiting and what in waiting
        assert "/reviews/" in waiting
        for author in ("Priya Raman", "priya.raman", "Sam Whitfield", "sam.whitfield"):
            assert author not in waiting


def _moderators_see_the_queue_by_kind(app, session) -> None:
    queue = _section(_home(app, session, "moderator@rounds.example"), "queue")
    assert "Fila de revisão" in queue and "/moderation?kind=" in queue  # in pt-BR, hers
    assert re.search(r'<span class="count">\d+</span>', queue)


def _no_leak_through_notifications_or_sessions_on_a_restricted_board(app, session) -> None:
    """A notification about a post on a board the member can no longer read (it was made
    restricted since), and a session on a verified-only board, stay off their home."""
    session.rollback()  # a fresh snapshot: the pages above wrote (sign-ins)
    pharmacist = _member(session, "pharmacist@rounds.example")
    nurse = _member(session, "nurse@rounds.example")
    lounge = session.scalar(select(Board).where(Board.slug == RESTRICTED_BOARD["slug"]))
    post = session.scalar(select(Post).join(Topic, Topic.id == Post.topic_id)
                          .where(Topic.board_id == lounge.id).order_by(Post.id))
    session.add(Notification(user_id=pharmacist.id, kind="mention", post_id=post.id,
                             actor_id=post.author_id))
    start = utcnow() + timedelta(days=2)
    session.add(LiveSession(board_id=lounge.id, host_id=nurse.id, kind="case_conference",
                            title="Lounge case conference on night-time escalation",
                            starts_at=start, ends_at=start + timedelta(hours=1), capacity=20,
                            registration_opened_at=utcnow()))
    commit(session)
    outsider = _home(app, session, "pharmacist@rounds.example")
    assert RESTRICTED_TOPIC not in outsider and not _lounge(outsider)
    assert "Lounge case conference" not in outsider
    verified = _home(app, session, "clinician@rounds.example")
    assert "Lounge case conference" in _section(verified, "sessions")


def test_the_home_stays_cheap(app, session, demo):
    """A member's home in a handful of queries: the boards' activity and latest topics come
    from the page cache's memo after the first reader; a visitor's from the page cache."""
    client = app.test_client()
    login(client, _member(session, "id@rounds.example"), DEMO_PASSWORD)
    client.get("/")  # the first reader computes what every reader shares
    with counting(app) as statements:
        assert client.get("/").status_code == 200
    assert len(statements) <= 15, "\n".join(statements)
    visitor = app.test_client()
    visitor.get("/")
    with counting(app) as statements:
        assert visitor.get("/").headers.get("X-Rounds-Cache") == "hit"
    assert statements == []


def test_a_members_home_says_what_is_new_for_them_and_which_sessions_to_join(app, session,
                                                                            make_user):
    """"New for you": the topics with unread replies, quotes and mentions, one line each,
    saying which; "Upcoming sessions": those the member registered for first, then those
    they may like, the board of their specialty before any other."""
    session.info["posting_limits"] = boards.PostingLimits(0, 0, 0, 0)
    amina = make_user(username="amina_home", display_name="Dr Amina Okoye")
    bruno = make_user(username="bruno_home", display_name="Dr Bruno Costa")
    chen = make_user(username="chen_home", display_name="Dr Chen Li", specialty="Cardiology")
    host = make_user()
    cardiology = session.scalar(select(Board).where(Board.slug == "cardiology"))
    other = session.scalar(select(Board).where(Board.slug != "cardiology",
                                               Board.verified_only.is_(False))
                           .order_by(Board.id))
    topic = boards.create_topic(session, session.merge(amina), cardiology, {
        "title": "Syncope on exertion in a young runner", "raw": "Would you let her race?"})
    first = session.scalar(select(Post).where(Post.topic_id == topic.id))
    replier = session.merge(bruno)
    boards.reply(session, replier, topic, {
        "raw": boards.quote(session, replier, first) + "Not before an MRI, @chen_home."})
    boards.reply(session, replier, topic, {"raw": "And an exercise test."})
    planned = {}
    for board, title, days in ((other, "Grand round on sepsis bundles", 1),
                               (cardiology, "Journal club on athletes' hearts", 2)):
        start = utcnow() + timedelta(days=days)
        planned[title] = LiveSession(
            board_id=board.id, host_id=host.id, kind="journal_club", title=title,
            starts_at=start, ends_at=start + timedelta(hours=1), capacity=20,
            registration_opened_at=utcnow())
        session.add(planned[title])
    session.flush()
    sessions.register(session, session.merge(bruno), planned["Grand round on sepsis bundles"])
    commit(session)

    new = _section(_home(app, session, amina.email, PASSWORD), "new")
    assert "Syncope on exertion in a young runner" in new
    assert "quoted you" in new and "1 new reply" in new and "mentioned you" not in new
    mentioned = _section(_home(app, session, chen.email, PASSWORD), "new")
    assert "Syncope on exertion" in mentioned and "mentioned you" in mentioned
    assert "quoted you" not in mentioned
    assert not _section(_home(app, session, bruno.email, PASSWORD), "new")  # his own posts

    # Chen's specialty is cardiology: its journal club comes first, though it starts later.
    suggested = _section(_home(app, session, chen.email, PASSWORD), "sessions")
    assert "Your specialty" in suggested
    assert suggested.index("athletes") < suggested.index("sepsis bundles")
    # Bruno registered for the grand round: it comes first, marked as his.
    registered = _section(_home(app, session, bruno.email, PASSWORD), "sessions")
    assert registered.index("sepsis bundles") < registered.index("athletes")
    assert "Registered" in registered[:registered.index("athletes")]
    # Its lobby open, it still says why it is suggested. (A new transaction first: this one's
    # snapshot predates the pages' own writes, and SQLite will not let it write on it.)
    session.rollback()
    planned["Journal club on athletes' hearts"].state = "lobby"
    commit(session)
    suggested = _section(_home(app, session, chen.email, PASSWORD), "sessions")
    assert "Lobby open · Your specialty" in suggested
