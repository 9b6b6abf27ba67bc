"""The kinds of mail Rounds sends, each with its own preference (its cadence).

Transactional kinds (account recovery, verification, email change, refusals of a reply by
mail) always go out and have no preference. The others go out at once only when the
member's cadence for the kind is "immediately"; "daily" and "weekly" leave them to the
digests (community/notifications builds them) and "never" stops them.

The `digest` kind is the digest message itself: its cadence says how often the member gets
one (daily, weekly or never); `queue_mail(kind="digest")` refuses only when it is "never"."""
from __future__ import annotations

from dataclasses import dataclass

from community.platform.i18n import _l

CADENCES = ("immediately", "daily", "weekly", "never")
CADENCE_LABELS = {"immediately": _l("Immediately"), "daily": _l("In a daily digest"),
                  "weekly": _l("In a weekly digest"), "never": _l("Never")}


@dataclass(frozen=True)
class MailKind:
    name: str
    label: object  # a lazy string: shown in the reader's language
    default_cadence: str
    transactional: bool = False
    digestable: bool = True
    group: object = _l("Account")


_ALL = (
    MailKind("password_reset", _l("Password reset"), "immediately", True, False),
    MailKind("email_verification", _l("Email address verification"), "immediately", True, False),
    MailKind("email_change_confirm", _l("Confirming a new email address"), "immediately", True,
             False),
    MailKind("email_change_notice", _l("Notice that your email address changed"), "immediately",
             True, False),
    MailKind("mail_refusal", _l("A reply by email that could not be posted"), "immediately", True,
             False),
    MailKind("reply", _l("Replies to your posts"), "immediately", group=_l("Discussions")),
    MailKind("mention", _l("Mentions of you"), "immediately", group=_l("Discussions")),
    MailKind("quote", _l("Quotes of your posts"), "immediately", group=_l("Discussions")),
    MailKind("watched", _l("New posts in topics and boards you watch"), "daily",
             group=_l("Discussions")),
    MailKind("coauthor_invitation", _l("Invitations to co-author a case write-up"), "immediately",
             group=_l("Case write-ups")),
    MailKind("review_invitation", _l("Invitations to review a case write-up"), "immediately",
             group=_l("Case write-ups")),
    MailKind("review_reminder", _l("Reminders of reviews due"), "immediately",
             group=_l("Case write-ups")),
    MailKind("case_decision", _l("Editors' decisions on your write-ups"), "immediately",
             group=_l("Case write-ups")),
    MailKind("session_reminder", _l("Reminders of sessions you registered for"), "immediately",
             group=_l("Live sessions")),
    MailKind("session_changed", _l("Changes and cancellations of your sessions"), "immediately",
             group=_l("Live sessions")),
    MailKind("disclosure_expiring", _l("Your disclosure about to expire"), "immediately",
             group=_l("Credit and disclosures")),
    MailKind("credit_claim_closing", _l("Credit claim windows about to close"), "immediately",
             group=_l("Credit and disclosures")),
    MailKind("certificate_issued", _l("Certificates issued"), "immediately",
             group=_l("Credit and disclosures")),
    MailKind("moderation_outcome", _l("Moderation outcomes that concern you"), "immediately",
             group=_l("Moderation")),
    MailKind("digest", _l("Summary of what you have not read"), "weekly", digestable=False,
             group=_l("Digest")),
)

KINDS: dict[str, MailKind] = {kind.name: kind for kind in _ALL}


def preference_kinds() -> list[MailKind]:
    """The kinds a member chooses a cadence for, in display order."""
    return [kind for kind in _ALL if not kind.transactional]


def cadences_for(kind: MailKind) -> tuple[str, ...]:
    """The digest itself cannot come "immediately"."""
    return tuple(c for c in CADENCES if kind.name != "digest" or c != "immediately")
