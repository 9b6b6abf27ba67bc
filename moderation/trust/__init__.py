"""Trust levels 0–3 from activity, locked levels, silences and suspensions."""
