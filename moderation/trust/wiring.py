"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform import events
from community.platform import tasks as platform_tasks
from community.platform.tasks import enqueue
from moderation.trust import api, tasks, views


def init_app(app: Flask) -> None:
    views.init_pages(app)
    platform_api.register(app, api.bp)
    platform_tasks.register(app, "rounds.trust_review_member", tasks.review_member)
    platform_tasks.register(app, "rounds.trust_review_post_author", tasks.review_post_author)
    platform_tasks.register(app, "rounds.trust_review_all", tasks.review_all)
    platform_tasks.schedule(app, "trust-review-all", "rounds.trust_review_all", 3600.0)
    for event in ("post_created", "post_liked"):
        events.subscribe(app, event, f"trust.{event}", tasks.queue_author_review)
    events.subscribe(app, "member_active", "trust.member_active",
                     lambda user_id: enqueue("rounds.trust_review_member", user_id))
