"""Members: registration, sign-in with argon2id passwords and a sign-in limit, profiles,
roles, and personal API tokens."""
