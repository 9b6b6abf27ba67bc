"""JSON routes of moderation.trust (added to community.api's blueprint)."""
