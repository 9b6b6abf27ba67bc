"""Turning a queued message into MIME and handing it over: to an SMTP server (smtplib;
smtp:// with STARTTLS when the server offers it, smtps:// with implicit TLS; user and
password from the URL), or, with no server configured, to a file under
instance/mail/<id>-<token>.eml (the embedded default; /dev/mail shows them in a demo).

Failures are sorted for the task: TemporaryFailure (4xx, connection refused, closed or
timed out) is retried later; PermanentFailure (5xx) is recorded, and counts against the
address when the server refused the recipient or the message itself."""
from __future__ import annotations

import base64
import os
import smtplib
import ssl
import tempfile
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import unquote, urlsplit

from community.mail.models import MailMessage

# Headers kept on the row but set by EmailMessage itself or not ours to send.
_MIME_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}
# Written out with headers up to RFC 5322's 998 characters a line: a List-Unsubscribe URL
# longer than 78 would otherwise be folded into RFC 2047 encoded words, which mail clients
# do not decode in that header. Bodies keep their 76-character lines (encoded when built).
WIRE_POLICY = email_policy.default.clone(max_line_length=998)


class TemporaryFailure(Exception):
    """Try again later: the server said 4xx, or the connection failed."""


class PermanentFailure(Exception):
    """The server refused for good (5xx); `recipient_fault` when it refused the address or
    the message to it (not our sender or our credentials)."""

    def __init__(self, message: str, recipient_fault: bool) -> None:
        super().__init__(message)
        self.recipient_fault = recipient_fault


def build_email(message: MailMessage) -> EmailMessage:
    """multipart/alternative (text, then HTML); with attachments, multipart/mixed around
    it."""
    email = EmailMessage()
    for name, value in message.headers.items():
        if name.lower() not in _MIME_HEADERS:
            email[name] = value
    email.set_content(message.text_body, subtype="plain", charset="utf-8")
    email.add_alternative(message.html_body, subtype="html", charset="utf-8")
    for item in message.attachments or ():
        maintype, _, subtype = item["content_type"].partition("/")
        data = base64.b64decode(item["data"])
        if maintype == "text":
            email.add_attachment(data.decode("utf-8"), subtype=subtype or "plain",
                                 filename=item["filename"], charset="utf-8")
        else:
            email.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                                 filename=item["filename"])
    email.policy = WIRE_POLICY  # how smtplib and write_file flatten it
    return email


def mail_folder(instance_path: str | os.PathLike) -> Path:
    return Path(instance_path) / "mail"


def file_name(message: MailMessage) -> str:
    """Stable per message: sending it again overwrites, never adds a second file."""
    token = message.message_id.strip("<>").split("@")[0].split(".")[0]
    return f"{message.id:08d}-{token}.eml"


def write_file(folder: Path, message: MailMessage, email: EmailMessage) -> Path:
    """Write the .eml whole (a temporary file renamed into place)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / file_name(message)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".sending-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(email.as_bytes(policy=WIRE_POLICY))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _code_fault(code: int, text: str, recipient_fault: bool) -> Exception:
    if 400 <= code < 500:
        return TemporaryFailure(f"{code} {text}")
    return PermanentFailure(f"{code} {text}", recipient_fault)


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def send_smtp(url: str, email: EmailMessage, sender: str, recipient: str,
              timeout: float) -> None:
    """Send through the server of `url`; raises TemporaryFailure or PermanentFailure."""
    parts = urlsplit(url)
    implicit_tls = parts.scheme == "smtps"
    host, port = parts.hostname or "localhost", parts.port or (465 if implicit_tls else 587)
    context = ssl.create_default_context()
    envelope_from = parseaddr(sender)[1]
    try:
        if implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout,
                                                    context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
    except smtplib.SMTPResponseException as exc:  # a greeting other than 220
        raise _code_fault(exc.smtp_code, _text(exc.smtp_error), False) from exc
    except OSError as exc:
        raise TemporaryFailure(f"cannot reach {host}:{port}: {exc}") from exc
    try:
        client.ehlo_or_helo_if_needed()
        if not implicit_tls and client.has_extn("starttls"):
            client.starttls(context=context)
            client.ehlo()
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(email, from_addr=envelope_from, to_addrs=[recipient])
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        raise _code_fault(code, _text(text), True) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise _code_fault(exc.smtp_code, _text(exc.smtp_error), False) from exc
    except smtplib.SMTPDataError as exc:
        raise _code_fault(exc.smtp_code, _text(exc.smtp_error), True) from exc
    except smtplib.SMTPAuthenticationError as exc:  # our configuration, not the address
        raise TemporaryFailure(f"authentication refused: {exc.smtp_code}") from exc
    except smtplib.SMTPResponseException as exc:
        raise _code_fault(exc.smtp_code, _text(exc.smtp_error), False) from exc
    except smtplib.SMTPNotSupportedError as exc:  # e.g. no AUTH offered: our configuration
        raise TemporaryFailure(f"the server does not support it: {exc}") from exc
    except (smtplib.SMTPException, OSError) as exc:  # closed mid-send, timed out, TLS
        raise TemporaryFailure(f"{exc.__class__.__name__}: {exc}") from exc
    finally:
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            client.close()
