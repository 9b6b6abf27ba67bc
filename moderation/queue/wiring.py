"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from community.platform import api as platform_api
from community.platform import pagecache
from community.platform.accounts import chrome
from community.platform.accounts.models import User
from community.platform.spaces.models import BoardModerator
from moderation.audit import parties
from moderation.audit import views as audit_views
from moderation.queue import api, service, views
from moderation.queue.models import QueueItem


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    platform_api.register(app, api.bp)
    # The audit log hides the parties of an entry's item as the item's content's rule says.
    parties.register_item_lookup(app, service.item_about)
    # The audit page names the queue's actions by their kinds' and actions' labels.
    audit_views.register_action_label(app, views.audit_action_label)
    # The counts of the queue page and the header badge are kept until an item changes.
    pagecache.watch(app, QueueItem, lambda item: ["queue"], bulk=["queue"])
    # Whether the header shows the queue asks for the member's board appointments: counted
    # with the signed-in member in one statement (chrome.py); no query for those with none.
    chrome.part(app, "moderated_boards", lambda: select(func.count()).where(
        BoardModerator.user_id == User.id).scalar_subquery(), empty="board_moderations")
