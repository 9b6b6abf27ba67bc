"""PHI scanner: HIPAA Safe Harbor, 45 CFR 164.514(b)(2) identifiers in free text.

    from community.platform.phi import scan
    for finding in scan(text):
        finding.category, finding.start, finding.end, finding.text, finding.why
"""
from community.platform.phi.combined import scan
from community.platform.phi.scanner import CATEGORIES, Finding, category_label

__all__ = ["CATEGORIES", "Finding", "category_label", "scan"]
