"""Scheduled case conferences and journal clubs: series, registration and waitlist, calendar
files and feeds, and the content a session brings into its room (content.py)."""
