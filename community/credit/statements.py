"""The official statements beside a translation (docs/domain.md §2, issue 17).

Accreditation and designation statements — and "AMA PRA Category 1 Credit™" in them — keep
the accreditor's English wording wherever they are shown: that wording is what the accreditor
requires verbatim. Learners reading Rounds in another language get a translation *beside* the
English statement, for information only. The statements are the credit office's configuration
(community/credit/defaults.py writes the first ones): a statement the office has rewritten has
no translation here, and is shown in English alone.
"""
from __future__ import annotations

from flask_babel import get_locale

from community.credit import defaults
from community.platform.i18n import DEFAULT, _, format_number

_DESIGNATIONS = {t["key"]: t["designation_statement"] for t in defaults.CREDIT_TYPES}


def _translated_designation(key: str, credits: str) -> str:
    """The translation of a default designation statement (the keys of defaults.py)."""
    if key == "ama_pra_1":
        return _("The accredited provider designates this activity for a maximum of %(credits)s "
                 "AMA PRA Category 1 Credit(s)™. Physicians should claim only the credit "
                 "commensurate with the extent of their participation in the activity.",
                 credits=credits)
    if key == "nursing":
        return _("This activity provides %(credits)s nursing contact hour(s).", credits=credits)
    if key == "acpe":
        return _("This knowledge-based activity provides %(credits)s contact hour(s) of ACPE "
                 "credit, reported to CPE Monitor with the learner's NABP e-Profile ID and "
                 "birth month and day.", credits=credits)
    if key == "aapa_1":
        return _("This activity is designated for %(credits)s AAPA Category 1 CME credit(s). "
                 "PAs should only claim credit commensurate with the extent of their "
                 "participation.", credits=credits)
    if key == "participation":
        return _("This certifies participation in an activity designated for a maximum of "
                 "%(credits)s AMA PRA Category 1 Credit(s)™ for physicians.", credits=credits)
    return ""


def official_amount(credits: float) -> str:
    """The amount as the English statement writes it: 1.0, 1.5, 1.25."""
    return f"{credits:.2f}".removesuffix("0")


def designation(statement: str, key: str, credits: float,
                amount: str | None = None) -> tuple[str, str]:
    """(the official English statement with its amount — `amount` as written there, 1.0 by
    default — and a translation or "")."""
    official = statement.replace("{credits}", amount or official_amount(credits))
    if str(get_locale() or DEFAULT) == DEFAULT or _DESIGNATIONS.get(key) != statement:
        return official, ""
    shown = format_number(credits, 2 if credits * 4 % 2 else 1)
    return official, _translated_designation(key, shown)


def accreditation(statement: str) -> tuple[str, str]:
    """(the provider's accreditation statement, a translation or "")."""
    if str(get_locale() or DEFAULT) == DEFAULT \
            or statement != defaults.PROVIDER["accreditation_statement"]:
        return statement, ""
    return statement, _(
        "This activity has been planned and implemented in accordance with the accreditation "
        "requirements and policies of the accrediting body through the joint providership of "
        "the accredited provider named here. Replace this text with your provider's "
        "accreditation statement.")


def credit_name(name: str) -> str:
    """A credit type's name as shown: the default names that are descriptions (not an
    accreditor's credit name such as "AMA PRA Category 1 Credit™", which stays as it is) in
    the reader's language; a name the office wrote stays as written."""
    if name == "Nursing contact hours":  # i18n: ignore
        return _("Nursing contact hours")
    if name == "ACPE pharmacy credit":  # i18n: ignore
        return _("ACPE pharmacy credit")
    if name == "Certificate of participation":  # i18n: ignore
        return _("Certificate of participation")
    return name


def generated_text(text: str) -> str:
    """The title and objective Rounds itself gives a manuscript review's activity (service.py)
    in the reader's language; any other title or objective is the writer's and stays as is."""
    if text == "Manuscript review of a case write-up":  # i18n: ignore
        return _("Manuscript review of a case write-up")
    if text == "Appraise a case write-up against the CARE guidelines":  # i18n: ignore
        return _("Appraise a case write-up against the CARE guidelines")
    return text
