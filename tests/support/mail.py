"""Mail in tests: what the embedded (file) transport wrote, and a real SMTP server in this
process (aiosmtpd) that can be told to refuse or to go away.

    from tests.support.mail import clear_sent, sent_messages
    clear_sent(app)
    ... queue_mail(...); commit(session)   # eager Celery: sent at once
    [message] = sent_messages(app)
    assert message["Subject"] == "…"
    message.get_body(("plain",)).get_content()

    with SmtpServer() as smtp:             # or the `smtp_server` fixture (tests/mail)
        smtp.plan = ["451", "drop", "ok"]  # what the next DATA commands get
        ... smtp.url                        # smtp://127.0.0.1:<port>
        smtp.wait_for(1); smtp.messages     # parsed EmailMessages, oldest first
"""
from __future__ import annotations

import ipaddress
import shutil
import ssl
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Self
from urllib.parse import quote

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from flask import Flask

from tests.support.services import free_port


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for "localhost" (and 127.0.0.1) and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def mail_folder(app: Flask) -> Path:
    return Path(app.instance_path) / "mail"


def sent_messages(app: Flask) -> list[EmailMessage]:
    """The messages the embedded transport wrote for this app, oldest first."""
    folder = mail_folder(app)
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.eml"), key=lambda p: (p.stat().st_mtime_ns, p.name))
    return [parse(p.read_bytes()) for p in paths]


def clear_sent(app: Flask) -> None:
    shutil.rmtree(mail_folder(app), ignore_errors=True)


def parse(data: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(data)  # type: ignore[return-value]


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.server.refuse_recipients.get(address.lower())
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        action = self.server.next_action()
        self.server.attempts.append(action)
        if action == "drop":  # the server goes away in the middle of the message
            server.transport.close()
            return "421 closing"
        if action != "ok":
            return f"{action} refused by the test server"
        with self.server.lock:
            self.server.received.append((envelope.mail_from, list(envelope.rcpt_tos),
                                         bytes(envelope.original_content or
                                               envelope.content)))
        return "250 Message accepted"


class SmtpServer:
    """An aiosmtpd server on a free port of 127.0.0.1, in a thread of this process.

    `plan`: what each next DATA gets — "ok", a code such as "451" or "550", or "drop" (the
    connection is closed mid-message); once used up, "ok". `refuse_recipients`: address →
    the RCPT answer ("550 5.1.1 no such user")."""

    def __init__(self, port: int | None = None,
                 credentials: tuple[str, str] | None = None, tls: str | None = None,
                 cert_dir: Path | None = None) -> None:
        """`tls`: None, "starttls" (required before MAIL) or "implicit" (smtps); the
        server's certificate (self-signed, for "localhost") is written to `cert_path`:
        point SSL_CERT_FILE at it so that the client trusts it."""
        self.port = port or free_port()
        self.tls = tls
        self.credentials = credentials
        self.logins: list[str] = []
        self.plan: list[str] = []
        self.refuse_recipients: dict[str, str] = {}
        self.received: list[tuple[str, list[str], bytes]] = []
        self.attempts: list[str] = []
        self.lock = threading.Lock()
        auth = {} if credentials is None else {
            "authenticator": self._authenticate, "auth_required": True,
            # Without STARTTLS: AUTH in the clear (or inside implicit TLS, which aiosmtpd's
            # check does not see), on loopback only, for the test.
            "auth_require_tls": tls == "starttls"}
        options: dict = {}
        if tls:
            self.cert_path, key_path = _self_signed(cert_dir or Path(tempfile.mkdtemp()))
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(self.cert_path, key_path)
            options = {"ssl_context": context} if tls == "implicit" else {
                "tls_context": context, "require_starttls": True}
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port,
                                     server_hostname="localhost", **auth, **options)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = auth_data.login.decode(), auth_data.password.decode()
        self.logins.append(login)
        if (login, password) == self.credentials:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)  # the server answers 535

    @property
    def url(self) -> str:
        scheme = "smtps" if self.tls == "implicit" else "smtp"
        host = "localhost" if self.tls else "127.0.0.1"  # the certificate's name
        if self.credentials:
            user, password = (quote(part, safe="") for part in self.credentials)
            return f"{scheme}://{user}:{password}@{host}:{self.port}"
        return f"{scheme}://{host}:{self.port}"

    def next_action(self) -> str:
        with self.lock:
            return self.plan.pop(0) if self.plan else "ok"

    @property
    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [parse(content) for _from, _to, content in self.received]

    def wait_for(self, count: int, timeout: float = 30.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages

    def reset(self) -> None:
        with self.lock:
            self.plan, self.refuse_recipients = [], {}
            self.received, self.attempts = [], []

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
