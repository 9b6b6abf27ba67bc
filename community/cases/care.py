"""The thirteen CARE items (CARE guidelines, 2013), used as a write-up's sections, in order."""
from __future__ import annotations

from community.platform.i18n import _l, _lp

# key -> (title, what the section holds), lazily translated: each language uses the terms of
# the CARE guidelines' own translation where there is one (and the English item name beside
# a local term where a translation would change its meaning). The titles carry the context
# "CARE item", so a "Title" or "Discussion" elsewhere in Rounds is translated on its own.
SECTIONS: dict[str, tuple[str, str]] = {
    "title": (_lp("CARE item", "Title"),
              _l('The diagnosis or intervention of focus, followed by "case report".')),
    "keywords": (_lp("CARE item", "Keywords"),
                 _l("Two to five keywords, separated by commas.")),
    "abstract": (_lp("CARE item", "Abstract"),
                 _l("Introduction, main symptoms and findings, diagnoses and interventions, "
                    "outcomes, and the main take-away lesson.")),
    "introduction": (_lp("CARE item", "Introduction"),
                     _l("Why this case matters, with references.")),
    "patient_information": (_lp("CARE item", "Patient information"),
                            _l("De-identified demographics, main concerns, medical, family "
                               "and psychosocial history, relevant past interventions.")),
    "clinical_findings": (_lp("CARE item", "Clinical findings"),
                          _l("The relevant physical examination findings.")),
    "timeline": (_lp("CARE item", "Timeline"),
                 _l("The episode of care as relative days (day 0, day 3), never dates.")),
    "diagnostic_assessment": (_lp("CARE item", "Diagnostic assessment"),
                              _l("Diagnostic methods, challenges, reasoning and prognosis.")),
    "therapeutic_intervention": (_lp("CARE item", "Therapeutic intervention"),
                                 _l("Types, administration and changes of intervention.")),
    "follow_up_outcomes": (_lp("CARE item", "Follow-up and outcomes"),
                           _l("Clinician- and patient-assessed outcomes, adherence, adverse "
                              "and unanticipated events.")),
    "discussion": (_lp("CARE item", "Discussion"),
                   _l("Strengths and limitations, the literature, the rationale for "
                      "conclusions and the take-away lessons.")),
    "patient_perspective": (_lp("CARE item", "Patient perspective"),
                            _l("The patient's own view of the care, when they shared it.")),
    "informed_consent": (_lp("CARE item", "Informed consent"),
                         _l("Whether the patient (or guardian) gave informed consent for "
                            "publication, or an ethics board waived it.")),
}
SECTION_KEYS = tuple(SECTIONS)
SECTION_MAX = 20_000  # characters of Markdown per section
