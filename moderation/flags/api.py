"""JSON routes of moderation.flags: flag a post, the flags on a post (its board's
moderators), and the member's own posts in review (contract: moderation.flags.schemas)."""
from __future__ import annotations

from flask import url_for

from community.boards import policy as boards_policy
from community.boards import service as boards
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.db import commit, db
from moderation.flags import schemas, service
from moderation.flags.models import PostFlag

bp = api_blueprint("flags_api", __name__)


def flag_json(flag: PostFlag, *, moderator: bool) -> dict:
    """The flagger sees their flag; moderators also see who flagged."""
    body = {"id": flag.id, "post_id": flag.post_id, "reason": flag.reason,
            "message": flag.message, "weight": flag.weight,
            "created_at": flag.created_at, "outcome": flag.outcome}
    if moderator:
        body["flagger"] = flag.flagger.username
    return body


@bp.post("/posts/<id:post_id>/flags")
@operation("Flag a post (once per member); enough flags hide it pending review", tag="flags",
           body=schemas.FlagRequest, status=201, response=schemas.NewFlag, auth=True,
           errors=(403, 409), conflict="Problem")
def flag_post(post_id: int, body: schemas.FlagRequest):
    actor = require_user()
    post = boards.get_post(db.session, actor, post_id)
    flag = service.flag_post(db.session, actor, post, body)
    commit(db.session)
    return Created({**flag_json(flag, moderator=False), "post_hidden": post.is_hidden},
                   url_for(".list_flags", post_id=post.id))


@bp.get("/posts/<id:post_id>/flags")
@operation("The flags on a post (its board's moderators)", tag="flags",
           response=schemas.FlagList, auth=True, errors=(403,))
def list_flags(post_id: int):
    actor = require_user()
    post = boards.get_post(db.session, actor, post_id)
    flags = service.flags_on(db.session, actor, post)
    return {"items": [flag_json(f, moderator=True) for f in flags],
            "score": service.ReviewedPost(post, flags).score, "hidden": post.hidden_reason}


@bp.get("/me/posts-in-review")
@operation("Your queued and flagged posts: waiting, published, kept or removed (with the "
           "reason)", tag="flags", response=schemas.PostsInReview, auth=True)
def my_posts_in_review():
    actor = require_user()
    reviews = service.my_reviews(db.session, actor)
    return {"items": [{
        "post_id": r.item.subject_id, "kind": r.item.kind, "status": r.item.status,
        "topic_id": r.post.topic_id if r.post else None,
        "topic_title": r.post.topic.title if r.post else None,
        "visible_to_you": bool(r.post and boards_policy.can_view_post(api_user(), r.post)),
        "since": r.item.created_at, "decided_at": r.item.resolved_at,
        "reason": r.reason if r.item.status == "rejected" else None,
    } for r in reviews]}
