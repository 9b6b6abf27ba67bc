"""Images load only from Rounds itself (issue 16): a remote image in Markdown becomes a link
("🖼 image: host/path"), so no reader's browser fetches a tracker; Rounds' own case images
and static files still show; the CSP allows `img-src 'self' data:` only; what was cooked
before the rule is rewritten by `rounds markup unhook-images` (unhook_stored_images)."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.boards.models import Post
from community.models import Base
from community.platform.markup import (
    IMAGE_LINK_PREFIX,
    LINK_REL,
    cook,
    has_remote_image,
    unhook_remote_images,
    unhook_stored_images,
)
from community.platform.security import CONTENT_SECURITY_POLICY
from tests.support.api import PREFIX
from tests.support.web import login


def test_a_remote_image_becomes_a_link():
    html = cook("Look: ![pixel](https://tracker.example/pixel.png?who=me)")
    assert "<img" not in html
    link = re.search(r"<a ([^>]*)>([^<]*)</a>", html)
    assert link and link.group(2) == f"{IMAGE_LINK_PREFIX}tracker.example/pixel.png"
    assert 'href="https://tracker.example/pixel.png?who=me"' in link.group(1)
    assert f'rel="{LINK_REL}"' in link.group(1) and 'title="pixel"' in link.group(1)
    for raw in ("![](http://insecure.example/a.png)", "![x](//cdn.example/a.png)",
                "![x](/logout)", "![x](relative.png)", "![x](/cases/1/images/2/../../../x)",
                "![x](https://evil.example/cases/1/images/2)", "![x](/static/../secret)"):
        assert "<img" not in cook(raw), raw
        assert IMAGE_LINK_PREFIX in cook(raw), raw


def test_rounds_own_images_still_show():
    for src in ("/cases/12/images/34", "/api/v1/cases/12/images/34/file", "/static/logo.svg"):
        html = cook(f"![scan]({src})")
        assert f'<img src="{src}" alt="scan">' in html, html
        assert not has_remote_image(html)


def test_hostile_sources_never_become_link_targets():
    for src in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>",
                "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)", "java\tscript:x",
                "&#106;avascript:alert(1)", "data:image/svg+xml,<svg onload=alert(1)>"):
        html = cook(f"![x]({src}) [y]({src})")
        hrefs = re.findall(r'(?:href|src)="([^"]*)"', html)
        assert all(h.startswith(("http://", "https://", "/")) for h in hrefs), (src, html)
        assert "<img" not in html and "script:" not in "".join(hrefs).lower(), (src, html)
    # A remote image inside a link shows as the link's text: links do not nest.
    html = cook("[![x](https://e.example/i.png)](https://e.example/)")
    assert html.count("<a ") == 1 and "<img" not in html and IMAGE_LINK_PREFIX in html


def test_the_content_security_policy_loads_images_from_rounds_only(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "img-src 'self' data:;" in policy + ";"
    assert re.search(r"img-src [^;]*(https:|http:|\*)", policy) is None
    assert policy == CONTENT_SECURITY_POLICY


def test_a_post_with_a_remote_image_shows_a_link_on_its_page_and_in_the_api(
        app, client, make_user, token_for):
    member = make_user()
    token = token_for(member)
    topic = client.post(f"{PREFIX}/boards/cardiology/topics",
                        headers={"Authorization": f"Bearer {token}"},
                        json={"title": "ECG with a remote picture", "tags": ["ecg"],
                              "raw": "![ecg](https://tracker.example/pixel.png) and "
                                     "![scan](/cases/1/images/2)"}).get_json()
    cooked = topic["posts"]["items"][0]["cooked"]
    assert not re.search(r"<img[^>]*tracker", cooked)
    assert f"{IMAGE_LINK_PREFIX}tracker.example/pixel.png</a>" in cooked
    assert '<img src="/cases/1/images/2" alt="scan">' in cooked
    login(client, member)
    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert '<img src="https://tracker.example' not in page
    assert f"{IMAGE_LINK_PREFIX}tracker.example/pixel.png" in page


def test_html_cooked_before_the_rule_is_rewritten_once(app, session, make_user, token_for,
                                                       client):
    token = token_for(make_user())
    topic = client.post(f"{PREFIX}/boards/cardiology/topics",
                        headers={"Authorization": f"Bearer {token}"},
                        json={"title": "An old post with an image", "tags": ["ecg"],
                              "raw": "Old."}).get_json()
    old = ('<p><img src="https://tracker.example/p.png" alt="p"> and '
           '<img src="/cases/1/images/2" alt=""> <strong>kept</strong></p>')
    session.rollback()
    post = session.scalar(select(Post).where(Post.topic_id == topic["id"]))
    post.cooked = old
    session.commit()
    assert has_remote_image(old)
    assert unhook_stored_images(session, Base.metadata) == 1
    session.commit()
    session.refresh(post)
    assert post.cooked == unhook_remote_images(old)
    assert '<img src="/cases/1/images/2" alt="">' in post.cooked
    assert "<strong>kept</strong>" in post.cooked and IMAGE_LINK_PREFIX in post.cooked
    assert not has_remote_image(post.cooked)
    assert unhook_stored_images(session, Base.metadata) == 0  # idempotent
