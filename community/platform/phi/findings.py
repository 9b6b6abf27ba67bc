"""What the PHI scan reports: the Safe Harbor categories, their labels in the reader's language,
and a Finding (read by the rules, the model and the code that shows findings)."""
from __future__ import annotations

from dataclasses import asdict, dataclass

from community.platform.i18n import _l

# category -> (Safe Harbor identifier number, label). One category per identifier; places
# (identifier 2) are split into addresses, places and postal codes, dates (3) into dates
# and ages, because authors fix them differently.
CATEGORIES: dict[str, tuple[int, str]] = {
    "name": (1, "Name"),
    "address": (2, "Street address"),
    "place": (2, "Place smaller than a state"),
    "zip": (2, "ZIP or postal code"),
    "date": (3, "Date (other than the year)"),
    "age": (3, "Age over 89"),
    "phone": (4, "Telephone number"),
    "fax": (5, "Fax number"),
    "email": (6, "Email address"),
    "ssn": (7, "Social Security number"),
    "mrn": (8, "Medical record number"),
    "health_plan": (9, "Health plan beneficiary number"),
    "account": (10, "Account number"),
    "licence": (11, "Certificate or licence number"),
    "vehicle": (12, "Vehicle identifier or licence plate"),
    "device": (13, "Device identifier or serial number"),
    "url": (14, "Web address (URL)"),
    "ip": (15, "IP address"),
    "other_id": (18, "Other unique identifying number"),
}
# Identifiers 16 (biometrics) and 17 (full-face photographs) are not text: images are
# checked where they are uploaded.

# The same labels in the reader's language (CATEGORIES keeps the English ones for logs and
# the moderators' summaries): Finding.label and category_label() give these.
LABELS = {
    "name": _l("Name"),
    "address": _l("Street address"),
    "place": _l("Place smaller than a state"),
    "zip": _l("ZIP or postal code"),
    "date": _l("Date (other than the year)"),
    "age": _l("Age over 89"),
    "phone": _l("Telephone number"),
    "fax": _l("Fax number"),
    "email": _l("Email address"),
    "ssn": _l("Social Security number"),
    "mrn": _l("Medical record number"),
    "health_plan": _l("Health plan beneficiary number"),
    "account": _l("Account number"),
    "licence": _l("Certificate or licence number"),
    "vehicle": _l("Vehicle identifier or licence plate"),
    "device": _l("Device identifier or serial number"),
    "url": _l("Web address (URL)"),
    "ip": _l("IP address"),
    "other_id": _l("Other unique identifying number"),
}


def category_label(category: str) -> str:
    """A Safe Harbor category's label in the reader's language."""
    label = LABELS.get(category)
    return str(label) if label is not None else category


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    start: int
    end: int
    text: str
    confidence: float
    why: str

    @property
    def label(self) -> str:
        return category_label(self.category)

    @property
    def identifier(self) -> int:
        """Its number in the Safe Harbor list (1-18)."""
        return CATEGORIES[self.category][0]

    def as_dict(self) -> dict:
        return {**asdict(self), "label": self.label, "identifier": self.identifier}
