"""Rounds: case discussion, peer-reviewed case write-ups and live case conferences for
clinicians. `community.app.create_app` builds the app; the README's architecture map says
what lives where."""
