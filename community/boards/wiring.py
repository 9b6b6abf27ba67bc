"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.boards import api, policy, views
from community.boards.models import Post, Topic
from community.platform import api as platform_api
from community.platform import pagecache
from community.platform.accounts import erasure


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    app.jinja_env.globals["boards_policy"] = policy
    erasure.erase_on_delete(app, "watches")  # a deleted account watches nothing
    # What invalidates the cached pages (platform/pagecache.py): a post changes its topic's
    # pages; a topic its own and the board listings (a moved one, its old board's too).
    pagecache.watch(app, Post, lambda post: [f"topic:{post.topic_id}"])
    pagecache.watch(app, Topic, lambda topic: [f"topic:{topic.id}", "topics"])
