"""How this part plugs into the app: what it registers, explicitly, from init_app."""
from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select

from community.cases import policy
from community.cases.authoring import api as authoring_api
from community.cases.authoring import presence
from community.cases.authoring import views as authoring_views
from community.cases.deid import api as deid_api
from community.cases.deid import service as deid
from community.cases.deid import views as deid_views
from community.cases.models import CaseAuthor
from community.cases.publication import api as publication_api
from community.cases.publication import views as publication_views
from community.cases.review import anonymity
from community.cases.review import api as review_api
from community.cases.review import mailing as review_mailing
from community.cases.review import views as review_views
from community.cases.review.models import BoardEditor, ReviewAssignment
from community.platform import api as platform_api
from community.platform import pagecache
from community.platform import tasks as platform_tasks
from community.platform.accounts import chrome
from community.platform.accounts.models import User
from community.platform.anonymity import register_party_rule
from moderation.disclosures.policy import register_statement_reader


def init_app(app: Flask) -> None:
    for bp in (authoring_views.bp, deid_views.bp, review_views.bp, publication_views.bp):
        app.register_blueprint(bp)
    for bp in (authoring_api.bp, deid_api.bp, review_api.bp, publication_api.bp):
        platform_api.register(app, bp)
    presence.init_app(app)
    # The header's "Editor" link asks for the member's board editorships: counted with the
    # signed-in member in one statement (chrome.py); no query for those who edit no board.
    chrome.part(app, "edited_boards", lambda: select(func.count()).where(
        BoardEditor.user_id == User.id).scalar_subquery(), empty="board_editorships")
    deid.register_kinds(app)
    # A write-up's disclosure statement names its authors: only its readers see it
    # (reviewers must not learn the authors from it).
    register_statement_reader(app, "case", policy.can_view_case_statement)
    # Double-anonymous review, for the parts below cases (queue subjects, disclosures) that
    # name people in a write-up's context: cases decides who may learn whom.
    register_party_rule(app, "case", anonymity.may_know_in)
    # Members' cached pages (pagecache, members=True: the queue) hide items by who is a
    # party to which write-up, a fact of other people's rows: a change of a write-up's
    # authors, reviewers or editors renews every member's pages (rare, and never stale).
    for model in (CaseAuthor, ReviewAssignment, BoardEditor):
        pagecache.watch(app, model, lambda _row: ["members"], bulk=["members"])
    app.add_template_global(anonymity.party_name, "party_name")
    # A PHI finding's Safe Harbor category in the language shown (findings on every page).
    app.add_template_global(deid.phi_label, "phi_label")
    # Reviewers are reminded by mail 3 days before their due date and on it (once each).
    platform_tasks.register(app, review_mailing.REMINDER_TASK, review_mailing.remind_reviewers)
    platform_tasks.schedule(app, "review-reminders", review_mailing.REMINDER_TASK, 3600.0)
