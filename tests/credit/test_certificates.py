"""Certificates through HTTP and the `rounds` command: the page and the PDF show what a
certificate must (docs/domain.md §2: the credits actually awarded, the designation statement
with the designated maximum), the signed JSON verifies against the published key set and any
change to it does not, revocation shows on the public verification (which never names the
learner), only the learner and the credit office reach a certificate, and `rounds credit
verify` checks a file offline."""
from __future__ import annotations

import io
import json
import os

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from sqlalchemy import select

from community.cli import main
from community.credit import certificates, service
from community.credit.models import CreditClaim, CreditProvider
from community.platform.config import Settings, SettingsError
from community.platform.db import commit, writing
from tests.support.api import PREFIX
from tests.support.credit import activity, claim
from tests.support.ops import rounds_environment
from tests.support.web import login

NAME = "Inês Duarte"
TITLE = "Journal club: Ωmega-3 fatty acids after myocardial infarction"
PROVIDER = "Lisbon Heart Institute"
ACCREDITATION = "The Lisbon Heart Institute is accredited to provide continuing education."


@pytest.fixture
def learner(make_user):
    return make_user(display_name=NAME, credentials="MD", username="ines")


@pytest.fixture
def office(make_user):
    """A site administrator: the credit office. Made before the claim, so that no other
    connection writes while a test's session holds its transaction (SQLite locks)."""
    return make_user("admin")


@pytest.fixture
def claimed(session, learner, office) -> CreditClaim:
    """1.25 credits claimed of an activity designated for 1.5, from a named provider."""
    row = activity(session, title=TITLE, max_credits=1.5)
    provider = session.scalar(select(CreditProvider))
    provider.name, provider.accreditation_statement = PROVIDER, ACCREDITATION
    session.commit()
    return claim(session, learner, row, credits=1.25)


def _url(row: CreditClaim, suffix: str = "") -> str:
    return f"/credit/claims/{row.id}/certificate{suffix}"


def _text(html_or_pdf: str) -> str:
    return " ".join(html_or_pdf.split())


def _pdf_text(body: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(body))
    return reader, _text(" ".join(page.extract_text() for page in reader.pages))


def _signed(client, row: CreditClaim) -> dict:
    response = client.get(_url(row, ".json"))
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return json.loads(response.get_data(as_text=True))


def _keys(client) -> dict:
    response = client.get(certificates.KEYS_PATH)
    assert response.status_code == 200
    return certificates.keys_from_jwks(response.get_json())


def _revoke(session, office, row: CreditClaim) -> None:
    """The credit office revokes the claim, in a fresh unit of work that takes SQLite's write
    lock first (requests have written since this session last read)."""
    session.rollback()
    with writing():
        service.revoke(session, session.merge(office), session.get(CreditClaim, row.id),
                       {"reason": "Attendance was recorded for the wrong member."})
        commit(session)


# ---------------------------------------------------------------- what a certificate shows


def test_the_page_shows_the_credits_awarded_and_the_statement_with_the_maximum(
        client, learner, claimed):
    login(client, learner)
    response = client.get(_url(claimed))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    page = _text(html)
    for expected in (f"{NAME}, MD", TITLE, "Internet live course", "Online", "4 March 2026",
                     "1.25 AMA PRA Category 1 Credit™", PROVIDER, ACCREDITATION, claimed.code,
                     "designates this activity for a maximum of 1.5 AMA PRA Category 1 "
                     "Credit(s)™", f"http://localhost:5000/credit/verify/{claimed.code}"):
        assert expected in page, expected
    assert "1.50" not in page and "maximum of 1.25" not in page
    assert f'href="{_url(claimed, ".pdf")}"' in html and f'href="{_url(claimed, ".json")}"' in html
    # The QR code is an image (data: URI, allowed by the CSP); no inline style or script.
    assert 'src="data:image/svg+xml' in html
    assert "style=" not in html and "<script>" not in html
    assert response.headers["Cache-Control"] == "private, no-store"


def test_the_pdf_is_one_landscape_page_with_the_same_contents(client, learner, claimed):
    login(client, learner)
    response = client.get(_url(claimed, ".pdf"))
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="certificate-{claimed.code}.pdf"')
    reader, text = _pdf_text(response.get_data())
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    for expected in (f"{NAME}, MD", TITLE, "Internet live course", "Online", "4 March 2026",
                     "1.25 AMA PRA Category 1 Credit™", PROVIDER, claimed.code,
                     "maximum of 1.5 AMA PRA", f"http://localhost:5000/credit/verify/{claimed.code}"):
        assert expected in text, (expected, text)
    assert reader.metadata.title == f"Certificate: {TITLE}"


def test_long_names_titles_and_statements_still_fit_one_page(client, session, make_user):
    member = make_user(display_name="Maria " + "da Conceição " * 5 + "Ferreira")
    row = activity(session, title="Case conference: " + "a very long title " * 15)
    session.scalar(select(CreditProvider)).accreditation_statement = "Accredited. " * 330
    session.commit()
    held = claim(session, member, row)
    login(client, member)
    reader, text = _pdf_text(client.get(_url(held, ".pdf")).get_data())
    assert len(reader.pages) == 1
    assert held.code in text


# ---------------------------------------------------------------- the signed document


def test_the_signed_json_verifies_with_the_published_keys(client, api, learner, claimed):
    login(client, learner)
    response = client.get(_url(claimed, ".json"))
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="certificate-{claimed.code}.json"')
    document = json.loads(response.get_data(as_text=True))
    jwks = client.get(certificates.KEYS_PATH)
    assert jwks.headers["Access-Control-Allow-Origin"] == "*"
    [key] = jwks.get_json()["keys"]
    assert {k: key[k] for k in ("kty", "crv", "use", "alg")} == {
        "kty": "OKP", "crv": "Ed25519", "use": "sig", "alg": "EdDSA"}
    proof = document["proof"]
    assert proof["verificationMethod"] == (
        f"http://localhost:5000/.well-known/rounds-credit-keys.json#{key['kid']}")
    assert (proof["type"], proof["cryptosuite"], proof["proofPurpose"]) == (
        "DataIntegrityProof", "eddsa-jcs-2022", "assertionMethod")
    assert certificates.verify_document(document, _keys(client)) == (
        True, "the signature is valid")
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["@context"][0] == "https://www.w3.org/ns/credentials/v2"
    assert document["id"] == f"http://localhost:5000/credit/verify/{claimed.code}"
    assert document["issuer"] == {"id": "http://localhost:5000", "type": ["Profile"],
                                  "name": PROVIDER}
    subject = document["credentialSubject"]
    assert (subject["name"], subject["creditsEarned"]) == (NAME, 1.25)
    assert subject["achievement"]["name"] == TITLE
    assert subject["achievement"]["creditsAvailable"] == 1.5
    assert "maximum of 1.5" in subject["achievement"]["description"]
    assert subject["result"] == [{"type": ["Result"],
                                  "value": "1.25 AMA PRA Category 1 Credit™"}]
    # The API answers the same document (checked against its documented schema by `api`),
    # here to the learner's browser session.
    answered = api.get(f"{PREFIX}/credit/claims/{claimed.id}/certificate",
                       expect=200).get_json()
    assert certificates.verify_document(answered, _keys(client))[0]
    assert {k: v for k, v in answered.items() if k != "proof"} == {
        k: v for k, v in document.items() if k != "proof"}


def _set(path: tuple, value):
    def change(document: dict) -> None:
        target = document
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value
    return change


@pytest.mark.parametrize("tamper", [
    _set(("credentialSubject", "creditsEarned"), 1.5),
    _set(("credentialSubject", "result", 0, "value"), "1.5 AMA PRA Category 1 Credit™"),
    _set(("credentialSubject", "name"), "Someone Else"),
    _set(("credentialSubject", "achievement", "name"), "Another activity"),
    _set(("validFrom",), "2020-01-01T00:00:00Z"),
    _set(("proof", "created"), "2020-01-01T00:00:00Z"),
    _set(("extra",), "an added field"),
    lambda document: document.pop("credentialStatus"),
], ids=["credits", "result", "name", "title", "validFrom", "proof-created", "added", "removed"])
def test_any_change_breaks_the_signature(client, learner, claimed, tamper):
    login(client, learner)
    document = _signed(client, claimed)
    tamper(document)
    ok, reason = certificates.verify_document(document, _keys(client))
    assert not ok and "changed after signing" in reason


def test_formatting_does_not_matter_but_the_key_does(client, learner, claimed):
    login(client, learner)
    document = _signed(client, claimed)
    # Canonical JSON: re-indented, keys reordered, it is the same document.
    reordered = json.loads(json.dumps(dict(reversed(document.items())), indent=7))
    assert certificates.verify_document(reordered, _keys(client))[0]
    stranger = Ed25519PrivateKey.generate()
    forged = certificates.sign({k: v for k, v in document.items() if k != "proof"}, stranger,
                               "http://localhost:5000" + certificates.KEYS_PATH)
    ok, reason = certificates.verify_document(forged, _keys(client))
    assert not ok and "not in the key set" in reason
    assert certificates.verify_document({"no": "proof"}, _keys(client))[0] is False


# ---------------------------------------------------------------- who may see it


def test_only_the_learner_and_the_credit_office_reach_a_certificate(
        client, api, make_user, token_for, office, claimed):
    other = make_user()
    api_url = f"{PREFIX}/credit/claims/{claimed.id}/certificate"
    api.get(api_url, token=token_for(other), expect=404)
    api.get(api_url, expect=401)
    for suffix in ("", ".pdf", ".json"):
        assert client.get(_url(claimed, suffix)).status_code == 404  # anonymous
    login(client, other)
    for suffix in ("", ".pdf", ".json"):
        assert client.get(_url(claimed, suffix)).status_code == 404
    login(client, office)
    for suffix in ("", ".pdf", ".json"):
        assert client.get(_url(claimed, suffix)).status_code == 200
    assert client.get("/credit/claims/99999999999/certificate").status_code == 404


# ---------------------------------------------------------------- public verification


def test_the_verification_says_valid_and_never_names_the_learner(
        client, api, make_user, learner, claimed):
    for viewer in (None, make_user()):
        if viewer:
            login(client, viewer)
        response = client.get(f"/credit/verify/{claimed.code}")
        assert response.status_code == 200
        assert response.headers["X-Robots-Tag"] == "noindex"
        page = _text(response.get_data(as_text=True))
        assert "Valid certificate" in page and TITLE in page
        assert "1.25 AMA PRA Category 1 Credit™" in page and "4 March 2026" in page
        for private in (NAME, "Inês", "Duarte", learner.username, learner.email):
            assert private not in page, private
    answer = api.get(f"{PREFIX}/credit/verify/{claimed.code}", expect=200).get_json()
    assert answer == {"code": claimed.code, "valid": True, "status": "valid",
                      "activity": TITLE, "credits": 1.25,
                      "credit_type": "AMA PRA Category 1 Credit™",
                      "completed_on": "2026-03-04"}
    assert not {NAME, learner.username} & set(map(str, answer.values()))


def test_the_verify_form_takes_a_code_as_people_type_it(client, api, claimed):
    typed = claimed.code.replace("-", "").lower()
    response = client.get(f"/credit/verify?code={typed}")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/credit/verify/{claimed.code}")
    form = client.get("/credit/verify")
    assert form.status_code == 200 and 'name="code"' in form.get_data(as_text=True)
    assert client.get("/credit/verify?code=not-a-code").status_code == 422
    unknown = client.get("/credit/verify/ZZZZ-ZZZZ-ZZZZ")
    assert unknown.status_code == 404
    assert "No certificate has this code" in unknown.get_data(as_text=True)
    for odd in ("x" * 500, "ZZZZ-ZZZZ-ZZZ%C3%A9", "%E2%80%AE"):
        assert client.get(f"/credit/verify/{odd}").status_code == 404
        api.get(f"{PREFIX}/credit/verify/{odd}", expect=404)
    assert client.get("/credit/verify/%00").status_code == 400  # the site refuses NUL


def test_a_revoked_certificate_says_so_everywhere_and_its_old_file_still_verifies(
        client, api, session, office, learner, claimed):
    login(client, learner)
    before = _signed(client, claimed)
    _revoke(session, office, claimed)
    page = _text(client.get(f"/credit/verify/{claimed.code}").get_data(as_text=True))
    assert "Revoked" in page and "Valid certificate" not in page
    # What it certified, though revoking took the credits back out of the learner's totals.
    assert "1.25 AMA PRA Category 1 Credit™" in page
    answer = api.get(f"{PREFIX}/credit/verify/{claimed.code}", expect=200).get_json()
    assert (answer["valid"], answer["status"], answer["credits"]) == (False, "revoked", 1.25)
    assert session.get(CreditClaim, claimed.id).credits == 0
    # Revoking changes no file already handed out: its signature holds, its status says no.
    assert certificates.verify_document(before, _keys(client))[0]
    assert "Revoked on" in _text(client.get(_url(claimed)).get_data(as_text=True))
    assert "REVOKED on" in _pdf_text(client.get(_url(claimed, ".pdf")).get_data())[1]
    # Nor is a revoked certificate signed again.
    assert client.get(_url(claimed, ".json")).status_code == 409
    api.get(f"{PREFIX}/credit/claims/{claimed.id}/certificate", expect=409)


# ---------------------------------------------------------------- rounds credit verify


@pytest.fixture
def verify_cli(app, database_url, tmp_path):
    """verify_cli(document, *options) -> click Result of `rounds credit verify FILE`, run
    with this app's settings (its instance folder holds the signing key) and database."""
    env = rounds_environment(app.config["SETTINGS"].instance_path, database_url)
    env.update({k: None for k in os.environ if k.startswith("ROUNDS_") and k not in env})
    runner = CliRunner()

    def run(document: dict, *options: str):
        path = tmp_path / "certificate.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return runner.invoke(main, ["credit", "verify", str(path), *options], env=env,
                             catch_exceptions=False)

    return run


def test_the_command_verifies_offline_and_reports_tampering_and_revocation(
        client, session, office, learner, claimed, verify_cli, tmp_path):
    login(client, learner)
    document = _signed(client, claimed)
    good = verify_cli(document)
    assert good.exit_code == 0, good.output
    assert good.output.startswith(f"valid: {TITLE} — 1.25 AMA PRA Category 1 Credit™, {NAME}")
    keys = tmp_path / "keys.json"
    keys.write_text(client.get(certificates.KEYS_PATH).get_data(as_text=True))
    assert verify_cli(document, "--keys", str(keys)).exit_code == 0
    tampered = json.loads(json.dumps(document))
    tampered["credentialSubject"]["creditsEarned"] = 3.0
    refused = verify_cli(tampered)
    assert refused.exit_code == 1
    assert refused.output.startswith("not valid: the signature does not match")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"keys": [certificates.jwk(
        Ed25519PrivateKey.generate().public_key())]}))
    assert verify_cli(document, "--keys", str(other)).output.startswith("not valid:")
    _revoke(session, office, claimed)
    revoked = verify_cli(document)
    assert revoked.exit_code == 1
    assert revoked.output.startswith(f"revoked: {TITLE}")
    assert "the signature is valid" in revoked.output


# ---------------------------------------------------------------- the signing key


def test_the_signing_key_is_generated_once_privately_or_taken_from_the_setting(tmp_path):
    first = Settings.load({"instance_path": tmp_path}).resolve()
    key_file = tmp_path / "credit_signing_key.pem"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert Settings.load({"instance_path": tmp_path}).resolve().credit_signing_key == (
        first.credit_signing_key)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode()
    given = Settings.load({"instance_path": tmp_path / "other",
                           "credit_signing_key": pem.replace("\n", "\\n")}).resolve()
    assert given.credit_signing_key == pem
    assert not (tmp_path / "other" / "credit_signing_key.pem").exists()
    with pytest.raises(SettingsError) as refused:
        Settings.load({"instance_path": tmp_path, "credit_signing_key": "secret-ish"}).resolve()
    assert "ROUNDS_CREDIT_SIGNING_KEY" in str(refused.value)
    assert "secret-ish" not in str(refused.value)
