"""JSON API of the boards domain (routes on the shared /api/v1 blueprint): boards, topics,
posts, revisions, likes, watches, moderation and search. Thin: parse, call the service,
commit, shape the answer; every rule lives in boards.service and boards.policy."""
from __future__ import annotations

from flask import current_app, jsonify, request, url_for

from community.boards import policy, service
from community.boards.models import Topic
from community.boards.serializers import board_json, post_json, revision_json, topic_json
from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.serializers import (
    ID,
    bool_field,
    created,
    no_content,
    only_fields,
    paged,
)
from community.platform.db import commit, db
from community.platform.errors import Forbidden
from community.platform.spaces import service as spaces

bp = api_blueprint("boards_api", __name__)


def _settings():
    return current_app.config["SETTINGS"]


def _posts_json(posts, actor) -> list[dict]:
    liked = service.liked_post_ids(db.session, actor, posts)
    return [post_json(p, actor, liked) for p in posts]


def _topic_detail(topic: Topic, page: object = 1) -> dict:
    """A topic with one page of its posts (what GET /topics/<id> answers)."""
    actor = api_user()
    posts = service.list_posts(db.session, actor, topic, page, _settings().posts_per_page)
    return {**topic_json(topic),
            "posts": {"items": _posts_json(posts.items, actor), "page": posts.page,
                      "per_page": posts.per_page, "total": posts.total, "pages": posts.pages},
            "watching": service.watching(db.session, actor, topic=topic),
            "can_reply": policy.can_reply(actor, topic)}


# ---------------------------------------------------------------- boards and topics


@bp.get("/boards")
def list_boards():
    boards = spaces.list_boards(db.session, api_user())
    return jsonify({"items": [board_json(b) for b in boards]})


@bp.get("/boards/<slug>")
def get_board(slug: str):
    actor = api_user()
    board = spaces.get_board(db.session, actor, slug)
    return jsonify({**board_json(board),
                    "watching": service.watching(db.session, actor, board=board)})


@bp.get("/boards/<slug>/topics")
def list_topics(slug: str):
    actor = api_user()
    board = spaces.get_board(db.session, actor, slug)
    page = service.list_topics(db.session, actor, board, request.args.get("page"),
                               _settings().topics_per_page, request.args.get("tag") or None)
    return paged(page, [topic_json(t) for t in page.items])


@bp.post("/boards/<slug>/topics")
def create_topic(slug: str):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    body = json_body()
    only_fields(body, ("title", "raw", "tags"))
    topic = service.create_topic(db.session, actor, board, body)
    commit(db.session)
    return created(_topic_detail(topic), url_for(".get_topic", topic_id=topic.id))


@bp.get(f"/topics/<{ID}:topic_id>")
def get_topic(topic_id: int):
    topic = service.get_topic(db.session, api_user(), topic_id)
    return jsonify(_topic_detail(topic, request.args.get("page")))


@bp.post(f"/topics/<{ID}:topic_id>/posts")
def reply(topic_id: int):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    body = json_body()
    only_fields(body, ("raw", "reply_to"))
    post = service.reply(db.session, actor, topic, body)
    commit(db.session)
    return created(_posts_json([post], actor)[0], url_for(".get_post", post_id=post.id))


@bp.patch(f"/topics/<{ID}:topic_id>")
def moderate_topic(topic_id: int):
    """Pin, lock or move a topic (moderators); all changes or none."""
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    body = json_body()
    if not policy.can_moderate(actor, topic.board):
        # Checked here too, so that even an empty change is refused to members.
        raise Forbidden("Only moderators can do this.")
    only_fields(body, ("pinned", "locked", "board"))
    pinned, locked = bool_field(body, "pinned"), bool_field(body, "locked")
    if pinned is not None:
        service.set_pinned(db.session, actor, topic, pinned)
    if locked is not None:
        service.set_locked(db.session, actor, topic, locked)
    if "board" in body:
        service.move_topic(db.session, actor, topic, body["board"])
    commit(db.session)
    return jsonify(topic_json(topic))


@bp.delete(f"/topics/<{ID}:topic_id>")
def delete_topic(topic_id: int):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    service.delete_topic(db.session, actor, topic, True)
    commit(db.session)
    return no_content()


@bp.post(f"/topics/<{ID}:topic_id>/restore")
def restore_topic(topic_id: int):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    service.delete_topic(db.session, actor, topic, False)
    commit(db.session)
    return jsonify(topic_json(topic))


# ---------------------------------------------------------------- posts and revisions


def _post(post_id: int):
    return service.get_post(db.session, api_user(), post_id)


@bp.get(f"/posts/<{ID}:post_id>")
def get_post(post_id: int):
    return jsonify(_posts_json([_post(post_id)], api_user())[0])


@bp.patch(f"/posts/<{ID}:post_id>")
def edit_post(post_id: int):
    """Save a new revision based on `base_revision`; a stale base is a 409 carrying the
    current text and a diff, never an overwrite."""
    actor = require_user()
    post = _post(post_id)
    body = json_body()
    only_fields(body, ("raw", "base_revision", "reason", "title"))
    service.edit_post(db.session, actor, post, body)
    commit(db.session)
    return jsonify(_posts_json([post], actor)[0])


@bp.delete(f"/posts/<{ID}:post_id>")
def delete_post(post_id: int):
    actor = require_user()
    service.delete_post(db.session, actor, _post(post_id), True)
    commit(db.session)
    return no_content()


@bp.post(f"/posts/<{ID}:post_id>/restore")
def restore_post(post_id: int):
    actor = require_user()
    post = service.delete_post(db.session, actor, _post(post_id), False)
    commit(db.session)
    return jsonify(_posts_json([post], actor)[0])


@bp.get(f"/posts/<{ID}:post_id>/quote")
def quote_post(post_id: int):
    return jsonify({"markdown": service.quote(db.session, api_user(), _post(post_id))})


@bp.get(f"/posts/<{ID}:post_id>/revisions")
def list_revisions(post_id: int):
    revisions = service.revisions(db.session, api_user(), _post(post_id))
    return jsonify({"items": [revision_json(r) for r in revisions]})


@bp.get(f"/posts/<{ID}:post_id>/revisions/diff")
def diff_revisions(post_id: int):
    diff = service.revision_diff(db.session, api_user(), _post(post_id),
                                 request.args.get("from"), request.args.get("to"))
    return jsonify({"from": revision_json(diff["from"]), "to": revision_json(diff["to"]),
                    "hidden": diff["hidden"], "lines": diff["lines"],
                    "unified": diff["unified"]})


@bp.post(f"/posts/<{ID}:post_id>/revisions/<{ID}:number>/hide")
def hide_revision(post_id: int, number: int):
    actor = require_user()
    post = _post(post_id)
    body = json_body()
    only_fields(body, ("reason",))
    revision = service.hide_revision(db.session, actor, post, number, body.get("reason"))
    commit(db.session)
    return jsonify(revision_json(revision))


# ---------------------------------------------------------------- likes and watches


def _like(post_id: int, liked: bool):
    actor = require_user()
    post = service.set_like(db.session, actor, _post(post_id), liked)
    commit(db.session)
    return jsonify({"liked": liked, "like_count": post.like_count})


@bp.put(f"/posts/<{ID}:post_id>/like")
def like_post(post_id: int):
    return _like(post_id, True)


@bp.delete(f"/posts/<{ID}:post_id>/like")
def unlike_post(post_id: int):
    return _like(post_id, False)


def _watch(watched: bool, **target):
    service.set_watch(db.session, require_user(), watched, **target)
    commit(db.session)
    return jsonify({"watching": watched})


@bp.put("/boards/<slug>/watch")
def watch_board(slug: str):
    return _watch(True, board=spaces.get_board(db.session, require_user(), slug))


@bp.delete("/boards/<slug>/watch")
def unwatch_board(slug: str):
    return _watch(False, board=spaces.get_board(db.session, require_user(), slug))


@bp.put(f"/topics/<{ID}:topic_id>/watch")
def watch_topic(topic_id: int):
    return _watch(True, topic=service.get_topic(db.session, require_user(), topic_id))


@bp.delete(f"/topics/<{ID}:topic_id>/watch")
def unwatch_topic(topic_id: int):
    return _watch(False, topic=service.get_topic(db.session, require_user(), topic_id))
