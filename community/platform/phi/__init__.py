"""PHI scanner: HIPAA Safe Harbor, 45 CFR 164.514(b)(2) identifiers in free text.

    from community.platform.phi import scan
    for finding in scan(text):
        finding.category, finding.start, finding.end, finding.text, finding.why

`scan` is the rules (scanner.py) and then the statistical model (model.py), as combined.py
joins them; `scan_many({section: text})` scans a document's parts together (a name found in
one is found in all). The categories, their labels and Finding are in findings.py.
"""
from community.platform.phi.combined import scan, scan_many
from community.platform.phi.findings import CATEGORIES, Finding, category_label

__all__ = ["CATEGORIES", "Finding", "category_label", "scan", "scan_many"]
