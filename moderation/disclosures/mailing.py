"""Disclosure renewal by mail (community.mail): 30 days before a disclosure expires, beside
the in-site notice, from the same daily task (moderation.disclosures.tasks), once per
disclosure (the disclosure remembers it was reminded, and the mail is deduplicated)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from community.mail.service import queue_mail, site_url
from community.platform.i18n import _, force_locale, format_date, member_locale
from community.platform.parsing import zone
from moderation.disclosures.models import Disclosure


def expiring(db: Session, disclosure: Disclosure) -> None:
    member = disclosure.user
    # In the member's language and zone (the mail is theirs, whoever sends it).
    with force_locale(member_locale(member.language)):
        expires = format_date(disclosure.valid_until, zone(member.time_zone))
        subject = _("Your conflict-of-interest disclosure expires on %(date)s", date=expires)
    queue_mail(db, kind="disclosure_expiring", to=member,
               subject=subject,
               template="disclosure_expiring",
               context={"expires": expires,
                        "renew": site_url(f"/disclosures/new?renew={disclosure.id}"),
                        "disclosures": site_url("/disclosures")},
               dedupe_key=f"disclosure_expiring:{disclosure.id}")
