"""Moderation: flags, trust levels, verification of credentials and board moderators
(features), and the platform parts every feature builds on: the append-only audit log
(audit), the review queue (queue) and conflict-of-interest disclosures (disclosures)."""
