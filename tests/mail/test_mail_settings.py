"""Mail settings: the SMTP URL's form is checked at start, the reply domain follows the
base URL, and `rounds serve --demo` marks demo mode (which opens /dev/mail to admins)."""
from __future__ import annotations

import pytest

from community.cli import _serve_overrides
from community.platform.config import Settings, SettingsError


def test_the_smtp_url_must_be_smtp_or_smtps(tmp_path):
    for good in ("", "smtp://mail.example.org:587", "smtps://u:p@mail.example.org:465"):
        assert Settings.load({"smtp_url": good, "instance_path": tmp_path}).smtp_url == good
    for bad in ("http://mail.example.org", "mail.example.org:25", "smtp://"):
        with pytest.raises(SettingsError, match="smtp_url"):
            Settings.load({"smtp_url": bad})
    with pytest.raises(SettingsError, match="mail_from"):
        Settings.load({"mail_from": "nobody"})


def test_the_reply_domain_defaults_to_the_base_urls_host(tmp_path):
    settings = Settings.load({"base_url": "https://rounds.example.org/",
                              "instance_path": tmp_path}).resolve()
    assert settings.mail_reply_domain == "rounds.example.org"
    settings = Settings.load({"mail_reply_domain": "reply.example.org",
                              "instance_path": tmp_path}).resolve()
    assert settings.mail_reply_domain == "reply.example.org"


def test_serve_demo_marks_demo_mode():
    assert _serve_overrides("127.0.0.1", 5000, demo=True)["demo"] is True
    assert "demo" not in _serve_overrides("127.0.0.1", 5000)
