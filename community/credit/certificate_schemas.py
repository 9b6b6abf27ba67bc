"""The signed certificate's shape (Open Badges 3.0 on W3C Verifiable Credentials 2.0), as the
API answers it: `GET /api/v1/credit/claims/<id>/certificate`. Field names are the standards'
camelCase; the models check what the view returns, so a drifting document fails the tests.

Kept apart from schemas.py while the lead edits it; they may move there unchanged."""
from __future__ import annotations

from pydantic import ConfigDict, Field
from pydantic.alias_generators import to_camel

from community.platform.contract import Output


class _Camel(Output):
    model_config = ConfigDict(alias_generator=to_camel)


class CertificateIssuer(_Camel):
    id: str = Field(description="the site's address (ROUNDS_BASE_URL)")
    type: list[str]
    name: str = Field(description="the accredited provider")


class CertificateCriteria(_Camel):
    narrative: str


class CertificateAchievement(_Camel):
    id: str
    type: list[str]
    name: str = Field(description="the activity's title")
    description: str = Field(description="the designation statement")
    criteria: CertificateCriteria
    credits_available: float = Field(description="the designated maximum")


class CertificateResult(_Camel):
    type: list[str]
    value: str = Field(description="the credits awarded and the credit type")


class CertificateSubject(_Camel):
    type: list[str]
    name: str = Field(description="the learner")
    credits_earned: float = Field(description="the credits actually awarded")
    achievement: CertificateAchievement
    result: list[CertificateResult]


class CertificateStatus(_Camel):
    id: str = Field(description="where to ask whether it is still valid (GET: Verification)")
    type: str


class CertificateProof(_Camel):
    type: str = Field(examples=["DataIntegrityProof"])
    cryptosuite: str = Field(examples=["eddsa-jcs-2022"])
    created: str
    verification_method: str = Field(description="the key in the published key set "
                                     "(/.well-known/rounds-credit-keys.json#<kid>)")
    proof_purpose: str
    proof_value: str = Field(description="the Ed25519 signature, multibase base58btc")


class SignedCertificate(_Camel):
    """A certificate anyone can check offline against the site's published key."""

    context: list[str] = Field(alias="@context")
    id: str = Field(description="the certificate's public verification page")
    type: list[str]
    name: str
    description: str
    issuer: CertificateIssuer
    valid_from: str
    credential_subject: CertificateSubject
    credential_status: CertificateStatus | None = None
    proof: CertificateProof
