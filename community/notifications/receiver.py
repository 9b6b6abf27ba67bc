"""`rounds mail receive`: a small SMTP listener (aiosmtpd) for replies by email.

Point the MX (or a relay's transport) for the reply domain at it. It accepts mail to reply
addresses of this site only (anything else: 550, so it is no open relay), refuses messages
far over the size limit in the SMTP dialogue (552), and hands every message to
`incoming.receive` — the same function the endpoint POST /api/v1/mail/incoming calls — in a
unit of work of its own. A failure of ours answers 451, so the sending server tries again
later (a message handled before is recognised by its Message-ID)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from flask import Flask

from community.notifications import incoming
from community.platform.db import task_session

log = logging.getLogger(__name__)


class ReplyHandler:
    """aiosmtpd handler: RCPT checks the address, DATA hands the message over."""

    def __init__(self, app: Flask) -> None:
        self.app = app

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        with self.app.app_context():
            if not incoming.is_reply_address(address):
                return "550 5.1.1 No such mailbox here (only reply addresses)"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        loop = asyncio.get_running_loop()
        try:
            received = await loop.run_in_executor(None, self._receive, bytes(content),
                                                  list(envelope.rcpt_tos))
        except Exception:  # ours: let the sender try again
            log.exception("could not handle an incoming message")
            return "451 4.3.0 Could not handle the message now; try again later"
        log.info("incoming mail from %s: %s %s", envelope.mail_from, received.outcome,
                 received.reason)
        return "250 OK"

    def _receive(self, content: bytes, recipients: list[str]) -> incoming.Received:
        with self.app.app_context(), task_session() as session:
            return incoming.receive(session, content, recipients)


class ReplyListener(Controller):
    """The listener on host:port, in a thread of its own (start() / stop())."""

    def __init__(self, app: Flask, host: str = "127.0.0.1", port: int = 2525,
                 **options: Any) -> None:
        # The size limit is checked by `receive` (which answers the member); the SMTP
        # dialogue refuses only what is far beyond it.
        limit = app.config["SETTINGS"].mail_incoming_max_bytes * 4
        super().__init__(ReplyHandler(app), hostname=host, port=port,
                         data_size_limit=limit, **options)
