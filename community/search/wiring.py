"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.platform import api as platform_api
from community.platform import events
from community.platform import tasks as platform_tasks
from community.platform.config import SettingsError
from community.search import api, tasks, views


def init_app(app: Flask) -> None:
    if app.config["SETTINGS"].search_backend == "postgres" and \
            not str(app.config["DATABASE_URL"]).startswith("postgresql"):
        raise SettingsError("ROUNDS_SEARCH_BACKEND=postgres searches the database: "
                            "ROUNDS_DATABASE_URL must be a PostgreSQL database")
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    # Whoosh has one writer per index: its tasks go to their own queue, one consumer.
    platform_tasks.register(app, "rounds.index_post", tasks.index_post, queue="search")
    platform_tasks.register(app, "rounds.index_topic", tasks.index_topic, queue="search")
    platform_tasks.register(app, "rounds.index_item", tasks.index_item, queue="search")
    tasks.install(app)  # the batcher of index writes (batch.py)
    for event in ("post_created", "post_edited", "post_visibility_changed"):
        events.subscribe(app, event, f"search.{event}", tasks.queue_post)
    events.subscribe(app, "topic_changed", "search.topic_changed", tasks.queue_topic)
    # Published write-ups and sessions open to members (the `kind` filter).
    for event in ("case_changed", "case_saved"):
        events.subscribe(app, event, f"search.{event}", tasks.queue_case)
    events.subscribe(app, "session_changed", "search.session_changed", tasks.queue_session)
