"""JSON routes of credit: the office's configuration, designation, the learner's evaluation,
assessment, claims, profile and commitments, and the office's corrections and revocations.
Thin: each route declares its contract (community.credit.schemas), calls the service,
commits and shapes the answer. Certificates, reports and exports have their own modules."""
from __future__ import annotations

from typing import Any

from flask import url_for

from community.credit import schemas, service
from community.credit.models import CreditActivity, CreditClaim, LedgerEntry, credits
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.db import commit, db
from realtime.sessions import service as sessions

bp = api_blueprint("credit_api", __name__)
TAG = "credit"


# ---------------------------------------------------------------- shapes


def activity_json(activity: CreditActivity, deadline: Any = None) -> dict[str, Any]:
    return {"id": activity.id, "kind": activity.kind, "title": activity.title,
            "objectives": activity.objectives, "moore_levels": activity.moore_levels,
            "max_credits": activity.max_credits, "credit_types": activity.credit_types,
            "commercial_support": activity.commercial_support,
            "support_amount": activity.support_amount,
            "support_source": activity.support_source,
            "pass_mark": activity.pass_mark if activity.kind == "journal" else None,
            "starts_at": activity.starts_at, "ends_at": activity.ends_at,
            "claim_deadline": deadline, "session_id": activity.session_id,
            "case_id": activity.case_id if activity.kind == "journal" else None,
            "url": url_for("credit.activity", activity_id=activity.id)}


def entry_json(entry: LedgerEntry) -> dict[str, Any]:
    return {"id": entry.id, "credits": credits(entry.quarters), "source": entry.source,
            "credit_type": entry.credit_type, "created_at": entry.created_at,
            "corrects": entry.corrects_id, "reason": entry.reason}


def claim_json(row: CreditClaim) -> dict[str, Any]:
    page = f"/credit/claims/{row.id}/certificate"
    return {"id": row.id, "code": row.code, "activity": activity_json(row.activity),
            "credit_type": row.credit_type, "source": row.source, "credits": row.credits,
            "completed_on": row.completed_on, "claimed_at": row.claimed_at,
            "revoked": row.revoked_at is not None,
            "entries": [entry_json(e) for e in row.entries], "certificate": page,
            "certificate_pdf": f"{page}.pdf", "certificate_json": f"{page}.json"}


def earned_json(found: service.Earned) -> dict[str, Any]:
    return {"activity": activity_json(found.activity, found.deadline), "source": found.source,
            "credits": found.credits, "minutes": found.minutes, "deadline": found.deadline,
            "needs": found.needs}


def _activity(activity_id: int) -> CreditActivity:
    return service.get_activity(db.session, api_user(), activity_id)


# ---------------------------------------------------------------- the credit office


@bp.put("/credit/provider")
@operation("Set the provider's name, accreditation statement and defaults (credit office)",
           tag=TAG, body=schemas.ProviderSettings, response=schemas.ProviderOut, auth=True,
           errors=(403,))
def save_provider(body: schemas.ProviderSettings):
    service.save_provider(db.session, require_user(), body)
    commit(db.session)
    return _provider_json()


@bp.get("/credit/provider")
@operation("The provider and the credit types it awards", tag=TAG,
           response=schemas.ProviderOut)
def get_provider():
    return _provider_json()


def _provider_json() -> dict[str, Any]:
    row = service.provider(db.session)
    return {"name": row.name, "accreditation_statement": row.accreditation_statement,
            "claim_window_days": row.claim_window_days, "follow_up_days": row.follow_up_days,
            "credit_types": [{"key": t.key, "name": t.name,
                              "designation_statement": t.designation_statement,
                              "credentials": t.credentials,
                              "required_fields": t.required_fields, "position": t.position,
                              "active": t.active}
                             for t in service.credit_types(db.session, active_only=False)]}


@bp.post("/credit/types")
@operation("Add or change a credit type, by its key (credit office)", tag=TAG,
           body=schemas.CreditTypeSettings, response=schemas.ProviderOut, auth=True,
           errors=(403,))
def save_credit_type(body: schemas.CreditTypeSettings):
    service.save_credit_type(db.session, require_user(), body)
    commit(db.session)
    return _provider_json()


@bp.post("/credit/administrators")
@operation("Appoint a member to the credit office (site administrators)", tag=TAG,
           body=schemas.Appointment, status=204, auth=True, errors=(403, 409))
def appoint(body: schemas.Appointment):
    service.appoint(db.session, require_user(), body)
    commit(db.session)


@bp.delete("/credit/administrators/<id:user_id>")
@operation("Dismiss a member from the credit office (site administrators)", tag=TAG,
           status=204, auth=True, errors=(403,))
def dismiss(user_id: int):
    service.dismiss(db.session, require_user(), user_id)
    commit(db.session)


# ---------------------------------------------------------------- designation


@bp.post("/sessions/<id:session_id>/credit")
@operation("Designate a session for credit before it starts (credit office); refused while "
           "a host or presenter is not cleared by the disclosure review", tag=TAG,
           body=schemas.SessionDesignation, status=201, response=schemas.ActivityOut,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def designate_session(session_id: int, body: schemas.SessionDesignation):
    actor = require_user()
    live = sessions.get_session(db.session, actor, session_id)
    activity = service.designate_session(db.session, actor, live, body)
    commit(db.session)
    return Created(activity_json(activity), url_for(".get_activity", activity_id=activity.id))


@bp.post("/cases/<id:case_id>/credit")
@operation("Designate a published write-up as a journal-based activity, with its "
           "assessment (editors, credit office)", tag=TAG, body=schemas.JournalDesignation,
           status=201, response=schemas.ActivityOut, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def designate_case(case_id: int, body: schemas.JournalDesignation):
    activity = service.designate_case(db.session, require_user(), case_id, body)
    commit(db.session)
    return Created(activity_json(activity), url_for(".get_activity", activity_id=activity.id))


@bp.get("/credit/activities/<id:activity_id>")
@operation("A credit activity: objectives, credits, commercial support", tag=TAG,
           response=schemas.ActivityOut)
def get_activity(activity_id: int):
    activity = _activity(activity_id)
    me = api_user()
    deadline = service.deadline(db.session, activity, me.id) if me else None
    return activity_json(activity, deadline)


# ---------------------------------------------------------------- learners


@bp.get("/credit/activities/<id:activity_id>/questions")
@operation("The assessment's questions (the answers come after an attempt)", tag=TAG,
           response=schemas.QuestionList, auth=True)
def get_questions(activity_id: int):
    activity = _activity(activity_id)
    asked = service.questions(db.session, require_user(), activity)
    return {"pass_mark": activity.pass_mark,
            "items": [{"position": q.position, "stem": q.stem, "options": q.options}
                      for q in asked]}


@bp.post("/credit/activities/<id:activity_id>/attempts")
@operation("Answer the assessment; the score, and each answer's explanation", tag=TAG,
           body=schemas.AttemptRequest, status=201, response=schemas.AttemptOut, auth=True,
           errors=(403,))
def attempt(activity_id: int, body: schemas.AttemptRequest):
    activity = _activity(activity_id)
    row = service.attempt(db.session, require_user(), activity, body)
    commit(db.session)
    return Created(attempt_json(activity, row), url_for(".get_earned", activity_id=activity.id))


def attempt_json(activity: CreditActivity, row: Any) -> dict[str, Any]:
    return {"score": row.score, "passed": row.passed, "pass_mark": activity.pass_mark,
            "explanations": [{"position": q.position, "your_answer": given,
                              "best_answer": q.correct, "explanation": q.explanation}
                             for q, given in zip(activity.questions, row.answers)]}


@bp.post("/credit/activities/<id:activity_id>/evaluation")
@operation("Evaluate the activity (anonymously in every report), with an optional "
           "commitment to change", tag=TAG, body=schemas.EvaluationForm, status=201,
           response=schemas.EvaluationOut, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def evaluate(activity_id: int, body: schemas.EvaluationForm):
    activity = _activity(activity_id)
    commitment = service.evaluate(db.session, require_user(), activity, body)
    commit(db.session)
    return Created({"evaluated": True,
                    "commitment_id": commitment.id if commitment else None,
                    "follow_up_due": commitment.follow_up_due if commitment else None},
                   url_for(".get_earned", activity_id=activity.id))


@bp.get("/credit/activities/<id:activity_id>/earned")
@operation("What you may claim for this activity, and what is missing", tag=TAG,
           response=schemas.Claimable, auth=True)
def get_earned(activity_id: int):
    activity = _activity(activity_id)
    return earned_json(service.earned(db.session, require_user(), activity))


@bp.post("/credit/activities/<id:activity_id>/claims")
@operation("Claim credit: up to what you earned, in a credit type you may claim, within the "
           "window, after the evaluation; once", tag=TAG, body=schemas.CreditClaimRequest,
           status=201, response=schemas.ClaimOut, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def claim(activity_id: int, body: schemas.CreditClaimRequest):
    activity = _activity(activity_id)
    row = service.claim(db.session, require_user(), activity, body)
    commit(db.session)
    return Created(claim_json(row), url_for(".get_claim", claim_id=row.id))


@bp.post("/credit/activities/<id:activity_id>/reopenings")
@operation("Reopen the claim window for one member, with a reason (host, credit office)",
           tag=TAG, body=schemas.Reopening, status=204, auth=True, errors=(403,))
def reopen(activity_id: int, body: schemas.Reopening):
    activity = _activity(activity_id)
    service.reopen(db.session, require_user(), activity, body)
    commit(db.session)


@bp.get("/credit/claimable")
@operation("Everything you may still claim, soonest deadline first", tag=TAG,
           response=schemas.ClaimableList, auth=True)
def claimable():
    return {"items": [earned_json(e) for e in service.claimable(db.session, require_user())]}


@bp.get("/credit/claims")
@operation("Your claims, newest first", tag=TAG, query=schemas.TranscriptQuery,
           response=schemas.ClaimList, auth=True)
def my_claims(query: schemas.TranscriptQuery):
    rows = service.my_claims(db.session, require_user(), query.start, query.end)
    return {"items": [claim_json(r) for r in rows]}


@bp.get("/credit/claims/<id:claim_id>")
@operation("One claim with its ledger entries (the member, the credit office)", tag=TAG,
           response=schemas.ClaimOut, auth=True)
def get_claim(claim_id: int):
    return claim_json(service.get_claim(db.session, require_user(), claim_id))


@bp.post("/credit/claims/<id:claim_id>/corrections")
@operation("Correct a claim's credits: a new ledger entry with the reason (credit office)",
           tag=TAG, body=schemas.Correction, status=201, response=schemas.ClaimOut,
           auth=True, errors=(403,))
def correct(claim_id: int, body: schemas.Correction):
    actor = require_user()
    row = service.get_claim(db.session, actor, claim_id)
    service.correct(db.session, actor, row, body)
    commit(db.session)
    return Created(claim_json(row), url_for(".get_claim", claim_id=row.id))


@bp.post("/credit/claims/<id:claim_id>/revocation")
@operation("Revoke a certificate (credit office): its verification says so and its credits "
           "are taken back by a correction", tag=TAG, body=schemas.Revocation,
           response=schemas.ClaimOut, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def revoke(claim_id: int, body: schemas.Revocation):
    actor = require_user()
    row = service.get_claim(db.session, actor, claim_id)
    service.revoke(db.session, actor, row, body)
    commit(db.session)
    return claim_json(row)


@bp.get("/credit/profile")
@operation("Your identifiers for accreditors and your credit target (only you and the "
           "credit office see them)", tag=TAG, response=schemas.LearnerProfileOut, auth=True)
def get_profile():
    actor = require_user()
    return profile_json(service.learner_profile(db.session, actor, actor.id))


@bp.put("/credit/profile")
@operation("Set your identifiers and your credit target", tag=TAG,
           body=schemas.LearnerIdentifiers, response=schemas.LearnerProfileOut, auth=True)
def save_profile(body: schemas.LearnerIdentifiers):
    row = service.save_learner_profile(db.session, require_user(), body)
    commit(db.session)
    return profile_json(row)


def profile_json(row: Any) -> dict[str, Any]:
    return {"npi": row.npi or None, "licence_number": row.licence_number or None,
            "licence_state": row.licence_state or None,
            "nabp_eprofile_id": row.nabp_eprofile_id or None, "birth_month": row.birth_month,
            "birth_day": row.birth_day,
            "target_credits": credits(row.target_quarters) if row.target_quarters else None,
            "target_years": row.target_years or 2}


@bp.get("/credit/commitments")
@operation("Your commitments to change and their follow-ups", tag=TAG,
           response=schemas.CommitmentList, auth=True)
def my_commitments():
    return {"items": [commitment_json(c)
                      for c in service.my_commitments(db.session, require_user())]}


@bp.post("/credit/commitments/<id:commitment_id>/follow-up")
@operation("Say what changed and what stood in the way", tag=TAG,
           body=schemas.FollowUpAnswer, response=schemas.CommitmentOut, auth=True,
           errors=(409,), conflict="ConflictProblem")
def follow_up(commitment_id: int, body: schemas.FollowUpAnswer):
    actor = require_user()
    row = service.get_commitment(db.session, actor, commitment_id)
    service.answer_follow_up(db.session, actor, row, body)
    commit(db.session)
    return commitment_json(row)


def commitment_json(row: Any) -> dict[str, Any]:
    return {"id": row.id, "activity_id": row.activity_id, "activity": row.activity.title,
            "statements": row.statements, "created_at": row.created_at,
            "follow_up_due": row.follow_up_due, "answered_at": row.answered_at,
            "outcome": row.outcome, "changed": row.changed, "barriers": row.barriers}
