"""Notifications: mentions, replies, quotes, likes and watched topics and boards, and notices
about a member's own records that other parts of Rounds announce ("member_notice")."""
