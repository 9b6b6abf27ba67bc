"""The thirteen CARE items (CARE guidelines, 2013), used as a write-up's sections, in order."""
from __future__ import annotations

from flask_babel import lazy_pgettext as pgettext

from community.platform.i18n import _l

# key -> (title, what the section holds), lazily translated: each language uses the terms of
# the CARE guidelines' own translation where there is one (and the English item name beside
# a local term where a translation would change its meaning). The titles carry the context
# "CARE item", so a "Title" or "Discussion" elsewhere in Rounds is translated on its own.
# (`pgettext` here is Flask-Babel's lazy_pgettext, named so that extraction reads the context.)
SECTIONS: dict[str, tuple[str, str]] = {
    "title": (pgettext("CARE item", "Title"),
              _l('The diagnosis or intervention of focus, followed by "case report".')),
    "keywords": (pgettext("CARE item", "Keywords"),
                 _l("Two to five keywords, separated by commas.")),
    "abstract": (pgettext("CARE item", "Abstract"),
                 _l("Introduction, main symptoms and findings, diagnoses and interventions, "
                    "outcomes, and the main take-away lesson.")),
    "introduction": (pgettext("CARE item", "Introduction"),
                     _l("Why this case matters, with references.")),
    "patient_information": (pgettext("CARE item", "Patient information"),
                            _l("De-identified demographics, main concerns, medical, family "
                               "and psychosocial history, relevant past interventions.")),
    "clinical_findings": (pgettext("CARE item", "Clinical findings"),
                          _l("The relevant physical examination findings.")),
    "timeline": (pgettext("CARE item", "Timeline"),
                 _l("The episode of care as relative days (day 0, day 3), never dates.")),
    "diagnostic_assessment": (pgettext("CARE item", "Diagnostic assessment"),
                              _l("Diagnostic methods, challenges, reasoning and prognosis.")),
    "therapeutic_intervention": (pgettext("CARE item", "Therapeutic intervention"),
                                 _l("Types, administration and changes of intervention.")),
    "follow_up_outcomes": (pgettext("CARE item", "Follow-up and outcomes"),
                           _l("Clinician- and patient-assessed outcomes, adherence, adverse "
                              "and unanticipated events.")),
    "discussion": (pgettext("CARE item", "Discussion"),
                   _l("Strengths and limitations, the literature, the rationale for "
                      "conclusions and the take-away lessons.")),
    "patient_perspective": (pgettext("CARE item", "Patient perspective"),
                            _l("The patient's own view of the care, when they shared it.")),
    "informed_consent": (pgettext("CARE item", "Informed consent"),
                         _l("Whether the patient (or guardian) gave informed consent for "
                            "publication, or an ethics board waived it.")),
}
SECTION_KEYS = tuple(SECTIONS)
SECTION_MAX = 20_000  # characters of Markdown per section
