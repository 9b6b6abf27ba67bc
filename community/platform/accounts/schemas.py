"""The accounts' contract: registration, profile, password and token requests (the one
validation of the join and account pages and the API), and the member and token shapes."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field

from community.platform.accounts import choices
from community.platform.accounts.models import CREDENTIALS, ROLES, USERNAME_PATTERN
from community.platform.contract import Body, Input, Matching, Output, Text
from community.platform.i18n import _l

PASSWORD_MIN, PASSWORD_MAX = 10, 256
# Printable ASCII without spaces: mail goes to it without SMTPUTF8 (not supported yet).
EMAIL_PATTERN = r"^[!-?A-~]{1,64}@[!-?A-~]+\.[!-?A-~]{2,}$"


Email = Matching(EMAIL_PATTERN, _l("Enter a valid email address."), max_length=254)
Username = Matching(USERNAME_PATTERN, _l("Use 3–32 letters, digits, dots, dashes or underscores."),
                    max_length=32)
Password = Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX,
                 description=f"{PASSWORD_MIN} to {PASSWORD_MAX} characters")
CredentialName = Literal[CREDENTIALS]  # type: ignore[valid-type]
RoleName = Literal[ROLES]  # type: ignore[valid-type]


def _listed(allowed: Callable[[], frozenset[str]], message: Any, *, upper: bool = False,
            description: str) -> Any:
    """A value from one of the pickers' lists (accounts/choices.py), with a message that
    says so instead of listing hundreds of values."""
    def check(value: str) -> str:
        value = value.strip().upper() if upper else value.strip()
        if value not in allowed():
            raise ValueError(str(message))
        return value

    return Annotated[str, Field(max_length=64, description=description),
                     AfterValidator(check)]


TimeZone = _listed(choices.time_zones, _l("Choose a time zone from the list."),
                   description="An IANA time zone, such as Africa/Nairobi or UTC.")
Country = _listed(choices.country_codes, _l("Choose a country from the list."), upper=True,
                  description="An ISO 3166 two-letter country code, such as BR or IN.")
Language = _listed(choices.language_tags, _l("Choose a language from the list."),
                   description="A language tag from the list, such as en, es or pt-BR.")
DisplayName = Text(80, label="The name shown on posts")
Specialty = Text(80, label="Specialty")
Bio = Body(2000, label="About you")
TokenName = Text(80, label="What the token is for")
ExpiresInDays = Field(None, ge=1, le=3650, description="Days until the token stops working "
                      "(default: ROUNDS_TOKEN_EXPIRY_DAYS, a year)")


class Profile(Input):
    """What a member says about themselves; fields not sent keep their value (PATCH /me)."""

    display_name: DisplayName | None = None
    credentials: CredentialName | None = None
    specialty: Specialty | None = None
    country: Country | None = None
    time_zone: TimeZone | None = None
    language: Language | None = None
    bio: Bio | None = None


class Registration(Input):
    email: Email
    username: Username
    password: str = Password
    display_name: DisplayName
    credentials: CredentialName = "other"
    specialty: Specialty | None = None
    country: Country | None = None
    time_zone: TimeZone = "UTC"
    language: Language = "en"
    bio: Bio | None = None


class PasswordChange(Input):
    current_password: str = Field(max_length=PASSWORD_MAX)
    new_password: str = Password


class TokenRequest(Input):
    email: str = Field(max_length=254)
    password: str = Field(max_length=PASSWORD_MAX)
    name: TokenName | None = None
    expires_in_days: int | None = ExpiresInDays
    code: str | None = Field(None, max_length=32, description="A two-factor code (or a "
                             "recovery code); required when two-factor sign-in is on.")


class NewTokenName(Input):
    name: TokenName | None = None
    expires_in_days: int | None = ExpiresInDays


class VerifyRequest(Input):
    verified: bool


LinkTokenText = Field(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_-]+$",
                      description="The token of the link mailed to the member (the last "
                      "part of its path).")


class PasswordResetRequest(Input):
    """'Forgot password': where to mail the link (answered alike whether or not an account
    uses the address)."""

    email: Email


class PasswordResetConfirm(Input):
    token: str = LinkTokenText
    new_password: str = Password


class LinkToken(Input):
    """A link's token, sent back to confirm an address (verification, change of address)."""

    token: str = LinkTokenText


class EmailChangeRequest(Input):
    new_email: Email
    password: str = Field(max_length=PASSWORD_MAX, description="Your current password.")


class TwoFactorCode(Input):
    code: str = Field(min_length=1, max_length=32, description="A code from the "
                      "authenticator app (or, where accepted, a recovery code).")


class TwoFactorOff(Input):
    password: str = Field(max_length=PASSWORD_MAX)
    code: str = Field(min_length=1, max_length=32, description="A code from the app or a "
                      "recovery code.")


class AccountDeletion(Input):
    password: str = Field(max_length=PASSWORD_MAX)
    confirmation: str = Field(max_length=40, description='Type "delete my account".')
    code: str | None = Field(None, max_length=32, description="A two-factor code, when it "
                             "is on.")


class RoleRequest(Input):
    role: RoleName


# ---------------------------------------------------------------- answers


class Author(Output):
    """A member as every other shape names them: posts, write-ups, queue items, sessions."""

    username: str
    display_name: str
    credentials: str
    verified: bool


class User(Author):
    id: int
    role: str
    specialty: str
    country: str
    time_zone: str
    language: str
    bio: str
    trust_level: int
    verified_at: datetime | None
    created_at: datetime
    avatar_url: str | None = Field(None, description="The member's picture (a square JPEG, "
                                   "cached for a year under this URL); null: none, pages "
                                   "show their initials.")
    email: str | None = Field(None, description="Only for the member themselves and "
                                                "moderators.")
    email_verified_at: datetime | None = Field(None, description="When the member confirmed "
                                               "the address (null: not yet, they cannot "
                                               "post); with `email` only.")


class Token(Output):
    id: int
    name: str
    prefix: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
    expires_at: datetime | None = None


class TokenList(Output):
    items: list[Token]


class SignedInSession(Output):
    """A browser signed in to the account (accounts/sessions.py)."""

    id: str = Field(description="End it with DELETE /me/sessions/{id}.")
    device: str = Field(description="The browser and system, e.g. 'Firefox on Linux'.")
    user_agent: str
    address: str = Field(description="The network signed in from (/24 or /48), not the "
                                     "address.")
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    current: bool = Field(description="The session making this request.")


class SessionList(Output):
    items: list[SignedInSession]


class NewToken(Output):
    token: str = Field(description="Shown once; keep it.")
    id: int
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None = None


class MailSent(Output):
    """A mail was sent (or, for a password reset, would be if an account uses the
    address: the answer is the same)."""

    detail: str


class TwoFactorStatus(Output):
    enabled: bool
    required: bool = Field(description="Your role requires it (it cannot be turned off).")
    recovery_codes_left: int | None = Field(description="Unused recovery codes (when on).")


class TwoFactorEnrolment(Output):
    secret: str = Field(description="The TOTP secret (base32), for typing into the app.")
    provisioning_uri: str = Field(description="otpauth:// URI, what the QR code holds.")


class RecoveryCodes(Output):
    recovery_codes: list[str] = Field(description="Shown once; each works once.")


class PersonalData(Output):
    """A member's data export (community.platform.accounts.erasure.export): the profile, and
    per table the rows that are theirs (other members' ids left out)."""

    generated_at: datetime
    profile: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
