"""JSON routes of moderation.audit (added to community.api's blueprint)."""
