"""Disclosure renewal by mail (community.mail): 30 days before a disclosure expires, beside
the in-site notice, from the same daily task (moderation.disclosures.tasks), once per
disclosure (the disclosure remembers it was reminded, and the mail is deduplicated)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from community.mail.service import queue_mail, site_url
from community.platform.parsing import zone
from moderation.disclosures.models import Disclosure


def expiring(db: Session, disclosure: Disclosure) -> None:
    member = disclosure.user
    local = disclosure.valid_until.astimezone(zone(member.time_zone))
    expires = f"{local.day} {local:%B %Y}"
    queue_mail(db, kind="disclosure_expiring", to=member,
               subject=f"Your conflict-of-interest disclosure expires on {expires}",
               template="disclosure_expiring",
               context={"expires": expires,
                        "renew": site_url(f"/disclosures/new?renew={disclosure.id}"),
                        "disclosures": site_url("/disclosures")},
               dedupe_key=f"disclosure_expiring:{disclosure.id}")
