"""Co-author invitations by mail: to a member, and to an address with no account yet — the
signed link, registering with that address, accepting by POST (never on GET), forged and
foreign links, expiry after 30 days."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from community.cases.authoring.models import CaseInvitation
from community.cases.models import CaseAuthor
from community.platform.accounts.models import User
from community.platform.db import utcnow
from tests.support.remindmail import links, mails, text_of
from tests.support.review import make_case
from tests.support.web import PASSWORD, csrf_token, login, post_form

NEW_ADDRESS = "new.colleague@example.org"


def _invite(app, author, case_id: int, invitee: str):
    client = app.test_client()
    login(client, author)
    response = post_form(client, f"/cases/{case_id}/authors",
                         {"invitee": invitee, "roles": ["investigation"],
                          "message": "Would you write the discussion with me?"})
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    return client


def test_a_member_invited_by_username_gets_a_mail_with_a_link(app, session, make_user):
    author, colleague = make_user(), make_user()
    case_id = make_case(session, author)
    _invite(app, author, case_id, colleague.username)
    (mail,) = mails(app, "coauthor_invitation", colleague.email)
    body = text_of(mail)
    assert "Invitation to co-author" in mail["Subject"]
    assert "Would you write the discussion with me?" in body
    assert "Investigation" in body
    assert mail["List-Unsubscribe"]  # not transactional: one-click unsubscribe
    (link,) = links(mail, "/case-invitations/open/")
    member = app.test_client()
    login(member, colleague)
    page = member.get(link)
    assert page.status_code == 200
    assert "Accept" in page.get_data(as_text=True)


def test_an_address_with_no_account_registers_and_accepts_through_the_link(
        app, session, make_user):
    author, stranger = make_user(), make_user()
    case_id = make_case(session, author)
    _invite(app, author, case_id, NEW_ADDRESS)
    (mail,) = mails(app, "coauthor_invitation", NEW_ADDRESS)
    assert "register with this address" in text_of(mail)
    (link,) = links(mail, "/case-invitations/open/")

    visitor = app.test_client()
    page = visitor.get(link)  # not signed in: asked to sign in or register
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "register" in html and "/login?next=" in html

    # A forged or altered link shows nothing.
    assert visitor.get(link[:-3] + "abc").status_code == 404
    assert visitor.get("/case-invitations/open/not-a-token").status_code == 404

    # Someone else, signed in, cannot take it.
    other = app.test_client()
    login(other, stranger)
    assert other.get(link).status_code == 403

    response = visitor.post("/register", data={
        "csrf_token": csrf_token(visitor), "email": NEW_ADDRESS, "username": "newcolleague",
        "password": PASSWORD, "display_name": "Dr New Colleague", "credentials": "MD",
        "time_zone": "Europe/Paris", "language": "en"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:2000]
    # Signed in with the invited address (not yet confirmed: the signed link, which only
    # that mailbox received, is enough to answer this invitation).
    page = visitor.get(link)
    assert page.status_code == 200, page.get_data(as_text=True)
    invitation_id = session.scalar(select(CaseInvitation.id).where(
        CaseInvitation.email == NEW_ADDRESS))
    assert 'value="accept"' in page.get_data(as_text=True)
    session.rollback()
    # Following the link (GET) changed nothing.
    assert session.get(CaseInvitation, invitation_id).status == "pending"
    # Without the link, an unconfirmed address does not answer.
    assert post_form(visitor, f"/case-invitations/{invitation_id}/accept").status_code == 404

    assert post_form(visitor, link, {"answer": "accept"}).status_code == 303
    session.rollback()
    assert session.get(CaseInvitation, invitation_id).status == "accepted"
    authors = session.scalars(select(CaseAuthor.user_id).where(
        CaseAuthor.case_id == case_id)).all()
    assert session.get(CaseInvitation, invitation_id).user_id in authors
    # Used once: the link now only says so, and a second answer is refused.
    assert "was accepted" in visitor.get(link).get_data(as_text=True)
    assert post_form(visitor, link, {"answer": "accept"}).status_code == 409


def test_an_address_invitation_expires_after_30_days(app, session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    _invite(app, author, case_id, NEW_ADDRESS)
    (mail,) = mails(app, "coauthor_invitation", NEW_ADDRESS)
    (link,) = links(mail, "/case-invitations/open/")
    session.execute(update(CaseInvitation).where(CaseInvitation.email == NEW_ADDRESS)
                    .values(created_at=utcnow() - timedelta(days=31)))
    session.commit()
    newcomer = make_user()
    session.execute(update(User).where(User.id == newcomer.id).values(email=NEW_ADDRESS))
    session.commit()
    newcomer.email = NEW_ADDRESS
    client = app.test_client()
    login(client, newcomer)
    page = client.get(link)
    assert page.status_code == 200 and "expired" in page.get_data(as_text=True)
    assert "No pending invitations" in client.get("/cases").get_data(as_text=True)
    assert post_form(client, link, {"answer": "accept"}).status_code == 409
    # The author may invite the address again, and a new mail goes out.
    _invite(app, author, case_id, NEW_ADDRESS)
    assert len(mails(app, "coauthor_invitation", NEW_ADDRESS)) == 2
