"""Co-authored case write-ups (CARE guidelines): authoring (co-authors, sections, versions,
images, consent, presence), de-identification (PHI findings and their overrides), peer review
(editors, anonymous reviewers, decisions, revision rounds) and publication (citable versions
with a discussion topic)."""
