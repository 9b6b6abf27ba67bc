"""JSON routes of moderation.queue (added to community.api's blueprint)."""
