"""How mail plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask
from sqlalchemy import exists, func

from community.mail import api, tasks, views
from community.mail.models import MailRecipient
from community.platform import api as platform_api
from community.platform import events
from community.platform import tasks as platform_tasks
from community.platform.accounts import chrome, erasure
from community.platform.accounts.models import User

SWEEP_SECONDS = 60.0


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    # The stopped-address banner, loaded with the signed-in member in one statement
    # (chrome.py; addresses are kept as service.normalized makes them: trimmed, lower-case).
    chrome.part(app, "mail_stopped", lambda: exists().where(
        MailRecipient.address == func.lower(func.trim(User.email)),
        MailRecipient.stopped_at.is_not(None)))
    platform_api.register(app, api.bp)
    # RFC 8058 one-click unsubscribe: a mail client POSTs with no CSRF token; the signed
    # token in the URL authenticates it. Only this view is exempt.
    app.extensions["csrf"].exempt(views.unsubscribe_post)
    platform_tasks.register(app, "rounds.send_mail", tasks.send_mail, bind=True)
    platform_tasks.register(app, "rounds.mail_sweep", tasks.sweep)
    platform_tasks.schedule(app, "mail-sweep", "rounds.mail_sweep", SWEEP_SECONDS)
    events.subscribe(app, "mail_queued", "mail.send", tasks.queue_send)
    # A deleted account's messages and preferences go with it.
    erasure.erase_on_delete(app, "mail_messages", "recipient_id")
    erasure.erase_on_delete(app, "mail_preferences")
