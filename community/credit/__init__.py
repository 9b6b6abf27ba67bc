"""Participation credit for continuing medical education: designation, claims, evaluation,
certificates anyone can verify, transcripts and accreditor reports (docs/domain.md §2–§3)."""
