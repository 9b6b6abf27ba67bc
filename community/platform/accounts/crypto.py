"""Secrets kept encrypted at rest: the TOTP secrets of two-factor sign-in (twofactor.py).

AES-256-GCM (cryptography's AESGCM) with a random 96-bit nonce per value; the key is derived
with HKDF-SHA256 from ROUNDS_ENCRYPTION_KEY, or from ROUNDS_SECRET_KEY when that is not set
(so a database copied without the key holds nothing usable). The additional data binds a
value to its purpose and row ("two_factor:42"): a value copied onto another member's row
does not decrypt. Stored as `aesgcm1:` + base64url(nonce ‖ ciphertext ‖ tag).

A value without the prefix is a legacy plain value (stored before encryption): `decrypt`
returns it as it is, and `is_encrypted` lets the caller store it again encrypted.
Changing the key makes the stored values unreadable (members then enrol again)."""
from __future__ import annotations

import base64
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

PREFIX = "aesgcm1:"
_INFO = b"rounds: secrets at rest (aesgcm1)"


class UndecryptableSecret(ValueError):
    """A stored value that this key cannot decrypt (another key, or altered)."""


@lru_cache(maxsize=8)
def _derive(material: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(material)


def _key() -> bytes:
    settings = current_app.config["SETTINGS"]
    return _derive((settings.encryption_key or settings.secret_key).encode())


def is_encrypted(stored: str) -> bool:
    return stored.startswith(PREFIX)


def encrypt(plain: str, context: str) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(_key()).encrypt(nonce, plain.encode(), context.encode())
    return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")


def decrypt(stored: str, context: str) -> str:
    """The plain value (a legacy unencrypted one as it is); UndecryptableSecret when the key
    or the context does not fit."""
    if not is_encrypted(stored):
        return stored
    body = stored[len(PREFIX):]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        return AESGCM(_key()).decrypt(raw[:12], raw[12:], context.encode()).decode()
    except (InvalidTag, ValueError) as exc:
        raise UndecryptableSecret("this secret was encrypted with another key") from exc
