"""Posts stay in the language they were written in (issue 17): each records its language
when saved (and again when an edit changes it), the topic page marks the body with `lang` and
labels a post written in another language than the page's, and search stems a post as its
own language, so a Spanish reader's "torácica" finds a post that says "torácicos". A
write-up (its draft and its published pages) and a session's chat and questions in its
transcript are marked and labelled the same way."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select, update

from community.boards import service
from community.boards.models import Post, Topic
from community.platform import language
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.language import detect
from community.platform.spaces.models import Board
from community.search import service as search
from tests.support import review as review_support
from tests.support.services import TEST_DATABASE_URL
from tests.support.sessions import LiveSocket
from tests.support.web import login

SPANISH = ("Paciente de 54 años que acude por dolores torácicos opresivos y elevación del ST "
           "en la cara inferior; se realizó una coronariografía urgente.")
ENGLISH = "A 54-year-old man presented with chest pain and ST elevation in the inferior leads."


@pytest.mark.parametrize(("text", "language"), [
    (ENGLISH, "en"), (SPANISH, "es"),
    ("Mulher de 40 anos com febre há três dias e tosse produtiva, não respondeu.", "pt"),
    ("Patiente de 82 ans présentant une dyspnée avec des crépitants aux deux bases.", "fr"),
    ("مريض يبلغ من العمر 54 عامًا يعاني من ألم في الصدر", "ar"),
    ("ECG attached", "und"), ("👍", "und"), ("", "und"),
    # Code, links and quoted posts are not the member's prose.
    ("> A 54-year-old man presented with chest pain and elevation\n\nGracias, muy útil para "
     "el servicio de urgencias de nuestro hospital.", "es"),
])
def test_the_language_is_told_from_the_prose(text, language):
    assert detect(text) == language


def _topic(session, author, raw, title="Dolor torácico con elevación del ST"):
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    topic = service.create_topic(session, session.merge(author), board,
                                 {"title": title, "raw": raw, "tags": []})
    commit(session)
    return topic


def test_a_post_records_its_language_and_an_edit_in_another_records_it_anew(
        app, session, make_user):
    author = make_user()
    topic = _topic(session, author, SPANISH)
    post = session.scalar(select(Post).where(Post.topic_id == topic.id))
    assert post.language == "es"
    service.edit_post(session, session.merge(author), post,
                      {"raw": ENGLISH, "base_revision": post.revision})
    commit(session)
    session.refresh(post)
    assert post.language == "en"


def test_a_topics_title_is_marked_in_its_opening_posts_language_wherever_it_is_listed(
        app, session, client, make_user):
    author = make_user()
    topic = _topic(session, author, SPANISH)
    assert topic.language == "es"
    board = session.get(Board, topic.board_id)
    for url in (f"/t/{topic.id}", f"/b/{board.slug}", "/"):
        html = client.get(url).get_data(as_text=True)
        assert f'lang="es" dir="ltr">{topic.title}<' in html, url
    # The opening post rewritten in English: the title is read as English from then on.
    post = session.scalar(select(Post).where(Post.topic_id == topic.id))
    service.edit_post(session, session.merge(author), post,
                      {"raw": ENGLISH, "base_revision": post.revision})
    commit(session)
    html = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert f'<h1 lang="en" dir="ltr">{topic.title}</h1>' in html


def test_the_topic_page_marks_and_labels_a_post_in_another_language(app, session, client,
                                                                   make_user):
    topic = _topic(session, make_user(), SPANISH)
    english_page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert '<div class="body" lang="es"' in english_page
    assert 'class="badge lang-tag" lang="es">Español<' in english_page  # written in another language
    spanish_page = client.get(f"/t/{topic.id}", headers={"Accept-Language": "es"})
    html = spanish_page.get_data(as_text=True)
    assert '<html lang="es"' in html and '<div class="body" lang="es"' in html
    assert 'lang="es">Español<' not in html  # the page's own language needs no label


def _label(language: str, name: str) -> str:
    return f'class="badge lang-tag" lang="{language}">{name}<'


def test_a_write_up_is_marked_and_labelled_in_its_language_draft_and_published(
        app, session, client, make_user):
    team = review_support.make_team(make_user)
    draft = review_support.draft(session, team)
    session.execute(update(User).where(User.id == team.author.id).values(language="es"))
    session.commit()
    author = app.test_client()
    login(author, team.author)
    page = author.get(f"/cases/{draft}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and '<html lang="es"' in html
    assert 'lang="en"' in html and _label("en", "English") in html  # written in English
    case_id = review_support.published(session, team)
    stable = re.search(rf"/cases/{case_id}/v\d+", client.get(f"/cases/{case_id}").get_data(
        as_text=True)).group(0)  # the version's own URL
    for url in (f"/cases/{case_id}", stable):
        spanish = client.get(url, headers={"Accept-Language": "es"}).get_data(as_text=True)
        assert '<div class="body" dir="auto" lang="en">' in spanish, url
        assert _label("en", "English") in spanish, url
        english = client.get(url).get_data(as_text=True)
        assert '<div class="body" dir="auto" lang="en">' in english
        assert "lang-tag" not in english  # the page's own language needs no label


def test_the_transcript_marks_and_labels_chat_and_questions_in_their_languages(
        app, session, open_room, token_for):
    room = open_room(members=1)
    host = LiveSocket(app, token_for(room.host), room.live.id)
    member = LiveSocket(app, token_for(room.members[0]), room.live.id)
    try:
        assert host.call("join")["ok"] and host.call("start")["ok"]
        assert member.call("join")["ok"]
        assert member.call("chat", body=SPANISH)["ok"]
        assert member.call("chat", body=ENGLISH)["ok"]
        assert member.call("question_ask", body="Patiente de 82 ans présentant une dyspnée "
                                                "avec des crépitants aux deux bases ?")["ok"]
    finally:
        member.close()
        host.close()
    reader = app.test_client()
    login(reader, room.members[0])
    html = reader.get(f"/sessions/{room.live.id}/transcript").get_data(as_text=True)
    assert '<div class="cooked body" lang="es" dir="ltr">' in html
    assert '<div class="cooked body" lang="fr" dir="ltr">' in html
    assert '<div class="cooked body" lang="en" dir="ltr">' in html
    assert _label("es", "Español") in html and _label("fr", "Français") in html
    assert _label("en", "English") not in html  # the page is in English


BACKENDS = ["whoosh", *(["postgres"] if TEST_DATABASE_URL.startswith("postgresql") else [])]


@pytest.fixture(params=BACKENDS)
def app_config(request, app_config):
    return {**app_config, "search_backend": request.param}


def test_search_stems_a_post_as_its_own_language(app, session, client, make_user):
    _topic(session, make_user(), SPANISH)
    _topic(session, make_user(), ENGLISH, title="Inferior STEMI in a young smoker")
    # "torácica" and "torácicos" share a Spanish stem ("torac"), not an English one.
    found = client.get("/api/v1/search", query_string={"q": "torácica"},
                       headers={"Accept-Language": "es"}).get_json()
    assert found["total"] == 1, found
    assert found["items"][0]["topic"]["title"].startswith("Dolor torácico")
    # English words are still stemmed as English for everyone.
    index = app.config["SEARCH_INDEX_PATH"]
    _hits, total = search.search(session, index, None, {"q": "presenting"})
    assert total == 1


def test_posts_written_before_languages_were_recorded_are_labelled_by_the_upgrade(
        app, session, make_user):
    topic = _topic(session, make_user(), SPANISH)
    session.execute(update(Post).where(Post.topic_id == topic.id).values(language="und"))
    session.execute(update(Topic).where(Topic.id == topic.id).values(language="und"))
    session.commit()
    # What community/migrate.upgrade runs after passing revision 0018 on a database with rows.
    with session.get_bind().connect() as connection:
        assert language.backfill(connection) >= 1
        connection.commit()
        assert language.backfill(connection) == 0  # idempotent: nothing left to tell
    session.expire_all()
    assert session.scalar(select(Post.language).where(Post.topic_id == topic.id)) == "es"
    assert session.scalar(select(Topic.language).where(Topic.id == topic.id)) == "es"
