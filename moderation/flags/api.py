"""JSON routes of moderation.flags (added to community.api's blueprint)."""
