"""Co-authored case write-ups (CARE guidelines), de-identification checks and peer review."""
