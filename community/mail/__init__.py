"""Outgoing mail: messages written in the caller's transaction (an outbox row of their own),
sent after the commit by the Celery task `rounds.send_mail` through SMTP or, with no server
configured, written to instance/mail/<id>.eml; per-kind preferences, one-click unsubscribe,
bounce counting per address."""
