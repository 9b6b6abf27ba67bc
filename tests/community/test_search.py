"""Search: the index follows posts through creation, edits, deletion and moves, and never
shows a post its reader may not see."""
from __future__ import annotations

from sqlalchemy import select

from community.boards import service
from community.platform.db import commit
from community.platform.spaces.models import Board
from community.search import service as search


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
    import pytest

    from community.platform.errors import ValidationError

    with pytest.raises(ValidationError):
        search.search(session, index, None, {"q": ""})
    with pytest.raises(ValidationError):
        search.search(session, index, None, "x" * 201)
