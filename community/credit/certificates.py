"""Certificates (docs/domain.md §2): what one shows, drawn as a page, a PDF and a signed JSON
document (Open Badges 3.0 on W3C Verifiable Credentials 2.0) that anyone can check offline
against the site's published key.

A certificate names the learner, the activity, its learning format, the location (online),
the date, the credits *actually awarded* (the claim's ledger sum, never the designated
maximum) with the credit type's designation statement (which names the maximum), the
accredited provider and its accreditation statement, and a verification code and link. The
public verification (`verification`) says only valid or revoked and what was awarded for
which activity: never who, since anyone holding a code could otherwise learn who attended
what; the certificate itself names the learner.

The signing rule (README, "Certificates"): the Data Integrity cryptosuite eddsa-jcs-2022,
as the W3C specifies it, so that any implementation of that suite checks our documents given
our public key:

- `options` is the proof without `proofValue`; `document` is the credential without `proof`;
- the signed bytes are SHA-256(JCS(options + the document's "@context")) followed by
  SHA-256(JCS(document)), JCS being RFC 8785 canonical JSON (package rfc8785);
- `proofValue` is the Ed25519 signature of those 64 bytes, multibase base58btc ("z…");
- the key is `verificationMethod`'s fragment, a kid in the site's JWKS at
  /.well-known/rounds-credit-keys.json (a short RFC 7638 thumbprint of the public key).

Every field of the document and of the proof is covered: changing any of them, even a
credit or a letter of the name, breaks the signature. Whitespace and key order are not
(canonical JSON), so a document pretty-printed again still verifies."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rfc8785
import segno
from babel.dates import format_date as babel_format_date
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from flask import current_app
from flask_babel import get_locale
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from fpdf import FPDF

from community.credit import service, statements
from community.credit.models import CreditClaim, credits
from community.platform.db import utcnow
from community.platform.errors import Conflict
from community.platform.i18n import (
    DEFAULT,
    _,
    force_locale,
    format_number,
    is_rtl,
    member_locale,
)

CONTEXT = ["https://www.w3.org/ns/credentials/v2",
           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
KEYS_PATH = "/.well-known/rounds-credit-keys.json"
VERIFY_PATH = "/credit/verify/"
STATUS_PATH = "/api/v1/credit/verify/"
CRYPTOSUITE = "eddsa-jcs-2022"
# credentialStatus: a GET of its id answers schemas.Verification (status valid|revoked).
STATUS_TYPE = "RoundsCertificateStatus"
# Languages the PDF prints in: every shipped one. Arabic is shaped (joined letters, right to
# left, English runs kept in order) by fpdf2 with uharfbuzz (`shaped`).
PDF_LOCALES = frozenset({"en", "es", "pt_BR", "fr", "ar"})
# The claim codes service.py makes: 12 of CODE_ALPHABET in groups of four.
CODE = re.compile(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")
# Profile credentials printed after the name; "student" and "other" are not post-nominals.
POST_NOMINALS = frozenset({"MD", "DO", "MBBS", "RN", "NP", "PA", "PharmD"})


def criteria(source: str) -> str:
    """What the learner did to earn the credit (the Open Badges criteria), in the language
    shown (English in the signed document)."""
    if source == "attendance":
        return _("Took part in the live activity and evaluated it. Credit is awarded for the "
                 "time attended, outside breaks: 1 credit per 60 minutes in steps of 0.25, "
                 "up to the designated maximum.")
    if source == "teaching":
        return _("Presented at the live activity: 2 credits per hour presented, once per "
                 "original presentation.")
    if source == "assessment":
        return _("Read the article, evaluated it and passed its assessment at the pass mark "
                 "announced in advance.")
    if source == "review":
        return _("Completed a manuscript review that the editor rated acceptable.")
    return _("Completed the activity as its designation requires.")
FONTS = Path(__file__).with_name("fonts")
# fpdf2 subsets the embedded font with fontTools, which logs dozens of INFO lines per PDF.
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# ---------------------------------------------------------------- what a certificate shows


@dataclass(frozen=True)
class Certificate:
    claim_id: int
    learner_name: str
    learner_credentials: str
    activity_id: int
    activity_title: str
    learning_format: str
    location: str
    date_label: str
    activity_date: date
    issued_at: datetime
    credits: float
    max_credits: float
    credit_type: str
    designation: str  # the official English statement (the accreditor's wording)
    criteria: str
    provider_name: str
    accreditation_statement: str  # official, as the provider wrote it
    designation_translation: str  # "" in English, or for a statement the office rewrote
    accreditation_translation: str
    code: str
    verification_url: str
    revoked_on: date | None

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None

    @property
    def learner_line(self) -> str:
        """"Inês Duarte, MD": the name as a certificate prints it."""
        if self.learner_credentials in POST_NOMINALS:
            return f"{self.learner_name}, {self.learner_credentials}"
        return self.learner_name

    @property
    def awarded(self) -> str:
        return f"{amount(self.credits)} {statements.credit_name(self.credit_type)}"

    @property
    def details(self) -> str:
        when = long_date(self.activity_date)
        if self.date_label:
            when = _("completed on %(day)s", day=when)
        return f"{self.learning_format} · {self.location} · {when}"

    @property
    def summary(self) -> str:
        return _("%(name)s completed “%(title)s” (%(format)s, %(location)s) on %(day)s and was "
                 "awarded %(awarded)s.", name=self.learner_name, title=self.activity_title,
                 format=self.learning_format, location=self.location.lower(),
                 day=long_date(self.activity_date), awarded=self.awarded)


def amount(credits: float) -> str:
    """Credits as designation statements write them: 1.0, 1.5, 1.25 (never 1.50 nor 1), in
    the language shown (1,5 in Spanish; the signed document is English)."""
    if str(get_locale() or DEFAULT) == DEFAULT:
        return statements.official_amount(credits)
    return format_number(credits, 2 if credits * 4 % 2 else 1)


def long_date(day: date) -> str:
    """"6 December 2026" / "6 de diciembre de 2026"."""
    locale = str(get_locale() or DEFAULT)
    if locale == DEFAULT:
        return f"{day.day} {day:%B %Y}"
    return babel_format_date(day, "long", locale=locale)


def certified_credits(claim: CreditClaim) -> float:
    """The credits the certificate awards: the claim's ledger sum, or for a revoked one the sum
    before its revocation (revoking also takes the credits back out of the totals, which
    would otherwise make a revoked certificate read "0.0 credits")."""
    if claim.revoked_at is None:
        return claim.credits
    return credits(sum(e.quarters for e in claim.entries if e.created_at < claim.revoked_at))


def certificate(db: Session, claim: CreditClaim) -> Certificate:
    activity, kind = claim.activity, service.credit_type(db, claim.credit_type)
    provider = service.provider(db)
    statement = kind.designation_statement if kind else ""
    official, translated = statements.designation(statement, claim.credit_type,
                                                  activity.max_credits)
    accreditation, accreditation_translated = statements.accreditation(
        provider.accreditation_statement)
    return Certificate(
        claim_id=claim.id, learner_name=claim.user.display_name,
        learner_credentials=claim.user.credentials, activity_id=activity.id,
        activity_title=statements.generated_text(activity.title), learning_format=activity.kind_label, location=_("Online"),
        # A live activity's date is its session's (the claim records the day it ended);
        # other activities are done when the learner completes them.
        date_label="" if activity.kind in ("live", "series") else "completed",
        activity_date=claim.completed_on, issued_at=claim.claimed_at,
        credits=certified_credits(claim),
        max_credits=activity.max_credits, credit_type=kind.name if kind else claim.credit_type,
        designation=official, designation_translation=translated,
        criteria=criteria(claim.source), provider_name=provider.name,
        accreditation_statement=accreditation, accreditation_translation=accreditation_translated,
        code=claim.code,
        verification_url=site_url(VERIFY_PATH + claim.code),
        revoked_on=claim.revoked_at.date() if claim.revoked_at else None)


def site_url(path: str) -> str:
    return current_app.config["SETTINGS"].base_url.rstrip("/") + path


# ---------------------------------------------------------------- public verification


def normal_code(typed: str) -> str | None:
    """A code as people type it (lower case, spaces, no hyphens) in its printed form, or None
    when it cannot be one (so nothing odd ever reaches the database)."""
    letters = re.sub(r"[\s-]", "", typed or "").upper()
    code = f"{letters[:4]}-{letters[4:8]}-{letters[8:]}"
    return code if len(letters) == 12 and CODE.fullmatch(code) else None


def find(db: Session, typed: str) -> CreditClaim | None:
    code = normal_code(typed)
    return service.claim_by_code(db, code) if code else None


def verification(db: Session, claim: CreditClaim) -> dict[str, Any]:
    """What the public may know of a certificate (schemas.Verification): nothing about the
    learner."""
    kind = service.credit_type(db, claim.credit_type)
    return {"code": claim.code, "valid": claim.revoked_at is None,
            "status": "valid" if claim.revoked_at is None else "revoked",
            "activity": claim.activity.title, "credits": certified_credits(claim),
            "credit_type": kind.name if kind else claim.credit_type,
            "completed_on": claim.completed_on}


def claim_of(db: Session, document: dict[str, Any]) -> CreditClaim | None:
    """The claim a signed document certifies, when this site issued it (its id is one of our
    verification links)."""
    url, prefix = str(document.get("id", "")), site_url(VERIFY_PATH)
    return find(db, url.removeprefix(prefix)) if url.startswith(prefix) else None


# ---------------------------------------------------------------- keys


def signing_key() -> Ed25519PrivateKey:
    """The app's key (ROUNDS_CREDIT_SIGNING_KEY, or the one generated into the instance
    folder); config.py checked it at start."""
    pem = current_app.config["SETTINGS"].credit_signing_key
    return serialization.load_pem_private_key(pem.encode(), None)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _raw(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public: Ed25519PublicKey) -> str:
    """The RFC 7638 thumbprint, shortened: 96 bits tell a site's few keys apart."""
    members = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": _b64url(_raw(public))},
                         separators=(",", ":"), sort_keys=True)
    return _b64url(hashlib.sha256(members.encode()).digest())[:16]


def jwk(public: Ed25519PublicKey) -> dict[str, str]:
    return {"kty": "OKP", "crv": "Ed25519", "x": _b64url(_raw(public)), "kid": key_id(public),
            "use": "sig", "alg": "EdDSA"}


def own_keys() -> dict[str, Ed25519PublicKey]:
    public = signing_key().public_key()
    return {key_id(public): public}


def published_keys() -> dict[str, Any]:
    """The JWKS served at KEYS_PATH."""
    return {"keys": [jwk(public) for public in own_keys().values()]}


class NotAKeySet(ValueError):
    """A file given as a key set is not one."""


def keys_from_jwks(data: Any) -> dict[str, Ed25519PublicKey]:
    """The Ed25519 keys of a published key set, by kid (other kinds of key are skipped);
    NotAKeySet when it is not a key set at all."""
    if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
        raise NotAKeySet('a key set is a JSON object {"keys": [...]}')
    found = {}
    for entry in data["keys"]:
        if isinstance(entry, dict) and entry.get("kty") == "OKP" and \
                entry.get("crv") == "Ed25519" and isinstance(entry.get("x"), str):
            try:
                public = Ed25519PublicKey.from_public_bytes(_unb64url(entry["x"]))
            except ValueError as error:
                raise NotAKeySet(f"a key's x is not an Ed25519 public key ({error})") from None
            found[str(entry.get("kid") or key_id(public))] = public
    return found


def _unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        raise NotAKeySet("a key's x is not base64url") from None


# ---------------------------------------------------------------- the signed document


def credential(cert: Certificate) -> dict[str, Any]:
    """The unsigned Open Badges 3.0 credential of a certificate."""
    base = site_url("")
    return {
        "@context": CONTEXT, "id": cert.verification_url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": f"{cert.credit_type}: {cert.activity_title}", "description": cert.summary,
        "issuer": {"id": base, "type": ["Profile"], "name": cert.provider_name},
        "validFrom": _instant(cert.issued_at),
        "credentialSubject": {
            "type": ["AchievementSubject"], "name": cert.learner_name,
            "creditsEarned": cert.credits,
            "achievement": {
                "id": f"{base}/credit/activities/{cert.activity_id}", "type": ["Achievement"],
                "name": cert.activity_title, "description": cert.designation,
                "criteria": {"narrative": cert.criteria},
                "creditsAvailable": cert.max_credits},
            "result": [{"type": ["Result"], "value": cert.awarded}]},
        "credentialStatus": {"id": site_url(STATUS_PATH + cert.code), "type": STATUS_TYPE},
    }


def signed_document(db: Session, claim: CreditClaim) -> dict[str, Any]:
    """The claim's certificate, signed now. A revoked certificate is not issued again: one
    signed before the revocation still verifies, and its status link says revoked."""
    if claim.revoked_at is not None:
        raise Conflict(_("This certificate was revoked; its verification page says so."))
    with force_locale(DEFAULT):  # the signed document is English, whoever downloads it
        document = credential(certificate(db, claim))
    return sign(document, signing_key(), site_url(KEYS_PATH))


def sign(document: dict[str, Any], key: Ed25519PrivateKey, keys_url: str,
         created: datetime | None = None) -> dict[str, Any]:
    options = {"type": "DataIntegrityProof", "cryptosuite": CRYPTOSUITE,
               "created": _instant(created or utcnow()),
               "verificationMethod": f"{keys_url}#{key_id(key.public_key())}",
               "proofPurpose": "assertionMethod"}
    signature = key.sign(_signed_bytes(document, options))
    return {**document, "proof": {**options, "proofValue": "z" + _base58(signature)}}


def _signed_bytes(document: dict[str, Any], options: dict[str, Any]) -> bytes:
    """eddsa-jcs-2022's hash data: the proof options (with the document's @context) and the
    document, each canonical (RFC 8785) and hashed, one after the other."""
    config = {**options, "@context": document.get("@context")}
    return (hashlib.sha256(rfc8785.dumps(config)).digest()
            + hashlib.sha256(rfc8785.dumps(document)).digest())


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def verify_document(document: Any, keys: dict[str, Ed25519PublicKey]) -> tuple[bool, str]:
    """(True, why) when `document` carries a valid signature by one of `keys` (kid → public
    key); (False, why not) otherwise. Says nothing of revocation: ask `claim_of` or the
    document's credentialStatus."""
    problem = _proof_problem(document)
    if problem:
        return False, problem
    proof = document["proof"]
    kid = proof["verificationMethod"].rpartition("#")[2]
    if kid not in keys:
        return False, f"it was signed with a key ({kid}) that is not in the key set"
    signature = _unbase58(proof["proofValue"][1:]) if proof["proofValue"][:1] == "z" else b""
    if len(signature) != 64:
        return False, "its proofValue is not an Ed25519 signature"
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    try:
        keys[kid].verify(signature, _signed_bytes(unsigned, options))
    except InvalidSignature:
        return False, "the signature does not match: the document was changed after signing"
    except (rfc8785.CanonicalizationError, ValueError, TypeError):
        return False, "it holds values canonical JSON cannot represent"
    return True, "the signature is valid"


def _proof_problem(document: Any) -> str | None:
    proof = document.get("proof") if isinstance(document, dict) else None
    if not isinstance(proof, dict):
        return "it is not a signed certificate (no proof)"
    if proof.get("type") != "DataIntegrityProof" or proof.get("cryptosuite") != CRYPTOSUITE:
        return f"its proof is not a DataIntegrityProof with {CRYPTOSUITE}"
    if proof.get("proofPurpose") != "assertionMethod":
        return "its proof is not for assertion"
    if not isinstance(proof.get("proofValue"), str) or len(proof["proofValue"]) > 120:
        return "its proof has no proofValue"
    method, issuer = proof.get("verificationMethod"), document.get("issuer")
    issuer_id = issuer.get("id") if isinstance(issuer, dict) else issuer
    if not isinstance(method, str) or not isinstance(issuer_id, str) or \
            method.rpartition("#")[0] != issuer_id.rstrip("/") + KEYS_PATH:
        return "its signing key is not one its issuer publishes"
    context, own = proof.get("@context"), document.get("@context")
    if context is not None and not (isinstance(context, list) and isinstance(own, list)
                                    and own[:len(context)] == context):
        return "its proof's @context does not match the document's"
    return None


def describe(document: dict[str, Any]) -> str:
    """One line about a (verified) document: the activity, the credits, the learner."""
    subject = document.get("credentialSubject") or {}
    achievement = subject.get("achievement") or {}
    results = subject.get("result") or [{}]
    return (f"{achievement.get('name', '?')} — {results[0].get('value', '?')}, "
            f"{subject.get('name', '?')}")


def _base58(data: bytes) -> str:
    number, text = int.from_bytes(data, "big"), ""
    while number:
        number, digit = divmod(number, 58)
        text = _BASE58[digit] + text
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + text


def _unbase58(text: str) -> bytes:
    number = 0
    for char in text:
        if char not in _BASE58:
            return b""
        number = number * 58 + _BASE58.index(char)
    zeros = len(text) - len(text.lstrip("1"))
    return b"\0" * zeros + number.to_bytes((number.bit_length() + 7) // 8, "big")


# ---------------------------------------------------------------- QR and PDF


def qr_data_uri(url: str) -> str:
    """The verification link as a QR code, an SVG data: URI (the CSP allows data: images;
    light modules drawn white so it scans in dark mode too)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2, dark="#000",
                                                   light="#fff")


def _qr_png(url: str) -> io.BytesIO:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=10, border=1)
    buffer.seek(0)
    return buffer


ACCENT, MUTED, RED = (11, 92, 173), (87, 96, 106), (180, 35, 24)
PAGE_W, PAGE_H, MARGIN = 297, 210, 22
WIDTH = PAGE_W - 2 * MARGIN
QR_SIZE = 34
FOOT_TOP = PAGE_H - MARGIN - QR_SIZE


def pdf_locale(language: str | None) -> str:
    """The language a member's certificate PDF prints in: theirs, or English (PDF_LOCALES)."""
    locale = member_locale(language)
    return locale if locale in PDF_LOCALES else DEFAULT


def member_pdf(db: Session, claim: CreditClaim) -> tuple[Certificate, bytes]:
    """The certificate in the learner's own language (whoever downloads it, and by mail):
    the official statements in English, a translation beside them, the rest translated."""
    with force_locale(pdf_locale(claim.user.language)):
        cert = certificate(db, claim)
        return cert, pdf(cert)


def pdf(cert: Certificate) -> bytes:
    """One A4 landscape page: the certificate as the page shows it, with a QR code of the
    verification link. DejaVu Sans (vendored under fonts/) prints any name it covers."""
    page = _page(cert)
    _frame(page, cert)
    _heading(page, cert)
    _statements(page, cert)
    _footer(page, cert)
    return bytes(page.output())


def _page(cert: Certificate) -> FPDF:
    from fpdf import FPDF  # here, not at import: fpdf2 (and numpy) cost every process ~0.25 s

    page = FPDF(orientation="L", unit="mm", format="A4")
    page.set_auto_page_break(False)
    page.set_margins(MARGIN, MARGIN, MARGIN)
    page.add_font("DejaVu", "", FONTS / "DejaVuSans.ttf")
    page.add_font("DejaVu", "B", FONTS / "DejaVuSans-Bold.ttf")
    shaped(page)
    page.set_title(_("Certificate: %(title)s", title=cert.activity_title))
    page.set_author(cert.provider_name)
    page.set_subject(cert.awarded)
    page.set_creator("Rounds")
    page.set_creation_date(cert.issued_at)
    page.add_page()
    return page


def shaped(page: FPDF) -> None:
    """Right-to-left text (Arabic) shaped by HarfBuzz: joined letters, the runs of each
    direction in their order. Only for those languages: shaping costs time on every line."""
    if is_rtl():
        page.set_text_shaping(True)


def _frame(page: FPDF, cert: Certificate) -> None:
    page.set_draw_color(*ACCENT)
    page.set_line_width(0.9)
    page.rect(10, 10, PAGE_W - 20, PAGE_H - 20)
    page.set_line_width(0.3)
    page.rect(13, 13, PAGE_W - 26, PAGE_H - 26)
    if cert.revoked:
        page.set_xy(MARGIN, 15)
        _line(page, _("REVOKED on %(day)s: this certificate is no longer valid",
                      day=long_date(cert.revoked_on)), 11, "B", RED)


def _heading(page: FPDF, cert: Certificate) -> None:
    page.set_xy(MARGIN, 24)
    _line(page, cert.provider_name, 11, "", MUTED)
    _line(page, _("Certificate"), 28, "B", ACCENT, after=5)
    _line(page, _("This certifies that"), 11, "", MUTED, after=1)
    _fitted(page, cert.learner_line, "B", (22, 18, 15, 12), 20, after=2)
    _line(page, _("completed"), 11, "", MUTED, after=1)
    _fitted(page, cert.activity_title, "B", (16, 14, 12, 10, 8), 22, after=1)
    _line(page, cert.details, 11, "", after=3)
    _line(page, _("and was awarded"), 11, "", MUTED, after=1)
    _fitted(page, cert.awarded, "B", (18, 15, 12), 10, color=ACCENT, after=5)


def _statements(page: FPDF, cert: Certificate) -> None:
    # The official statements in English; a translation after them, marked as one.
    translations = "\n".join(filter(None, (cert.designation_translation,
                                           cert.accreditation_translation)))
    text = "\n".join(filter(None, (cert.designation, cert.accreditation_statement)))
    if translations:
        text += "\n" + _("Translation (the English statements above are the official ones):") \
            + "\n" + translations
    room = FOOT_TOP - 4 - page.get_y()
    _fitted(page, text, "", (8.5, 7, 6, 5, 4), room, color=MUTED)


def _footer(page: FPDF, cert: Certificate) -> None:
    # Mirrored in a right-to-left language: the code at the left, the lines aligned right.
    rtl = is_rtl()
    page.image(_qr_png(cert.verification_url), y=FOOT_TOP, w=QR_SIZE, h=QR_SIZE,
               x=MARGIN if rtl else PAGE_W - MARGIN - QR_SIZE)
    width = WIDTH - QR_SIZE - 6
    side = {"align": "R" if rtl else "L", "width": width,
            "x": MARGIN + QR_SIZE + 6 if rtl else MARGIN}
    page.set_xy(MARGIN, FOOT_TOP + 4)
    for text, size, style in ((cert.provider_name, 10, "B"),
                              (_("Issued %(day)s", day=long_date(cert.issued_at.date())), 9,
                               ""),
                              (_("Certificate code %(code)s", code=cert.code), 9, ""),
                              (_("Verify it at"), 9, "")):
        _line(page, text, size, style, **side)
    _fitted(page, cert.verification_url, "", (9, 8, 7, 6, 5), 5, color=ACCENT, **side)


def _height(size: float) -> float:
    return size * 0.3528 * 1.3  # points to millimetres, with leading


def _line(page: FPDF, text: str, size: float, style: str, color=(27, 31, 35), *,
          after: float = 0, align: str = "C", width: float = WIDTH, x: float = MARGIN) -> None:
    page.set_font("DejaVu", style, size)
    page.set_text_color(*color)
    page.set_x(x)
    page.cell(width, _height(size), text, align=align, new_x="LMARGIN", new_y="NEXT")
    page.ln(after)


def _fitted(page: FPDF, text: str, style: str, sizes: Iterable[float], room: float, *,
            color=(27, 31, 35), align: str = "C", width: float = WIDTH, after: float = 0,
            x: float = MARGIN) -> None:
    """`text` at the largest of `sizes` that fits `room` millimetres (wrapped), so a long
    name, title or statement never spills off the page."""
    page.set_text_color(*color)
    for size in sizes:
        page.set_font("DejaVu", style, size)
        needed = page.multi_cell(width, _height(size), text, align=align, dry_run=True,
                                 output="HEIGHT")
        if needed <= room:
            break
    page.set_x(x)
    page.multi_cell(width, _height(size), text, align=align, new_x="LMARGIN", new_y="NEXT")
    page.ln(after)
