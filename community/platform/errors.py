"""Domain errors. Services raise them; views turn them into form errors or flash messages,
the API into RFC 9457 problem details with the status given here."""
from __future__ import annotations

from typing import Any

# Not community.platform.i18n: it imports parsing, which imports these errors (a cycle).
from flask_babel import lazy_gettext as _l


class DomainError(Exception):
    status = 400
    slug = "bad-request"
    title = _l("The request could not be carried out")
    # A refusal that must not undo what was done before it (a submission refused for
    # disclosures still files the role requests moderators must review): the caller's
    # unit of work commits instead of rolling back (community.platform.db.undo).
    keep_work = False

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra

    def keeping_work(self) -> DomainError:
        self.keep_work = True
        return self


class ValidationError(DomainError):
    """Bad input; `errors` maps each field to its messages."""

    status = 422
    slug = "validation-failed"
    title = _l("Some fields need attention")

    def __init__(self, errors: dict[str, list[str]] | str, detail: str | None = None) -> None:
        if isinstance(errors, str):
            errors = {"_": [errors]}
        self.errors = errors
        message = detail or "; ".join(f"{k}: {' '.join(v)}" if k != "_" else " ".join(v)
                                      for k, v in errors.items())
        super().__init__(message, errors=errors)


class NotAuthenticated(DomainError):
    status = 401
    slug = "not-authenticated"
    title = _l("Sign in required")


class Forbidden(DomainError):
    status = 403
    slug = "forbidden"
    title = _l("Not allowed")


class NotFound(DomainError):
    status = 404
    slug = "not-found"
    title = _l("Not found")


class Conflict(DomainError):
    status = 409
    slug = "conflict"
    title = _l("Conflict")


class EditConflict(Conflict):
    """A save based on a stale revision: carries the current text and a diff to merge."""

    slug = "edit-conflict"
    title = _l("The post changed since you started editing")


class RateLimited(DomainError):
    status = 429
    slug = "rate-limited"
    title = _l("Too many requests")

    def __init__(self, detail: str, retry_after: int) -> None:
        super().__init__(detail, retry_after=retry_after)
        self.retry_after = max(1, int(retry_after))


class ServiceUnavailable(Exception):
    """A service behind Rounds (the task broker, the Socket.IO message queue) is away.
    Never shown to members: whatever needed it waits in the outbox and is retried."""


def check(errors: dict[str, list[str]]) -> None:
    """Raise one ValidationError carrying every field's messages at once."""
    errors = {k: v for k, v in errors.items() if v}
    if errors:
        raise ValidationError(errors)
