"""PHI scanner: HIPAA Safe Harbor, 45 CFR 164.514(b)(2) identifiers in free text.

    from community.platform.phi import scan
    for finding in scan(text):
        finding.category, finding.start, finding.end, finding.text, finding.why

The categories, their labels and Finding load at once; the scanner's patterns, its lists and
the statistical model (~0.4 s of compiling and ~0.5 s of loading) only at the first scan, so
that a process which never scans (a worker, a command) never pays for them.
"""
from __future__ import annotations

from community.platform.phi.findings import CATEGORIES, Finding, category_label

__all__ = ["CATEGORIES", "Finding", "category_label", "scan"]


def scan(text: str, section: str | None = None) -> list[Finding]:
    """Every identifier found in `text`, in order, without overlaps (the rules, then the
    statistical model: combined.py). `section` is the CARE section key the text is from, when
    it is one (None: anywhere, nothing is allowed)."""
    from community.platform.phi.combined import scan as scan_combined

    return scan_combined(text, section)
