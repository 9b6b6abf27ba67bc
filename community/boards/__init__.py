"""Specialty boards' discussion: topics, Markdown posts, replies, quotes, mentions, likes, tags,
watches, edit history and moderators' actions on them. The boards themselves (spaces, who
reads and moderates them) are the platform's (community.platform.spaces)."""
