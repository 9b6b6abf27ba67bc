"""Moderation: disclosures, the review queue, flags, trust levels and the audit log.

The foundation's moderator actions on topics and posts live in `community.boards.service`
and are recorded in `ModerationAction`; the queue and disclosures arrive with their issue."""
