"""Conflict-of-interest disclosures (ACCME Standards for Integrity and Independence):
companies, versioned disclosures, the content-role gate, reviews with mitigation, the
learner-facing statement and expiry reminders."""
