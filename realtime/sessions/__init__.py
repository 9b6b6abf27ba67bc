"""Live sessions before they start: scheduling, registration and waitlist, calendar files.
The room itself (namespace /live) builds on these models later."""
