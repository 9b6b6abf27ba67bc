"""Members asking a moderator to verify their clinical credentials (the "user_verification"
queue kind); verified clinicians read and write the verified-only boards."""
