"""The specialty boards every Rounds starts with."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.platform.spaces.models import Board

# (slug, name, description)
SPECIALTIES: list[tuple[str, str, str]] = [
    ("cardiology", "Cardiology", "Heart and vascular disease: ECGs, echo, heart failure, arrhythmias."),
    ("emergency-medicine", "Emergency Medicine", "Resuscitation, triage and the undifferentiated patient."),
    ("internal-medicine", "Internal Medicine", "Diagnostic puzzles and the care of adults with many conditions."),
    ("paediatrics", "Paediatrics", "Children and adolescents, from neonates to transition of care."),
    ("infectious-diseases", "Infectious Diseases", "Infections, antimicrobial stewardship and travel medicine."),
    ("oncology", "Oncology", "Cancer care, tumour boards and supportive care."),
    ("neurology", "Neurology", "Stroke, epilepsy, movement disorders and neuromuscular disease."),
    ("psychiatry", "Psychiatry", "Mental health across the lifespan."),
    ("surgery", "Surgery", "General and specialist surgery, perioperative care."),
    ("radiology", "Radiology", "Imaging interpretation and image-guided procedures."),
    ("critical-care", "Critical Care", "The intensive care unit: ventilation, shock, organ support."),
    ("family-medicine", "Family Medicine", "Primary care for patients and families in the community."),
    ("obstetrics-gynaecology", "Obstetrics and Gynaecology", "Pregnancy, childbirth and women's health."),
    ("dermatology", "Dermatology", "Skin, hair and nails."),
    ("nephrology", "Nephrology", "Kidney disease, dialysis and transplantation."),
    ("endocrinology", "Endocrinology", "Diabetes, thyroid and other hormonal disorders."),
    ("gastroenterology", "Gastroenterology", "Gut and liver disease, endoscopy."),
    ("pulmonology", "Pulmonology", "Lung disease, sleep and respiratory physiology."),
    ("rheumatology", "Rheumatology", "Autoimmune and musculoskeletal disease."),
    ("nursing", "Nursing", "Nursing practice, patient safety and care coordination."),
    ("pharmacy", "Pharmacy", "Medicines, interactions, dosing and pharmacotherapy."),
    ("medical-education", "Medical Education", "Teaching, assessment and learning in medicine."),
]


def ensure_default_boards(db: Session) -> int:
    """Create the specialty boards that are missing; idempotent. Returns how many it added."""
    existing = set(db.scalars(select(Board.slug)))
    added = 0
    for position, (slug, name, description) in enumerate(SPECIALTIES):
        if slug not in existing:
            db.add(Board(slug=slug, name=name, description=description, position=position))
            added += 1
    db.flush()
    return added
