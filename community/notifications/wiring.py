"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.notifications import api, live, service, tasks, views
from community.platform import api as platform_api
from community.platform import events
from community.platform import tasks as platform_tasks
from community.platform.accounts import chrome, erasure


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    # The header's unread count, loaded with the signed-in member in one statement.
    chrome.part(app, "unread_notifications", service.unread_count_expression)
    platform_api.register(app, api.bp)
    platform_tasks.register(app, "rounds.notify_post_created", tasks.notify_post_created)
    platform_tasks.register(app, "rounds.notify_post_liked", tasks.notify_post_liked)
    # Digests by mail: hourly, each member's goes out after 07:00 in their time zone.
    platform_tasks.register(app, tasks.DIGEST_DAILY_TASK, tasks.mail_digest_daily)
    platform_tasks.register(app, tasks.DIGEST_WEEKLY_TASK, tasks.mail_digest_weekly)
    platform_tasks.schedule(app, "mail-digest-daily", tasks.DIGEST_DAILY_TASK, 3600.0)
    platform_tasks.schedule(app, "mail-digest-weekly", tasks.DIGEST_WEEKLY_TASK, 3600.0)
    events.subscribe(app, "post_created", "notifications.post_created",
                     tasks.queue_post_notifications)
    events.subscribe(app, "post_liked", "notifications.post_liked",
                     tasks.queue_like_notification)
    events.subscribe(app, "member_notice", "notifications.member_notice",
                     tasks.deliver_member_notice)
    erasure.erase_on_delete(app, "notifications")  # a deleted account's notifications go
    erasure.erase_on_delete(app, "incoming_mail")  # and the record of their mail
    live.init_app(app)  # the header badge over Socket.IO (/notifications)
    erasure.erase_on_delete(app, "notification_digests")
