"""Board-scoped moderators: administrators name the members who moderate one board."""
