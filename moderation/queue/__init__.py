"""The review queue: typed items registered by each feature (types.py), claims, history and
version-checked actions."""
