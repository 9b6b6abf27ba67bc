"""Search: the index follows posts through creation, edits, deletion and moves, and never
shows a post its reader may not see."""
from __future__ import annotations

import time as _time
from datetime import date, timedelta

import pytest
from sqlalchemy import event, select

from community.app import create_app
from community.boards import service
from community.platform.config import SettingsError
from community.platform.db import commit
from community.platform.errors import ValidationError
from community.platform.markup import quote_markdown
from community.platform.spaces.models import Board
from community.search import pg_backend, whoosh_backend
from community.search import service as search
from tests.support.services import TEST_DATABASE_URL


def _board(session, slug):
    return session.scalar(select(Board).where(Board.slug == slug))


def _new_topic(session, author, slug, title, raw):
    topic = service.create_topic(session, session.merge(author), _board(session, slug),
                                 {"title": title, "raw": raw, "tags": ["teaching"]})
    commit(session)
    return topic


def test_posts_are_found_by_words_and_stems(app, session, make_user):
    author = make_user()
    _new_topic(session, author, "nephrology", "Hyperkalaemia after starting spironolactone",
               "Potassium rose to 6.1 on day 3; **ECG** showed peaked T waves.")
    index = app.config["SEARCH_INDEX_PATH"]
    hits, total = search.search(session, index, None, {"q": "peaked wave"})
    assert total == 1
    assert hits[0].post.topic.title.startswith("Hyperkalaemia")
    marked = [text for text, matched in hits[0].excerpt if matched]
    assert "peaked" in marked
    assert search.search(session, index, None, {"q": "spironolactone"})[1] == 1  # title


def test_edits_deletes_and_restricted_boards_are_respected(app, session, make_user):
    author, moderator = make_user(), make_user("moderator")
    reader, clinician = make_user(), make_user(verified=True)
    index = app.config["SEARCH_INDEX_PATH"]
    topic = _new_topic(session, author, "oncology", "Tumour lysis risk before induction",
                       "Uric acid was high before the first cycle of rasburicase.")
    post = service.list_posts(session, None, topic).items[0]
    service.edit_post(session, session.merge(author), post,
                      {"raw": "Uric acid was high before the first cycle.", "base_revision": 1})
    commit(session)
    assert search.search(session, index, None, {"q": "rasburicase"})[1] == 0
    onc = _board(session, "oncology")
    onc.verified_only = True
    commit(session)
    assert search.search(session, index, session.merge(reader), {"q": "uric"})[0] == []
    assert len(search.search(session, index, session.merge(clinician), {"q": "uric"})[0]) == 1
    service.delete_topic(session, session.merge(moderator), topic, True)
    commit(session)
    assert search.search(session, index, session.merge(clinician), {"q": "uric"})[1] == 0
    assert search.rebuild(session, index) == 0
    service.delete_topic(session, session.merge(moderator), topic, False)
    commit(session)
    assert search.search(session, index, session.merge(clinician), {"q": "uric"})[1] == 1


def test_rebuild_is_idempotent_and_queries_are_checked(app, session, make_user):
    author = make_user()
    for n in range(3):
        _new_topic(session, author, "cardiology", f"Atrial fibrillation question {n:02d}",
                   "Anticoagulation in the very elderly with falls.")
    index = app.config["SEARCH_INDEX_PATH"]
    assert search.rebuild(session, index) == 3
    assert search.rebuild(session, index) == 3
    assert search.search(session, index, None, {"q": "anticoagulation"})[1] == 3
    assert search.search(session, index, None, {"q": "*lation"})[1] == 0  # no leading wildcards
    with pytest.raises(ValidationError):
        search.search(session, index, None, {"q": ""})
    with pytest.raises(ValidationError):
        search.search(session, index, None, "x" * 201)


# ---------------------------------------------------------------- issue 14: search, both backends

# The PostgreSQL backend runs when the test database is PostgreSQL (the CI's second run).
BACKENDS = ["whoosh", *(["postgres"] if TEST_DATABASE_URL.startswith("postgresql") else [])]


@pytest.fixture(params=BACKENDS)
def app_config(request, app_config):
    return {**app_config, "search_backend": request.param}


def _find(app, session, actor=None, **query):
    return search.search(session, app.config["SEARCH_INDEX_PATH"], actor, query)


def test_quoted_phrases_answer_on_the_page_and_the_api(app, session, client, make_user):
    _new_topic(session, make_user(), "nephrology", "Hyperkalaemia after starting spironolactone",
               "Potassium rose to 6.1 on day 3; the ECG showed peaked T waves.")
    _new_topic(session, make_user(), "nephrology", "Waves of admissions over the winter",
               "Peaked in January; T cells were not the question.")
    page = client.get('/search?q="peaked T waves"')
    assert page.status_code == 200
    assert "1 result for" in page.get_data(as_text=True), page.get_data(as_text=True)[-1500:]
    assert "Hyperkalaemia" in page.get_data(as_text=True)
    answer = client.get('/api/v1/search', query_string={"q": '"peaked T waves"'})
    assert answer.status_code == 200
    body = answer.get_json()
    assert body["total"] == 1 and body["estimated"] is False
    assert body["items"][0]["topic"]["title"].startswith("Hyperkalaemia")
    assert [e["text"].lower() for e in body["items"][0]["excerpt"] if e["match"]] == \
        ["peaked", "t", "waves"] or any(e["match"] for e in body["items"][0]["excerpt"])
    # A phrase in the author's name or the tags no longer breaks anything either.
    for q in ('"teaching case"', 'author:"member1"', 'tags:"teaching"', '"x',
              'post_id:"1 2"', 'board_id:"1 2"', 'created:"x y"'):
        assert client.get("/search", query_string={"q": q}).status_code == 200
        assert client.get("/api/v1/search", query_string={"q": q}).status_code == 200


def test_quotes_are_the_quoted_authors_words_and_one_hit_per_topic(app, session, make_user):
    alice, bob, carol = make_user(), make_user(), make_user()
    topic = _new_topic(session, alice, "cardiology", "Palpitations in a young athlete",
                       "Narrow complex tachycardia at 190, terminated with adenosine.")
    first = service.list_posts(session, None, topic).items[0]
    for who, own in ((bob, "Consider an electrophysiology referral."),
                     (carol, "Was there pre-excitation on the resting trace?")):
        service.reply(session, session.merge(who), session.merge(topic),
                      {"raw": quote_markdown(alice.username, 1, first.raw) + own})
        commit(session)
    hits, total = _find(app, session, q="tachycardia")
    assert total == 1 and len(hits) == 1
    assert hits[0].post.author.id == alice.id  # the quoter's post is not found for it
    hits, _ = _find(app, session, q="electrophysiology")
    assert [h.post.author.id for h in hits] == [bob.id]
    # Three posts of one topic match: one hit, the best post.
    hits, total = _find(app, session, q="palpitations OR adenosine OR referral OR trace")
    assert total == 1 and len(hits) == 1


def test_excerpts_start_and_end_on_word_boundaries(app, session, make_user):
    words = " ".join(f"filler{n:03d}" for n in range(120))
    raw = f"{words} the creatinine doubled overnight {words}"
    _new_topic(session, make_user(), "nephrology", "Acute kidney injury on the ward", raw)
    hits, _ = _find(app, session, q="creatinine")
    pieces = hits[0].excerpt
    text = "".join(t for t, _ in pieces)
    assert text.startswith("…") and text.endswith("…")
    assert [t for t, m in pieces if m] == ["creatinine"]
    inner = text.strip("…").strip()
    first, last = inner.split()[0], inner.split()[-1]
    assert first in raw.split() and last in raw.split(), (first, last)


def test_filters_and_order_on_the_service_page_and_api(app, session, client, make_user):
    ann, ben = make_user(username="ann.lee"), make_user(username="ben_k")
    older = _new_topic(session, ann, "cardiology", "Lactate in cardiogenic shock patients",
                       "Serial lactate guided our escalation.")
    newer = _new_topic(session, ben, "nephrology", "Lactate after metformin overdose today",
                       "Lactate of 14 needed dialysis.")
    ids = {older.id: "older", newer.id: "newer"}

    def found(**filters):
        hits, _ = _find(app, session, q="lactate", **filters)
        return [ids[h.post.topic.id] for h in hits]

    assert sorted(found()) == ["newer", "older"]
    assert found(board="cardiology") == ["older"]
    assert found(board="no-such-board") == []
    assert found(author="ben_k") == ["newer"]
    assert found(author="ANN.lee") == ["older"]
    assert found(tag="teaching") and found(tag="nothing-here") == []
    assert found(board="cardiology", tag="teaching") == ["older"]
    assert found(board="nephrology", tag="nothing-here") == []
    today = date.today()
    assert len(found(since=today - timedelta(days=1), until=today + timedelta(days=1))) == 2
    assert found(until=today - timedelta(days=1)) == []
    assert found(sort="date") == ["newer", "older"]
    page = client.get("/search", query_string={"q": "lactate", "board": "nephrology",
                                               "sort": "date"})
    assert page.status_code == 200 and "Lactate after metformin" in page.get_data(True)
    assert "Lactate in cardiogenic" not in page.get_data(True)
    answer = client.get("/api/v1/search", query_string={"q": "lactate", "author": "ann.lee"})
    assert [i["topic"]["id"] for i in answer.get_json()["items"]] == [older.id]
    bad = client.get("/api/v1/search", query_string={"q": "lactate", "since": "2025-02-01",
                                                     "until": "2025-01-01"})
    assert bad.status_code == 422 and "until" in bad.get_data(True)
    assert client.get("/api/v1/search", query_string={"q": "lactate", "sort": "best"}
                      ).status_code == 422
    form = client.get("/search", query_string={"q": "lactate", "since": "yesterday"})
    assert form.status_code == 422 and 'id="e-since"' in form.get_data(True)


def test_many_topics_page_on_and_count_about(app, session, client, make_user):
    author = make_user()
    for n in range(25):
        topic = _new_topic(session, author, "cardiology", f"Syncope workup question {n:02d}",
                           "Syncope with a normal ECG.")
        service.reply(session, session.merge(author), session.merge(topic),
                      {"raw": "Tilt table for syncope?"})
        commit(session)
    first = _find(app, session, q="syncope")
    assert len(first.hits) == search.PER_PAGE and first.more
    second = _find(app, session, q="syncope", page=2)
    assert len(second.hits) == 5 and not second.more
    assert not {h.post.topic.id for h in first.hits} & {h.post.topic.id for h in second.hits}
    page = client.get("/search?q=syncope").get_data(as_text=True)
    assert 'rel="next"' in page
    if first.estimated:  # Whoosh estimates ("about"); PostgreSQL counts the topics
        assert "About " in page
    else:
        assert f"{first.total} results" in page


def test_rebuild_runs_a_handful_of_queries_and_reports_progress(app, session, make_user):
    author = make_user()
    for n in range(10):
        _new_topic(session, author, "cardiology", f"Heart failure titration {n:02d}",
                   "Sacubitril titration in the clinic.")
    _find(app, session, q="sacubitril")  # the batcher's pending writes first: not counted
    statements = []
    engine = session.get_bind()

    def count(*_args):
        statements.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        seen = []
        assert search.rebuild(session, app.config["SEARCH_INDEX_PATH"],
                              progress=lambda done, total: seen.append((done, total))) == 10
    finally:
        event.remove(engine, "before_cursor_execute", count)
    # A count, the tags, the posts (+ on PostgreSQL: empty the table, insert, analyze), the
    # published write-ups and the open sessions (+ on PostgreSQL: empty their table); not one
    # query a topic.
    assert len(statements) <= 10
    assert _find(app, session, q="sacubitril").total == 10


def test_a_new_post_is_searchable_soon_without_a_search_committing_it(app, session, make_user):
    """The batcher's own thread commits new posts (within a second); nothing else here."""
    _new_topic(session, make_user(), "nephrology", "Calciphylaxis on dialysis, any tips?",
               "Sodium thiosulfate was started.")
    path = app.config["SEARCH_INDEX_PATH"]

    def indexed() -> int:
        if app.config["SETTINGS"].search_backend == "postgres":
            session.rollback()  # a fresh snapshot
            return pg_backend.count(session, "calciphylaxis")
        return whoosh_backend.count(path, "calciphylaxis")

    deadline = _time.monotonic() + 2
    while not indexed() and _time.monotonic() < deadline:
        _time.sleep(0.05)
    assert indexed() == 1


def test_the_postgres_backend_refuses_a_sqlite_database(tmp_path):
    with pytest.raises(SettingsError, match="ROUNDS_SEARCH_BACKEND=postgres"):
        create_app({"instance_path": tmp_path, "secret_key": "x", "search_backend": "postgres",
                    "database_url": f"sqlite:///{tmp_path}/rounds.sqlite3"})
