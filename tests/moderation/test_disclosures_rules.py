"""Each rule of docs/domain.md §1 (ACCME Standards for Integrity and Independence) as the services,
the gate and the queue's review actions enforce it, on the real database."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from community.notifications.models import Notification
from community.platform.accounts.models import User
from community.platform.db import commit, utcnow
from community.platform.errors import Forbidden, ValidationError
from moderation.disclosures import gate, service
from moderation.disclosures.models import (
    NATURES,
    Company,
    Disclosure,
    DisclosureRelationship,
    RoleClearance,
)
from moderation.disclosures.seed import ELIGIBLE, INELIGIBLE, ensure_companies
from moderation.queue.models import QueueItem
from tests.support.disclosures import (
    act,
    file,
    item_for,
    months_ago,
    rel,
    relationship_ids,
    request,
    seed,
    today,
)


@pytest.fixture(autouse=True)
def companies(session):
    seed(session)


def _count(session, model) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(model))


def _errors(session, user, data) -> dict:
    with pytest.raises(ValidationError) as raised:
        service.file_disclosure(session, session.get(User, user.id),
                                {"confirm": True, **data})
    session.rollback()
    return raised.value.errors


# ---------------------------------------------------------------- what is collected


def test_only_the_past_24_months_are_collected(session, make_user):
    member = make_user()
    errors = _errors(session, member, {"relationships": [
        rel("Pfizer", "consultant", months_ago(40), months_ago(24, days=2))]})
    assert "more than 24 months ago" in errors["rel-1-ended_on"][0]
    # Ended 23 months ago: still inside the window; ongoing since long ago: disclosed.
    disclosure = file(session, member,
                      rel("Pfizer", "consultant", months_ago(40), months_ago(23)),
                      rel("Roche", "advisor", "2012-03-01"))
    assert [r.company.name for r in disclosure.relationships] == ["Pfizer", "Roche"]
    assert disclosure.relationships[1].ongoing


def test_every_nature_of_the_fixed_list_and_nothing_else(session, make_user):
    member = make_user()
    rows = [rel("Novartis", nature, ownership="public" if nature == "ownership_interest"
                else None) for nature in NATURES]
    disclosure = file(session, member, *rows)
    assert [r.nature for r in disclosure.relationships] == list(NATURES)
    errors = _errors(session, member, {"relationships": [rel("Novartis", "shareholder")]})
    assert "choose the nature among Employee, Researcher" in errors["rel-1-nature"][0]
    errors = _errors(session, member, {"relationships": [rel("Novartis",
                                                             "ownership_interest")]})
    assert "privately held or publicly traded" in errors["rel-1-ownership_type"][0]


def test_bad_relationships_get_clear_errors_and_nothing_is_half_filed(session, make_user):
    member = make_user()
    before = [_count(session, m) for m in (Disclosure, DisclosureRelationship, Company,
                                           QueueItem)]
    future = (today() + timedelta(days=10)).isoformat()
    errors = _errors(session, member, {"relationships": [
        rel("Brand New Pharma", "speaker"),  # valid, and a new company…
        rel("Pfizer", "speaker", months_ago(2), months_ago(5)),  # …but these are not
        rel("", "consultant"),
        rel("Roche", "advisor", future),
        rel("Bayer", "advisor", months_ago(3), future),
        {"company": "Sanofi", "nature": "speaker", "started_on": "03/2024",
         "ended_on": "", "ongoing": True},
        {"company": "GSK", "nature": "speaker", "started_on": months_ago(3), "ended_on": "",
         "ongoing": False},
    ]})
    assert "end date is before the start date" in errors["rel-2-ended_on"][0]
    assert "the company is required" in errors["rel-3-company"][0]
    assert "start date is in the future" in errors["rel-4-started_on"][0]
    assert "end date is in the future" in errors["rel-5-ended_on"][0]
    assert "must be a date" in errors["rel-6-started_on"][0]
    assert "tick “ongoing”" in errors["rel-7-ended_on"][0]
    assert "rel-1-company" not in errors
    after = [_count(session, m) for m in (Disclosure, DisclosureRelationship, Company,
                                          QueueItem)]
    assert after == before  # not even the new company or its queue item
    assert session.scalar(select(Company).where(Company.name == "Brand New Pharma")) is None


def test_declared_none_is_explicit_and_differs_from_never_asked(session, make_user):
    member = make_user()
    assert service.active_disclosure(session, member.id) is None  # never asked
    errors = _errors(session, member, {})
    assert "or declare that you have none" in errors["declared_none"][0]
    errors = _errors(session, member, {"declared_none": True,
                                       "relationships": [rel("Pfizer", "speaker")]})
    assert "declared no relationships but listed 1" in errors["declared_none"][0]
    with pytest.raises(ValidationError) as raised:
        service.file_disclosure(session, session.get(User, member.id), {"declared_none": True})
    session.rollback()
    assert "confirm" in raised.value.errors
    disclosure = file(session, member, declared_none=True)
    assert disclosure.declared_none is True and disclosure.relationships == []
    assert disclosure.declared_at is not None and disclosure.version == 1


# ---------------------------------------------------------------- currency and the gate


def test_a_disclosure_is_valid_12_months_and_expired_ones_block_like_missing(session,
                                                                             make_user):
    member = make_user()
    with pytest.raises(gate.DisclosureRequired) as missing:
        request(session, member)
    assert "/disclosures/new" in missing.value.detail and missing.value.status == 403
    assert missing.value.extra["link"] == "/disclosures/new"
    old = file(session, member, declared_none=True,
               now=utcnow() - timedelta(days=366))
    assert old.valid_until.date() == service.add_months(old.declared_at, 12).date()
    assert service.current_disclosure(session, member.id) is None  # computed, no job
    with pytest.raises(gate.DisclosureRequired) as expired:
        request(session, member)
    assert "expired on" in expired.value.detail and "Renew it" in expired.value.detail
    session.rollback()


def test_expiry_blocks_a_cleared_role_again(session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, declared_none=True)
    clearance = request(session, member)
    with pytest.raises(gate.RoleNotCleared, match="waiting for a moderator"):
        gate.require_cleared(session, member, "presenter", "session", 7)
    act(session, moderator, clearance, "clear", {})
    gate.require_cleared(session, member, "presenter", "session", 7)
    with pytest.raises(gate.RoleNotCleared, match="ask for the review"):
        gate.require_cleared(session, member, "presenter", "session", 8)  # other content
    session.execute(update(Disclosure).values(valid_until=utcnow() - timedelta(seconds=1)))
    commit(session)
    with pytest.raises(gate.DisclosureRequired, match="expired"):
        gate.require_cleared(session, member, "presenter", "session", 7)


def test_a_change_files_a_new_version_keeps_the_old_and_needs_a_new_review(session,
                                                                          make_user):
    member, moderator = make_user(), make_user("moderator")
    first = file(session, member, declared_none=True)
    clearance = request(session, member)
    act(session, moderator, clearance, "clear", {})
    second = file(session, member, rel("Amgen", "speaker"))
    session.expire_all()
    first = session.get(Disclosure, first.id)
    assert (first.status, first.superseded_by_id, second.version) == ("superseded", second.id,
                                                                       2)
    assert service.get_disclosure(session, session.get(User, member.id), first.id).declared_none
    assert service.current_disclosure(session, member.id).id == second.id
    with pytest.raises(gate.RoleNotCleared, match="filed a new disclosure"):
        gate.require_cleared(session, member, "presenter", "session", 7)
    again = request(session, member)
    assert again.id != clearance.id and again.status == "pending"
    assert again.disclosure_id == second.id


def test_reviews_follow_the_current_version_when_the_member_files_again(session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, declared_none=True)
    clearance = request(session, member)
    newer = file(session, member, rel("Abbott", "researcher"))
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear", {})  # the new relationship is unreviewed
    assert f"rel-{newer.relationships[0].id}-relevant" in raised.value.errors
    assert session.get(RoleClearance, clearance.id).status == "pending"
    assert item_for(session, clearance).status == "pending"  # nothing half-saved


# ---------------------------------------------------------------- relevance and mitigation


@pytest.mark.parametrize("role,kind,good,bad", [
    ("host", "session", "recuse", "attest_evidence_based"),
    ("editor", "case", "peer_review_planning", "peer_review_content"),
    ("presenter", "session", "attest_evidence_based", "recuse"),
    ("case_author", "case", "peer_review_content", "peer_review_planning"),
    ("case_reviewer", "case", "divest", "recuse"),
])
def test_mitigation_steps_come_from_the_role_groups_list(session, make_user, role, kind,
                                                        good, bad):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, rel("Pfizer", "consultant"), rel("Medtronic", "speaker"))
    clearance = request(session, member, role, kind)
    pfizer, medtronic = relationship_ids(session, clearance)
    base = {f"rel-{medtronic}-relevant": "no"}
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear",
            {**base, f"rel-{pfizer}-relevant": "yes", f"rel-{pfizer}-mitigation": bad})
    group = "planners" if role in ("host", "editor") else "faculty"
    assert f"one of the steps for {group}" in raised.value.errors[f"rel-{pfizer}-mitigation"][0]
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear", {f"rel-{pfizer}-relevant": "yes"})
    assert f"rel-{medtronic}-relevant" in raised.value.errors  # every relationship reviewed
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear",
            {**base, f"rel-{pfizer}-relevant": "yes", f"rel-{pfizer}-mitigation": "other"})
    assert "describe the other" in raised.value.errors[f"rel-{pfizer}-note"][0]
    act(session, moderator, clearance, "clear",
        {**base, f"rel-{pfizer}-relevant": "yes", f"rel-{pfizer}-mitigation": good})
    session.expire_all()
    cleared = session.get(RoleClearance, clearance.id)
    found = {r.relationship_id: (r.relevant, r.mitigation) for r in cleared.reviews}
    assert found == {pfizer: (True, good), medtronic: (False, None)}
    gate.require_cleared(session, member, role, kind, 7)


def test_relationships_with_eligible_organisations_need_no_review(session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, rel("Mayo Clinic", "employee"), rel("Elsevier", "royalties_or_patent"))
    clearance = request(session, member, "host")
    act(session, moderator, clearance, "clear", {})  # not owners: Mayo is not ineligible
    session.expire_all()
    assert [r.relevant for r in session.get(RoleClearance, clearance.id).reviews] == [False,
                                                                                       False]


# ---------------------------------------------------------------- owners and employees


def _employee(session, make_user, nature="employee", ownership=None, ended=None):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, rel("Medtronic", nature, months_ago(30), ended, ownership))
    clearance = request(session, member, "presenter")
    return member, moderator, clearance, relationship_ids(session, clearance)[0]


@pytest.mark.parametrize("nature,ownership", [("employee", None), ("executive_role", None),
                                              ("ownership_interest", "private")])
def test_owners_and_employees_cannot_be_cleared_without_an_exception(session, make_user,
                                                                    nature, ownership):
    member, moderator, clearance, rid = _employee(session, make_user, nature, ownership)
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear",
            {f"rel-{rid}-relevant": "yes", f"rel-{rid}-mitigation": "divest"})
    assert "owner or employee of Medtronic" in raised.value.errors["exception"][0]
    act(session, moderator, clearance, "refuse", {}, reason="Employee of a device maker")
    with pytest.raises(gate.RoleNotCleared, match="Employee of a device maker"):
        gate.require_cleared(session, member, "presenter", "session", 7)


@pytest.mark.parametrize("exception,relevant", [("unrelated_content", "no"),
                                                ("basic_science", "yes"),
                                                ("device_training", "yes")])
def test_each_of_the_three_exceptions_clears_an_employee(session, make_user, exception,
                                                        relevant):
    member, moderator, clearance, rid = _employee(session, make_user)
    act(session, moderator, clearance, "clear",
        {f"rel-{rid}-relevant": relevant, f"rel-{rid}-mitigation": "peer_review_content",
         "exception": exception})
    session.expire_all()
    assert session.get(RoleClearance, clearance.id).owner_exception == exception
    gate.require_cleared(session, member, "presenter", "session", 7)


def test_unrelated_content_exception_means_the_relationship_is_not_relevant(session,
                                                                           make_user):
    _, moderator, clearance, rid = _employee(session, make_user)
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "clear",
            {f"rel-{rid}-relevant": "yes", f"rel-{rid}-mitigation": "divest",
             "exception": "unrelated_content"})
    assert "not relevant" in raised.value.errors[f"rel-{rid}-relevant"][0]


@pytest.mark.parametrize("nature,ownership,ended", [
    ("ownership_interest", "public", None),  # publicly traded stock: not an owner
    ("royalties_or_patent", None, None),  # patent royalties: not an owner
    ("employee", None, "ended"),  # a past employee: a relationship to mitigate
])
def test_public_stock_royalties_and_past_employment_are_mitigated_not_excluded(
        session, make_user, nature, ownership, ended):
    member, moderator, clearance, rid = _employee(
        session, make_user, nature, ownership, months_ago(3) if ended else None)
    act(session, moderator, clearance, "clear",
        {f"rel-{rid}-relevant": "yes", f"rel-{rid}-mitigation": "peer_review_content"})
    gate.require_cleared(session, member, "presenter", "session", 7)


def test_refusing_needs_a_reason_and_tells_the_member(session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, declared_none=True)
    clearance = request(session, member, "case_author", "case", 3, "Case report: Wellens")
    with pytest.raises(ValidationError) as raised:
        act(session, moderator, clearance, "refuse", {})
    assert "reason" in raised.value.errors
    act(session, moderator, clearance, "refuse", {}, reason="Wrong case")
    note = session.scalar(select(Notification).where(Notification.user_id == member.id))
    assert note.kind == "disclosure_reviewed" and note.post_id is None
    assert "was refused: Wrong case" in note.message and note.link.endswith(
        f"#role-{clearance.id}")


def test_a_moderator_cannot_review_their_own_disclosure(session, make_user):
    moderator = make_user("moderator")
    file(session, moderator, declared_none=True)
    clearance = request(session, moderator, "host")
    with pytest.raises(Forbidden, match="about you"):
        act(session, moderator, clearance, "clear", {})


def test_requests_are_idempotent_and_checked(session, make_user):
    member = make_user()
    file(session, member, declared_none=True)
    first = request(session, member)
    assert request(session, member).id == first.id
    assert session.scalar(select(func.count()).select_from(QueueItem).where(
        QueueItem.kind == "disclosure_review")) == 1
    for role, kind in (("host", "case"), ("nobody", "session"), ("presenter", "webinar")):
        with pytest.raises(ValidationError):
            gate.request_role(session, session.get(User, member.id), role, kind, 7, "x")
        session.rollback()


# ---------------------------------------------------------------- companies


def test_an_unknown_company_goes_to_the_queue_and_blocks_review_until_classified(
        session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, rel("Zyx Biologics", "advisor"))
    company = session.scalar(select(Company).where(Company.name == "Zyx Biologics"))
    assert company.ineligible is None and company.added_by_id == member.id
    item = session.scalar(select(QueueItem).where(QueueItem.kind == "company_classification"))
    assert item.subject_id == company.id and "Zyx Biologics" in item.summary
    clearance = request(session, member)
    with pytest.raises(ValidationError, match="Classify Zyx Biologics"):
        act(session, moderator, clearance, "clear", {})
    from moderation.queue import service as queue

    queue.act(session, session.get(User, moderator.id), item, "ineligible",
              version=item.version, data={"kind": "biomedical_startup"})
    commit(session)
    session.expire_all()
    company = session.get(Company, company.id)
    assert (company.ineligible, company.kind, company.classified_by_id) == (
        True, "biomedical_startup", moderator.id)
    rid = relationship_ids(session, clearance)[0]
    act(session, moderator, clearance, "clear", {f"rel-{rid}-relevant": "no"})


def test_names_match_whatever_the_case_and_spacing(session, make_user):
    member = make_user()
    disclosure = file(session, member, rel("pfizer", "speaker"),
                      rel("JOHNSON   &  johnson", "advisor"))
    assert [r.company.name for r in disclosure.relationships] == ["Pfizer", "Johnson & Johnson"]
    assert session.scalar(select(func.count()).select_from(QueueItem)) == 0
    # Surrounding spaces are the form's to trim (the page does); the contract refuses them.
    errors = _errors(session, member, {"relationships": [rel("  pfizer ", "speaker")]})
    assert "rel-1-company" in errors


def test_the_starter_list_is_realistic_and_seeding_is_idempotent(session, make_user):
    moderator = make_user("moderator")
    session.rollback()  # a fresh snapshot that sees the new member
    names = {c.name: c.ineligible for c in session.scalars(select(Company))}
    assert len(names) == len(INELIGIBLE) + len(ELIGIBLE) and len(INELIGIBLE) >= 25
    assert names["Medtronic"] is True and names["Express Scripts"] is True
    assert names["Epic Systems"] is False and names["Elsevier"] is False
    company = session.scalar(select(Company).where(Company.name == "Wolters Kluwer"))
    service.classify_company(session, session.get(User, moderator.id), company,
                             {"ineligible": True})
    commit(session)
    assert ensure_companies(session) == 0
    session.expire_all()
    assert session.get(Company, company.id).ineligible is True  # the moderator's word stays


# ---------------------------------------------------------------- reminders


def test_the_reminder_task_notifies_once_30_days_before(app, session, make_user):
    soon, later, expired = make_user(), make_user(), make_user()
    d_soon = file(session, soon, declared_none=True, now=utcnow() - timedelta(days=340))
    file(session, later, declared_none=True, now=utcnow() - timedelta(days=300))
    file(session, expired, declared_none=True, now=utcnow() - timedelta(days=400))
    task = app.extensions["celery"].tasks["rounds.disclosure_reminders"]
    assert task.apply().get() == 1
    assert task.apply().get() == 0  # idempotent
    notes = session.scalars(select(Notification)).all()
    assert [(n.user_id, n.kind) for n in notes] == [(soon.id, "disclosure_expiring")]
    assert "expires on" in notes[0].message and "renew" in notes[0].message
    assert notes[0].link == f"/disclosures/new?renew={d_soon.id}"
    # Even if the disclosure's flag were lost, the notification is not sent twice.
    session.execute(update(Disclosure).values(reminded_at=None))
    commit(session)
    task.apply().get()
    session.expire_all()
    assert len(session.scalars(select(Notification)).all()) == 1
    schedule = app.extensions["celery"].conf.beat_schedule
    assert schedule["disclosure-reminders"]["task"] == "rounds.disclosure_reminders"
