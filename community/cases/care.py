"""The thirteen CARE items (CARE guidelines, 2013), used as a write-up's sections, in order."""
from __future__ import annotations

# key -> (title, what the section holds)
SECTIONS: dict[str, tuple[str, str]] = {
    "title": ("Title", 'The diagnosis or intervention of focus, followed by "case report".'),
    "keywords": ("Keywords", "Two to five keywords, separated by commas."),
    "abstract": ("Abstract", "Introduction, main symptoms and findings, diagnoses and "
                             "interventions, outcomes, and the main take-away lesson."),
    "introduction": ("Introduction", "Why this case matters, with references."),
    "patient_information": ("Patient information",
                            "De-identified demographics, main concerns, medical, family and "
                            "psychosocial history, relevant past interventions."),
    "clinical_findings": ("Clinical findings", "The relevant physical examination findings."),
    "timeline": ("Timeline", "The episode of care as relative days (day 0, day 3), never "
                             "dates."),
    "diagnostic_assessment": ("Diagnostic assessment",
                              "Diagnostic methods, challenges, reasoning and prognosis."),
    "therapeutic_intervention": ("Therapeutic intervention",
                                 "Types, administration and changes of intervention."),
    "follow_up_outcomes": ("Follow-up and outcomes",
                           "Clinician- and patient-assessed outcomes, adherence, adverse "
                           "and unanticipated events."),
    "discussion": ("Discussion", "Strengths and limitations, the literature, the rationale "
                                 "for conclusions and the take-away lessons."),
    "patient_perspective": ("Patient perspective",
                            "The patient's own view of the care, when they shared it."),
    "informed_consent": ("Informed consent",
                         "Whether the patient (or guardian) gave informed consent for "
                         "publication, or an ethics board waived it."),
}
SECTION_KEYS = tuple(SECTIONS)
SECTION_MAX = 20_000  # characters of Markdown per section
