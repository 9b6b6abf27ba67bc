"""JSON routes of moderation.disclosures (added to community.api's blueprint)."""
