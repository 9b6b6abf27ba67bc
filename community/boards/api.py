"""JSON API of the boards: boards, topics, posts, revisions, likes, watches and moderation.
Thin: each route declares its contract (community.boards.schemas), calls the service and
commits; every rule lives in boards.service and boards.policy."""
from __future__ import annotations

from flask import current_app, url_for

from community.boards import composer, policy, schemas, service
from community.boards.models import Post, Topic
from community.boards.serializers import board_json, post_json, revision_json, topic_json
from community.platform import idempotency
from community.platform.api import Created, Paged, api_blueprint, api_user, operation, require_user
from community.platform.db import commit, db
from community.platform.errors import Forbidden
from community.platform.i18n import _
from community.platform.spaces import service as spaces

bp = api_blueprint("boards_api", __name__)


def _settings():
    return current_app.config["SETTINGS"]


def _posts_json(posts: list[Post], actor) -> list[dict]:
    liked = service.liked_post_ids(db.session, actor, posts)
    return [post_json(p, actor, liked) for p in posts]


def _topic_detail(topic: Topic, page: int = 1) -> dict:
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
@operation("The boards you may read", tag="boards", response=schemas.BoardList)
def list_boards():
    return {"items": [board_json(b) for b in spaces.list_boards(db.session, api_user())]}


@bp.get("/boards/<slug>")
@operation("One board", tag="boards", response=schemas.BoardDetail, errors=(403,))
def get_board(slug: str):
    actor = api_user()
    board = spaces.get_board(db.session, actor, slug)
    return {**board_json(board), "watching": service.watching(db.session, actor, board=board)}


@bp.get("/boards/<slug>/topics")
@operation("Topics of a board, pinned first", tag="boards", query=schemas.TopicListQuery,
           response=schemas.TopicPage, errors=(403,))
def list_topics(slug: str, query: schemas.TopicListQuery):
    actor = api_user()
    board = spaces.get_board(db.session, actor, slug)
    page = service.list_topics(db.session, actor, board, query.page,
                               _settings().topics_per_page, query.tag)
    return Paged(page, [topic_json(t) for t in page.items])


@bp.post("/boards/<slug>/topics")
@idempotency.idempotent(api_user)  # an Idempotency-Key header makes a retry safe
@operation("Start a topic", tag="boards", body=schemas.NewTopic, status=201,
           response=schemas.TopicDetail, auth=True, errors=(403, 429))
def create_topic(slug: str, body: schemas.NewTopic):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    topic = service.create_topic(db.session, actor, board, body)
    commit(db.session)
    return Created(_topic_detail(topic), url_for(".get_topic", topic_id=topic.id))


@bp.get("/topics/<id:topic_id>")
@operation("A topic with one page of its posts", tag="topics", query=schemas.PageQuery,
           response=schemas.TopicDetail, errors=(403,))
def get_topic(topic_id: int, query: schemas.PageQuery):
    topic = service.get_topic(db.session, api_user(), topic_id)
    return _topic_detail(topic, query.page)


@bp.post("/topics/<id:topic_id>/posts")
@idempotency.idempotent(api_user)  # an Idempotency-Key header makes a retry safe
@operation("Reply to a topic", tag="topics", body=schemas.NewReply, status=201,
           response=schemas.Post, auth=True, errors=(403, 429))
def reply(topic_id: int, body: schemas.NewReply):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    post = service.reply(db.session, actor, topic, body)
    commit(db.session)
    return Created(_posts_json([post], actor)[0], url_for(".get_post", post_id=post.id))


@bp.patch("/topics/<id:topic_id>")
@operation("Pin, lock or move a topic (moderators); all changes or none", tag="topics",
           body=schemas.TopicModeration, response=schemas.Topic, auth=True, errors=(403,))
def moderate_topic(topic_id: int, body: schemas.TopicModeration):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    if not policy.can_moderate(actor, topic.board):
        # Checked here too, so that even an empty change is refused to members.
        raise Forbidden(_("Only moderators can do this."))
    if body.pinned is not None:
        service.set_pinned(db.session, actor, topic, body.pinned)
    if body.locked is not None:
        service.set_locked(db.session, actor, topic, body.locked)
    if body.board is not None:
        service.move_topic(db.session, actor, topic, body.board)
    commit(db.session)
    return topic_json(topic)


@bp.delete("/topics/<id:topic_id>")
@operation("Delete a topic, restorably (moderators)", tag="topics", status=204, auth=True,
           errors=(403,))
def delete_topic(topic_id: int):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    service.delete_topic(db.session, actor, topic, True)
    commit(db.session)


@bp.post("/topics/<id:topic_id>/restore")
@operation("Restore a deleted topic (moderators)", tag="topics", response=schemas.Topic,
           auth=True, errors=(403,))
def restore_topic(topic_id: int):
    actor = require_user()
    topic = service.get_topic(db.session, actor, topic_id)
    service.delete_topic(db.session, actor, topic, False)
    commit(db.session)
    return topic_json(topic)


# ---------------------------------------------------------------- posts and revisions


def _post(post_id: int) -> Post:
    return service.get_post(db.session, api_user(), post_id)


@bp.get("/posts/<id:post_id>")
@operation("One post", tag="posts", response=schemas.Post, errors=(403,))
def get_post(post_id: int):
    return _posts_json([_post(post_id)], api_user())[0]


@bp.patch("/posts/<id:post_id>")
@operation("Edit a post based on a revision", tag="posts", body=schemas.PostEdit,
           response=schemas.Post, auth=True, errors=(403, 409),
           description="Save a new revision based on `base_revision`; a stale base is a "
                       "409 carrying the current text and a diff, never an overwrite.")
def edit_post(post_id: int, body: schemas.PostEdit):
    actor = require_user()
    post = _post(post_id)
    service.edit_post(db.session, actor, post, body)
    commit(db.session)
    return _posts_json([post], actor)[0]


@bp.delete("/posts/<id:post_id>")
@operation("Delete a reply, restorably", tag="posts", status=204, auth=True, errors=(403,))
def delete_post(post_id: int):
    actor = require_user()
    service.delete_post(db.session, actor, _post(post_id), True)
    commit(db.session)


@bp.post("/posts/<id:post_id>/restore")
@operation("Restore a deleted post (moderators)", tag="posts", response=schemas.Post,
           auth=True, errors=(403,))
def restore_post(post_id: int):
    actor = require_user()
    post = service.delete_post(db.session, actor, _post(post_id), False)
    commit(db.session)
    return _posts_json([post], actor)[0]


@bp.get("/posts/<id:post_id>/quote")
@operation("Markdown quoting the post, to start a reply", tag="posts",
           response=schemas.Quote, errors=(403,))
def quote_post(post_id: int):
    return {"markdown": service.quote(db.session, api_user(), _post(post_id))}


@bp.get("/posts/<id:post_id>/revisions")
@operation("Every revision of a post", tag="posts", response=schemas.RevisionList,
           errors=(403,))
def list_revisions(post_id: int):
    revisions = service.revisions(db.session, api_user(), _post(post_id))
    return {"items": [revision_json(r) for r in revisions]}


@bp.get("/posts/<id:post_id>/revisions/diff")
@operation("A line diff between two revisions", tag="posts",
           query=schemas.RevisionDiffQuery, response=schemas.RevisionDiff, errors=(403,))
def diff_revisions(post_id: int, query: schemas.RevisionDiffQuery):
    diff = service.revision_diff(db.session, api_user(), _post(post_id), query.from_,
                                 query.to)
    return {"from": revision_json(diff["from"]), "to": revision_json(diff["to"]),
            "hidden": diff["hidden"], "lines": diff["lines"], "unified": diff["unified"]}


@bp.post("/posts/<id:post_id>/revisions/<id:number>/hide")
@operation("Hide a past revision's text, keeping its record (moderators)", tag="posts",
           body=schemas.HideRevision, response=schemas.Revision, auth=True, errors=(403,))
def hide_revision(post_id: int, number: int, body: schemas.HideRevision):
    actor = require_user()
    revision = service.hide_revision(db.session, actor, _post(post_id), number, body)
    commit(db.session)
    return revision_json(revision)


# ---------------------------------------------------------------- likes and watches


def _like(post_id: int, liked: bool) -> dict:
    actor = require_user()
    post = service.set_like(db.session, actor, _post(post_id), liked)
    commit(db.session)
    return {"liked": liked, "like_count": post.like_count}


@bp.put("/posts/<id:post_id>/like")
@operation("Like a post (idempotent)", tag="posts", response=schemas.Like, auth=True,
           errors=(403,))
def like_post(post_id: int):
    return _like(post_id, True)


@bp.delete("/posts/<id:post_id>/like")
@operation("Withdraw a like (idempotent)", tag="posts", response=schemas.Like, auth=True,
           errors=(403,))
def unlike_post(post_id: int):
    return _like(post_id, False)


def _watch(watched: bool, **target) -> dict:
    service.set_watch(db.session, require_user(), watched, **target)
    commit(db.session)
    return {"watching": watched}


@bp.put("/boards/<slug>/watch")
@operation("Watch a board (idempotent)", tag="boards", response=schemas.Watching, auth=True,
           errors=(403,))
def watch_board(slug: str):
    return _watch(True, board=spaces.get_board(db.session, require_user(), slug))


@bp.delete("/boards/<slug>/watch")
@operation("Stop watching a board (idempotent)", tag="boards", response=schemas.Watching,
           auth=True, errors=(403,))
def unwatch_board(slug: str):
    return _watch(False, board=spaces.get_board(db.session, require_user(), slug))


@bp.put("/topics/<id:topic_id>/watch")
@operation("Watch a topic (idempotent)", tag="topics", response=schemas.Watching, auth=True,
           errors=(403,))
def watch_topic(topic_id: int):
    return _watch(True, topic=service.get_topic(db.session, require_user(), topic_id))


@bp.delete("/topics/<id:topic_id>/watch")
@operation("Stop watching a topic (idempotent)", tag="topics", response=schemas.Watching,
           auth=True, errors=(403,))
def unwatch_topic(topic_id: int):
    return _watch(False, topic=service.get_topic(db.session, require_user(), topic_id))


# ---------------------------------------------------------------- the composer


@bp.post("/preview")
@operation("Render Markdown as a post would show it (the composer's preview)", tag="posts",
           body=schemas.ComposerPreviewRequest, response=schemas.ComposerPreview, auth=True,
           errors=(429,), description="Nothing is saved. Rendered by the server, sanitized "
                                      "and with @mentions of members linked, exactly as the "
                                      "post will be; rate-limited (`preview`).")
def preview_post(body: schemas.ComposerPreviewRequest):
    return {"html": composer.preview(db.session, require_user(), body.raw)}


@bp.get("/mentions")
@operation("Members whose username starts with the text typed after @ (at most 8)",
           tag="posts", query=schemas.MentionQuery, response=schemas.MentionSuggestionList,
           auth=True, errors=(429,), description="What the members' profiles show: username, "
                                                 "display name and credentials; never "
                                                 "deleted or suspended accounts.")
def mention_suggestions(query: schemas.MentionQuery):
    users = composer.mention_suggestions(db.session, require_user(), query.q)
    return {"items": [{"username": u.username, "display_name": u.display_name,
                       "credentials": u.credentials} for u in users]}
