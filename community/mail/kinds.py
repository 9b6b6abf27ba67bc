"""The kinds of mail Rounds sends, each with its own preference (its cadence).

Transactional kinds (account recovery, verification, email change, refusals of a reply by
mail) always go out and have no preference. The others go out at once only when the
member's cadence for the kind is "immediately"; "daily" and "weekly" leave them to the
digests (community/notifications builds them) and "never" stops them.

The `digest` kind is the digest message itself: its cadence says how often the member gets
one (daily, weekly or never); `queue_mail(kind="digest")` refuses only when it is "never"."""
from __future__ import annotations

from dataclasses import dataclass

CADENCES = ("immediately", "daily", "weekly", "never")
CADENCE_LABELS = {"immediately": "Immediately", "daily": "In a daily digest",
                  "weekly": "In a weekly digest", "never": "Never"}


@dataclass(frozen=True)
class MailKind:
    name: str
    label: str
    default_cadence: str
    transactional: bool = False
    digestable: bool = True
    group: str = "Account"


_ALL = (
    MailKind("password_reset", "Password reset", "immediately", True, False),
    MailKind("email_verification", "Email address verification", "immediately", True, False),
    MailKind("email_change_confirm", "Confirming a new email address", "immediately", True,
             False),
    MailKind("email_change_notice", "Notice that your email address changed", "immediately",
             True, False),
    MailKind("mail_refusal", "A reply by email that could not be posted", "immediately", True,
             False),
    MailKind("reply", "Replies to your posts", "immediately", group="Discussions"),
    MailKind("mention", "Mentions of you", "immediately", group="Discussions"),
    MailKind("quote", "Quotes of your posts", "immediately", group="Discussions"),
    MailKind("watched", "New posts in topics and boards you watch", "daily",
             group="Discussions"),
    MailKind("coauthor_invitation", "Invitations to co-author a case write-up", "immediately",
             group="Case write-ups"),
    MailKind("review_invitation", "Invitations to review a case write-up", "immediately",
             group="Case write-ups"),
    MailKind("review_reminder", "Reminders of reviews due", "immediately",
             group="Case write-ups"),
    MailKind("case_decision", "Editors' decisions on your write-ups", "immediately",
             group="Case write-ups"),
    MailKind("session_reminder", "Reminders of sessions you registered for", "immediately",
             group="Live sessions"),
    MailKind("session_changed", "Changes and cancellations of your sessions", "immediately",
             group="Live sessions"),
    MailKind("disclosure_expiring", "Your disclosure about to expire", "immediately",
             group="Credit and disclosures"),
    MailKind("credit_claim_closing", "Credit claim windows about to close", "immediately",
             group="Credit and disclosures"),
    MailKind("certificate_issued", "Certificates issued", "immediately",
             group="Credit and disclosures"),
    MailKind("moderation_outcome", "Moderation outcomes that concern you", "immediately",
             group="Moderation"),
    MailKind("digest", "Summary of what you have not read", "weekly", digestable=False,
             group="Digest"),
)

KINDS: dict[str, MailKind] = {kind.name: kind for kind in _ALL}


def preference_kinds() -> list[MailKind]:
    """The kinds a member chooses a cadence for, in display order."""
    return [kind for kind in _ALL if not kind.transactional]


def cadences_for(kind: MailKind) -> tuple[str, ...]:
    """The digest itself cannot come "immediately"."""
    return tuple(c for c in CADENCES if kind.name != "digest" or c != "immediately")
