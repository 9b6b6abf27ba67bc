"""The starter company list: drug and device makers, pharmacy benefit managers and diagnostic
labs selling proprietary tests (ineligible), and organisations that are not (hospitals and
health systems, EHR and software companies, insurers, publishers, non-profits, government).
The definitions are the ACCME Standards for Integrity and Independence's "ineligible
company" (docs/domain.md §1).

`ensure_companies(db)` adds what is missing and never changes a moderator's classification,
so it is safe to run on every start (`rounds serve --demo`, the demo seed)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.platform.db import utcnow
from moderation.disclosures.models import Company, company_key

INELIGIBLE: list[tuple[str, str, str]] = [
    ("Pfizer", "drug_maker", ""),
    ("Novartis", "drug_maker", ""),
    ("Roche", "drug_maker", "F. Hoffmann-La Roche: medicines and diagnostics."),
    ("AstraZeneca", "drug_maker", ""),
    ("Bayer", "drug_maker", ""),
    ("Sanofi", "drug_maker", ""),
    ("GSK", "drug_maker", "GlaxoSmithKline."),
    ("Merck & Co.", "drug_maker", "MSD outside the US and Canada; not Merck KGaA."),
    ("Eli Lilly and Company", "drug_maker", ""),
    ("Bristol Myers Squibb", "drug_maker", ""),
    ("Amgen", "drug_maker", ""),
    ("Gilead Sciences", "drug_maker", ""),
    ("Novo Nordisk", "drug_maker", ""),
    ("Takeda", "drug_maker", ""),
    ("Teva Pharmaceuticals", "drug_maker", ""),
    ("Johnson & Johnson", "drug_maker", "Medicines and medical devices."),
    ("Medtronic", "device_maker", ""),
    ("Abbott", "device_maker", "Devices, diagnostics and nutrition products."),
    ("Boston Scientific", "device_maker", ""),
    ("Siemens Healthineers", "device_maker", "Imaging and diagnostic devices."),
    ("Stryker", "device_maker", ""),
    ("Becton Dickinson", "device_maker", "BD."),
    ("Baxter International", "device_maker", ""),
    ("Edwards Lifesciences", "device_maker", ""),
    ("Intuitive Surgical", "device_maker", ""),
    ("Zimmer Biomet", "device_maker", ""),
    ("CVS Caremark", "pbm", "The pharmacy benefit manager of CVS Health."),
    ("Express Scripts", "pbm", "Pharmacy benefit manager (Evernorth)."),
    ("OptumRx", "pbm", "Pharmacy benefit manager."),
    ("Myriad Genetics", "diagnostic_lab", "Sells proprietary genetic tests."),
    ("Exact Sciences", "diagnostic_lab", "Sells proprietary screening tests."),
    ("Guardant Health", "diagnostic_lab", "Sells proprietary liquid-biopsy tests."),
]

ELIGIBLE: list[tuple[str, str, str]] = [
    ("Mayo Clinic", "hospital", ""),
    ("Cleveland Clinic", "hospital", ""),
    ("Kaiser Permanente", "hospital", "Integrated health system and health plan."),
    ("HCA Healthcare", "hospital", ""),
    ("Epic Systems", "software", "EHR software."),
    ("Oracle Health", "software", "EHR software (formerly Cerner)."),
    ("UnitedHealthcare", "insurer", ""),
    ("Aetna", "insurer", ""),
    ("Blue Cross Blue Shield Association", "insurer", ""),
    ("Elsevier", "publisher", ""),
    ("Springer Nature", "publisher", ""),
    ("Wolters Kluwer", "publisher", ""),
    ("American Heart Association", "nonprofit", ""),
    ("American Medical Association", "nonprofit", ""),
    ("Bill & Melinda Gates Foundation", "nonprofit", ""),
    ("World Health Organization", "government", "Intergovernmental organisation."),
    ("National Institutes of Health", "government", ""),
    ("Centers for Disease Control and Prevention", "government", ""),
    ("NHS England", "government", ""),
]


def ensure_companies(db: Session) -> int:
    """Add the starter companies that are missing; returns how many were added. The caller
    commits. A company already listed keeps whatever moderators decided about it."""
    known = set(db.scalars(select(Company.name_key)))
    now = utcnow()
    added = 0
    for ineligible, rows in ((True, INELIGIBLE), (False, ELIGIBLE)):
        for name, kind, notes in rows:
            if company_key(name) in known:
                continue
            db.add(Company(name=name, name_key=company_key(name), ineligible=ineligible,
                           kind=kind, notes=notes, classified_at=now))
            known.add(company_key(name))
            added += 1
    db.flush()
    return added
