"""The PHI scan the site runs: the rules (scanner.py) with the statistical model (model.py).

The rules find what has a shape or a keyword; the model adds identifiers in phrasings no rule
expects (bench/README.md, "Eleventh round" and "Twelfth round"), except where the rules know
the span is something else (scanner.known_not_identifier: a code, a measured number, an
eponym, a department, a cited reference), and removes a weak name or place of the rules' only
where it is all but certain there is none ("Bethesda" of a reporting system)."""
from __future__ import annotations

from community.platform.phi.model import combine
from community.platform.phi.scanner import Finding, known_not_identifier
from community.platform.phi.scanner import scan as scan_rules


def scan(text: str, section: str | None = None) -> list[Finding]:
    """Every identifier found in `text`, in order, without overlaps. `section` is the CARE
    section key the text is from, when it is one (None: anywhere, nothing is allowed)."""
    found = scan_rules(text, section)
    return combine(text, found, veto=lambda t, f: known_not_identifier(t, f, section))
