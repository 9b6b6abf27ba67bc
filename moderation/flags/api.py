"""JSON routes of moderation.flags (added to community.api's blueprint): flag a post, the flags
on a post (its board's moderators), and the member's own posts in review."""
from __future__ import annotations

from flask import jsonify, url_for

from community.boards import policy as boards_policy
from community.boards import service as boards
from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import (
    ID,
    created,
    object_schema,
    only_fields,
    ref,
    time_json,
)
from community.platform.db import commit, db
from moderation.flags import service
from moderation.flags.models import OUTCOMES, REASONS, PostFlag

bp = api_blueprint("flags_api", __name__)

STR, NSTR = {"type": "string"}, {"type": ["string", "null"]}
INT, NINT, BOOL = {"type": "integer"}, {"type": ["integer", "null"]}, {"type": "boolean"}
TIME, NTIME = ({"type": "string", "format": "date-time"},
               {"type": ["string", "null"], "format": "date-time"})


def flag_json(flag: PostFlag, *, moderator: bool) -> dict:
    """The flagger sees their flag; moderators also see who flagged."""
    body = {"id": flag.id, "post_id": flag.post_id, "reason": flag.reason,
            "message": flag.message, "weight": flag.weight,
            "created_at": time_json(flag.created_at), "outcome": flag.outcome}
    if moderator:
        body["flagger"] = flag.flagger.username
    return body


@bp.post(f"/posts/<{ID}:post_id>/flags")
def flag_post(post_id: int):
    actor = require_user()
    post = boards.get_post(db.session, actor, post_id)
    body = json_body()
    only_fields(body, ("reason", "message"))
    flag = service.flag_post(db.session, actor, post, body)
    commit(db.session)
    return created({**flag_json(flag, moderator=False), "post_hidden": post.is_hidden},
                   url_for(".list_flags", post_id=post.id))


@bp.get(f"/posts/<{ID}:post_id>/flags")
def list_flags(post_id: int):
    actor = require_user()
    post = boards.get_post(db.session, actor, post_id)
    flags = service.flags_on(db.session, actor, post)
    return jsonify({"items": [flag_json(f, moderator=True) for f in flags],
                    "score": service.ReviewedPost(post, flags).score,
                    "hidden": post.hidden_reason})


@bp.get("/me/posts-in-review")
def my_posts_in_review():
    actor = require_user()
    reviews = service.my_reviews(db.session, actor)
    return jsonify({"items": [{
        "post_id": r.item.subject_id, "kind": r.item.kind, "status": r.item.status,
        "topic_id": r.post.topic_id if r.post else None,
        "topic_title": r.post.topic.title if r.post else None,
        "visible_to_you": bool(r.post and boards_policy.can_view_post(api_user(), r.post)),
        "since": time_json(r.item.created_at), "decided_at": time_json(r.item.resolved_at),
        "reason": r.reason if r.item.status == "rejected" else None,
    } for r in reviews]})


_FLAG = {"id": INT, "post_id": INT, "reason": {"enum": list(REASONS)}, "message": STR,
         "weight": {"type": "number"}, "created_at": TIME,
         "outcome": {"enum": [*OUTCOMES, None]}}

extend_openapi([
    op("post", "/posts/{post_id}/flags",
       "Flag a post (once per member); enough flags hide it pending review", "flags", 201,
       "NewFlag", body="FlagRequest", auth=True, errors=(403, 409), conflict="Problem"),
    op("get", "/posts/{post_id}/flags", "The flags on a post (its board's moderators)",
       "flags", schema="FlagList", auth=True, errors=(403,)),
    op("get", "/me/posts-in-review",
       "Your queued and flagged posts: waiting, published, kept or removed (with the reason)",
       "flags", schema="PostsInReview", auth=True),
], schemas={
    "Flag": object_schema({**_FLAG, "flagger": STR}, optional=["flagger"]),
    "NewFlag": object_schema({**_FLAG, "post_hidden": {
        "type": "boolean", "description": "whether the post is now hidden pending review"}}),
    "FlagList": object_schema({"items": {"type": "array", "items": ref("Flag")},
                      "score": {"type": "number", "description": "sum of the open flags"},
                      "hidden": {"enum": ["queued", "flagged", None]}}),
    "PostsInReview": object_schema({"items": {"type": "array", "items": object_schema({
        "post_id": INT, "kind": {"enum": ["queued_post", "flagged_post"]},
        "status": {"enum": ["pending", "approved", "rejected", "ignored"]},
        "topic_id": NINT, "topic_title": NSTR, "visible_to_you": BOOL, "since": TIME,
        "decided_at": NTIME, "reason": {"type": ["string", "null"],
                                        "description": "the moderator's reason for a removal"},
    })}}),
}, request_schemas={
    "FlagRequest": {"type": "object", "additionalProperties": False, "required": ["reason"],
                    "properties": {
                        "reason": {"enum": list(REASONS)},
                        "message": {"type": "string", "maxLength": service.MESSAGE_MAX,
                                    "description": "required when the reason is 'other'"}}},
})
