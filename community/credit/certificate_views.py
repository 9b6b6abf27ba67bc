"""Certificates on the web: the learner's certificate page (printable), its PDF and signed
JSON downloads, the public verification page with its form, the published key set, and the
same through the API. Only the learner and the credit office see a certificate (anyone else
gets a 404, as for a claim that does not exist); the verification is public and says nothing
about the learner (community.credit.certificates)."""
from __future__ import annotations

import json

from flask import Blueprint, Response, jsonify, redirect, render_template, request, url_for

from community.credit import certificates, schemas, service
from community.credit.certificate_schemas import SignedCertificate
from community.credit.models import CreditClaim
from community.platform.accounts.models import User
from community.platform.api import api_blueprint, api_user, operation
from community.platform.db import db
from community.platform.errors import NotFound
from community.platform.i18n import _
from community.platform.parsing import INT_MAX
from community.platform.web import actor

bp = Blueprint("credit_certificates", __name__)
api_bp = api_blueprint("credit_certificates_api", __name__)
TAG = "credit"
# The key set changes only when the key does; verifiers elsewhere may cache it a while.
KEYS_MAX_AGE = 3600
CONTEXT = {"amount": certificates.amount, "long_date": certificates.long_date}


def _claim(claim_id: int, who: User | None) -> CreditClaim:
    if not 0 < claim_id <= INT_MAX:  # before the database: PostgreSQL's integer is 32 bits
        raise NotFound(_("There is no such claim."))
    return service.get_claim(db.session, who, claim_id)


def _download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A certificate names its learner: no shared cache keeps it.
    response.headers["Cache-Control"] = "private, no-store"
    return response


# ---------------------------------------------------------------- the learner's certificate


@bp.route("/credit/claims/<int:claim_id>/certificate")
def certificate_page(claim_id: int):
    cert = certificates.certificate(db.session, _claim(claim_id, actor()))
    response = Response(render_template(
        "credit/certificate.html", cert=cert, qr=certificates.qr_data_uri(cert.verification_url),
        **CONTEXT))
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.route("/credit/claims/<int:claim_id>/certificate.pdf")
def certificate_pdf(claim_id: int):
    cert, body = certificates.member_pdf(db.session, _claim(claim_id, actor()))
    return _download(body, "application/pdf", f"certificate-{cert.code}.pdf")


@bp.route("/credit/claims/<int:claim_id>/certificate.json")
def certificate_json(claim_id: int):
    claim = _claim(claim_id, actor())
    document = certificates.signed_document(db.session, claim)
    body = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return _download(body.encode(), "application/json", f"certificate-{claim.code}.json")


# ---------------------------------------------------------------- public verification


def _verify_page(status: int = 200, **context) -> Response:
    response = Response(render_template("credit/verify.html", **CONTEXT, **context),
                        status=status)
    # Verification pages are for the people holding a code, not for search engines.
    response.headers["X-Robots-Tag"] = "noindex"
    return response


@bp.route("/credit/verify")
def verify_form():
    """The form (GET, works without JavaScript): a typed code goes to its page."""
    typed = request.args.get("code", "").strip()
    if not typed:
        return _verify_page()
    code = certificates.normal_code(typed)
    if code is None:
        return _verify_page(422, typed=typed[:40], malformed=True)
    return redirect(url_for(".verify", code=code), code=303)


@bp.route("/credit/verify/<code>")
def verify(code: str):
    claim = certificates.find(db.session, code)
    if claim is None:
        return _verify_page(404, typed=code[:40], unknown=True)
    return _verify_page(result=certificates.verification(db.session, claim))


@bp.route(certificates.KEYS_PATH)
def published_keys():
    response = jsonify(certificates.published_keys())
    response.headers["Cache-Control"] = f"public, max-age={KEYS_MAX_AGE}"
    # Public keys: a verifier's page on another site may fetch them.
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


# ---------------------------------------------------------------- API


@api_bp.get("/credit/verify/<code>")
@operation("Verify a certificate by its code: valid or revoked, the activity, credits and "
           "date (public; nothing about the learner)", tag=TAG,
           response=schemas.Verification)
def verify_certificate(code: str):
    claim = certificates.find(db.session, code)
    if claim is None:
        raise NotFound(_("There is no certificate with this code."))
    return certificates.verification(db.session, claim)


@api_bp.get("/credit/claims/<id:claim_id>/certificate")
@operation("A claim's certificate as a signed Open Badges 3.0 credential (eddsa-jcs-2022; "
           "the key set is at /.well-known/rounds-credit-keys.json)", tag=TAG,
           response=SignedCertificate, auth=True, errors=(409,), conflict="ConflictProblem",
           description="The learner's or the credit office's. A revoked certificate is not "
                       "signed again (409); one signed before still verifies, and its "
                       "credentialStatus says revoked.")
def signed_certificate(claim_id: int):
    return certificates.signed_document(db.session, _claim(claim_id, api_user()))
