"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.notifications import api, tasks, views
from community.platform import api as platform_api
from community.platform import events
from community.platform import tasks as platform_tasks
from community.platform.accounts import erasure


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    platform_tasks.register(app, "rounds.notify_post_created", tasks.notify_post_created)
    platform_tasks.register(app, "rounds.notify_post_liked", tasks.notify_post_liked)
    events.subscribe(app, "post_created", "notifications.post_created",
                     tasks.queue_post_notifications)
    events.subscribe(app, "post_liked", "notifications.post_liked",
                     tasks.queue_like_notification)
    events.subscribe(app, "member_notice", "notifications.member_notice",
                     tasks.deliver_member_notice)
    erasure.erase_on_delete(app, "notifications")  # a deleted account's notifications go
