"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask

from community.boards import api, policy, views
from community.platform import api as platform_api
from community.platform.accounts import erasure


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    app.jinja_env.globals["boards_policy"] = policy
    erasure.erase_on_delete(app, "watches")  # a deleted account watches nothing
