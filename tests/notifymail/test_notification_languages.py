"""Notifications in the reader's language (issue 17): the notifications page says who did
what in the viewer's language at display time — a mention, and a notice stored by another
part of Rounds (a moderation outcome) — with `<html lang>` right and none of the page's
English left; the API's notice text follows the reader too."""
from __future__ import annotations

import pytest

from community.notifications.models import Notification
from tests.support import flags as support
from tests.support.flags import new_topic, reply
from tests.support.web import login

api = support.api  # the fixture

# language → (the mention's sentence, the hidden-post notice, the page's button)
SHOWN = {
    "en": ("mentioned you in", "was hidden after members flagged it", "Mark read"),
    "es": ("lo mencionó en", "Su publicación se ocultó después de que otros miembros la denunciaran",
           "Marcar como leído"),
    "pt-BR": ("mencionou você em", "Sua publicação foi ocultada depois que membros a denunciaram",
              "Marcar como lida"),
    "fr": ("vous a mentionné dans", "Votre message a été masqué après des signalements",
           "Marquer comme lu"),
    "ar": ("أشار إليك", "أُخفيت مشاركتك بعد أن أبلغ عنها أعضاء", "تعليم كمقروء"),
}
STORED = "Your post #2 in “Chest pain” was hidden after members flagged it; a moderator will review it."
ENGLISH = ("Mark all as read", "Mark read", "Unread:", "mentioned you in", STORED)


@pytest.mark.parametrize("language", list(SHOWN))
def test_the_notifications_page_speaks_the_viewers_language(language, api, app, client,
                                                            session, make_user, token_for):
    member = make_user(language=language)
    author = make_user(language="en", display_name="Dr Rui Tanaka")
    topic = new_topic(api, token_for(author))
    reply(api, token_for(author), topic["id"], f"Your view, @{member.username}?")
    # A notice another part of Rounds stored in English when it happened.
    session.add(Notification(user_id=member.id, kind="post_hidden", message=STORED,
                             link="/moderation/my-posts#item-1"))
    session.commit()
    login(client, member)
    page = client.get("/notifications").get_data(as_text=True)
    mention, notice, button = SHOWN[language]
    assert f'<html lang="{language}"' in page
    assert ('dir="rtl"' in page) == (language == "ar")
    assert mention in page and "Dr Rui Tanaka" in page and topic["title"] in page
    assert notice in page and button in page
    if language != "en":
        for english in ENGLISH:
            assert english not in page, (language, english)
    # The API gives the notice's text in the reader's language too.
    items = client.get("/api/v1/notifications").get_json()["items"]
    [hidden] = [i for i in items if i["kind"] == "post_hidden"]
    assert notice in hidden["message"]
