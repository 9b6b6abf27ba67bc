"""@mentions link to the member's profile; quotes notify "quoted you", never "mentioned you"
(issue 15, defect 8; issue 13, "In the site")."""
from __future__ import annotations

from sqlalchemy import select

from community.boards import service
from community.boards.models import Post
from community.notifications.models import Notification
from community.platform.db import commit
from community.platform.markup import cook, mentioned_usernames, quote_markdown, quoted_posts
from community.platform.spaces.models import Board


def _topic(session, author, raw="A 54-year-old with chest pain."):
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    topic = service.create_topic(session, session.merge(author), board,
                                 {"title": "Chest pain with normal troponin", "raw": raw})
    commit(session)
    return topic


def _kinds(session, post_id):
    return {(n.user_id, n.kind) for n in session.scalars(
        select(Notification).where(Notification.post_id == post_id))}


def test_cook_links_known_members_only_outside_quotes_code_and_links():
    raw = ("Ask @Chen_Li and @nobody, `@chen_li` and [@chen_li](https://example.org)\n\n"
           "```\n@chen_li\n```\n\n> **@amina** wrote in post #2:\n>\n> cc @chen_li\n")
    html = cook(raw, {"chen_li": "Chen_Li", "amina": "amina"})
    assert html.count('class="mention"') == 1
    assert '<a href="/u/Chen_Li" class="mention" rel="nofollow noopener ugc">@Chen_Li</a>' in html
    assert "@nobody" in html and 'href="/u/nobody"' not in html
    assert 'href="/u/amina"' not in html  # a quote header names, it does not mention
    assert cook("hi @chen_li") == "<p>hi @chen_li</p>\n"  # no lookup given: plain text


def test_mentioned_and_quoted_names_are_told_apart():
    raw = quote_markdown("amina", 3, "See @bruno's ECG") + "Agree, @chen. `@dan`\n"
    assert mentioned_usernames(raw) == ["chen"]
    assert quoted_posts(raw) == [("amina", 3)]
    nested = quote_markdown("bruno", 4, quote_markdown("amina", 3, "x") + "y")
    assert quoted_posts(nested) == [("bruno", 4)]  # the quote inside was bruno's


def test_mentions_in_posts_link_to_profiles_and_the_page_shows_them(session, client,
                                                                    make_user):
    author, chen = make_user(username="amina"), make_user(username="Chen")
    topic = _topic(session, author, raw="Thoughts, @chen? And @ghost?")
    post = session.scalar(select(Post).where(Post.topic_id == topic.id))
    assert '<a href="/u/Chen" class="mention"' in post.cooked
    assert "@ghost" in post.cooked and "/u/ghost" not in post.cooked
    assert client.get(f"/u/{chen.username}").status_code == 200
    page = client.get(f"/t/{topic.id}")
    assert page.status_code == 200
    assert '<a href="/u/Chen" class="mention"' in page.get_data(as_text=True)


def test_a_quote_notifies_quoted_you_not_a_mention(session, make_user):
    amina, bruno, chen = (make_user(username=n) for n in ("amina", "bruno", "chen"))
    topic = _topic(session, amina)
    first = session.scalar(select(Post).where(Post.topic_id == topic.id))
    quoting = service.reply(session, session.merge(bruno), topic,
                            {"raw": service.quote(session, session.merge(bruno), first)
                             + "I'd add a CT, @chen."})
    commit(session)
    kinds = _kinds(session, quoting.id)
    assert (amina.id, "quote") in kinds
    assert (chen.id, "mention") in kinds
    assert not any(kind == "mention" and uid == amina.id for uid, kind in kinds)
    # One notification per member and post: amina watches the topic too (she started it).
    assert len([1 for uid, _ in kinds if uid == amina.id]) == 1


def test_a_forged_quote_header_notifies_nobody(session, make_user):
    amina, bruno = make_user(username="amina"), make_user(username="bruno")
    chen = make_user(username="chen")
    topic = _topic(session, amina)
    # Post #1 is amina's: a header claiming chen wrote it quotes nobody.
    forged = service.reply(session, session.merge(bruno), topic,
                           {"raw": "> **@chen** wrote in post #1:\n>\n> words\n\nreally"})
    commit(session)
    assert not any(uid == chen.id for uid, _ in _kinds(session, forged.id))


def test_mention_in_a_quote_or_code_is_no_mention(session, make_user):
    amina, bruno, chen = (make_user(username=n) for n in ("amina", "bruno", "chen"))
    topic = _topic(session, amina)
    post = service.reply(session, session.merge(bruno), topic,
                         {"raw": "> someone said @chen was right\n\n`@chen`"})
    commit(session)
    assert not any(uid == chen.id for uid, _ in _kinds(session, post.id))
