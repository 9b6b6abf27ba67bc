"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import tasks as platform_tasks
from realtime.room import events, report_views, tasks, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.register_blueprint(report_views.bp)
    events.init_app(app)
    platform_tasks.register(app, "rounds.live_announce", tasks.live_announce, bind=True)
