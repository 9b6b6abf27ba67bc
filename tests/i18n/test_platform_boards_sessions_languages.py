"""The platform, the boards and the live sessions in the reader's language (issue 17): the
pages a visitor reads by Accept-Language and a member by their preference, the error pages
and problem details, validation messages made from the contract's errors, the offline page,
every state's label, country names, the rate limit, and dates and relative times ("3 hours
ago") per locale in the member's zone. Each test also checks that English sentences of these templates are gone."""
from __future__ import annotations

import html
import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from community.boards import home
from community.boards.models import Topic
from community.cases.authoring.models import INVITATION_STATES
from community.cases.deid.models import OVERRIDE_STATUSES
from community.cases.review.models import ASSIGNMENT_STATES
from community.cases.states import STATES as CASE_STATES
from community.mail.models import STATUSES as MAIL_STATUSES
from community.platform.accounts.models import ROLES
from community.platform.db import commit, utcnow
from community.platform.i18n import force_locale
from community.platform.phi import category_label
from community.platform.web import STATE_LABELS, country_name, state_label
from moderation.disclosures.models import CLEARANCE_STATUSES
from moderation.queue.models import STATUSES as QUEUE_STATUSES
from realtime.room.models import POLL_STATES, QUESTION_STATES
from realtime.sessions.models import REGISTRATION_STATUSES
from realtime.sessions.models import STATES as SESSION_STATES
from tests.support.sessions import board, schedule
from tests.support.web import login, post_form

CASE = ("A woman in her 40s with three weeks of fever after travel; the blood film is "
        "negative twice. What would you check next?")


def _lang(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', html)
    assert match, html[:300]
    return match.group(1), match.group(2)


def _absent(html: str, *english: str) -> None:
    for text in english:
        assert text not in html, text


@pytest.fixture
def topic_id(app, session, make_user):
    """A topic started by a member (on a client of its own: `client` stays a visitor)."""
    author = app.test_client()
    login(author, make_user(username="ines"))
    slug = board(session).slug
    made = post_form(author, f"/b/{slug}/new", {"title": "Fever after travel, film negative",
                                                 "raw": CASE, "tags": "fever"})
    assert made.status_code == 303, made.get_data(as_text=True)[:500]
    session.rollback()
    return session.scalar(select(Topic.id).order_by(Topic.id.desc()))


def test_every_state_code_has_a_translated_label(app):
    codes = {*CASE_STATES, *ASSIGNMENT_STATES, *INVITATION_STATES, *OVERRIDE_STATUSES, *ROLES,
             *POLL_STATES, *QUESTION_STATES, *SESSION_STATES, *REGISTRATION_STATUSES,
             *QUEUE_STATUSES, *CLEARANCE_STATUSES, *MAIL_STATUSES}
    assert codes - set(STATE_LABELS) == set()
    with app.test_request_context(), force_locale("es"):
        spanish = {code: state_label(code) for code in codes}
        assert spanish["lobby"] == "Sala de espera abierta"
        assert spanish["revisions_requested"] == "Revisiones solicitadas"
        assert state_label("in_review") != "In review"
    with app.test_request_context(), force_locale("ar"):
        assert state_label("waitlisted") == "في قائمة الانتظار"
        # Countries and Safe Harbor categories in the shown language.
        assert country_name("IN") == "الهند"
        assert category_label("mrn") == "رقم السجل الطبي"
    with app.test_request_context(), force_locale("fr"):
        assert country_name("in") == "Inde"
    with app.test_request_context():
        assert country_name("IN") == "India" and state_label("live") == "Live now"


@pytest.mark.parametrize(("tag", "present", "english"), [
    ("es", ["Últimas discusiones", "Foros por especialidad", "Discusión de casos para "
            "profesionales clínicos de todo el mundo"],
     ["Latest discussion", "Specialty boards", "Case discussion for clinicians"]),
    ("ar", ["أحدث النقاشات", "منتديات التخصصات", "انضم إلى Rounds"],
     ["Latest discussion", "Specialty boards", "Join Rounds", "Keep every case"]),
])
def test_the_home_page_for_a_visitor(client, topic_id, tag, present, english):
    html = client.get("/", headers={"Accept-Language": tag}).get_data(as_text=True)
    assert _lang(html) == (tag, "rtl" if tag == "ar" else "ltr")
    for text in present:
        assert text in html, text
    _absent(html, *english, " replies", " reply ·")
    # A topic's title stays as its member wrote it.
    assert "Fever after travel, film negative" in html


def test_a_board_and_a_topic_in_spanish_and_arabic(client, session, topic_id):
    slug = board(session).slug
    html = client.get(f"/b/{slug}", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert "Inicie sesión para empezar un tema" in html and "0 respuestas" in html
    _absent(html, "Sign in to start a topic", "last post", "No topics yet")
    page = client.get(f"/t/{topic_id}", headers={"Accept-Language": "ar"}).get_data(as_text=True)
    assert _lang(page) == ("ar", "rtl")
    assert "سجّل الدخول للرد" in page and "مشاركة واحدة" in page
    _absent(page, "Sign in to reply", "1 post", ">Quote<", "Patient privacy")
    assert CASE in page  # what the member wrote is never translated


def test_a_member_who_prefers_portuguese_writes_in_it(client, session, make_user, topic_id):
    login(client, make_user(language="pt-BR"))
    slug = board(session).slug
    form = client.get(f"/b/{slug}/new").get_data(as_text=True)
    assert _lang(form) == ("pt-BR", "ltr")
    assert "Novo tópico em" in form and "Privacidade do paciente:" in form
    assert "Pré-visualizar" in form and "Criar tópico" in form
    _absent(form, "Start topic", "Tags (optional)", "Patient privacy", "Preview</button>")
    # A title too short: the contract's message in Portuguese, the text kept.
    refused = post_form(client, f"/b/{slug}/new", {"title": "Hm", "raw": CASE})
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "Escreva pelo menos" in page and "Corrija o seguinte" in page
    _absent(page, "Write at least", "Please fix the following")
    topic = client.get(f"/t/{topic_id}").get_data(as_text=True)
    assert "Publicar resposta" in topic and "Responder" in topic
    _absent(topic, "Post reply", ">Reply<")


@pytest.fixture
def real_limits(app_config):
    app_config["posting_limits"] = {}  # the defaults: 120/30 s new members, 15/5 s others


@pytest.mark.usefixtures("real_limits")
def test_the_posting_limit_speaks_the_members_language(app, client, session, make_user):
    login(client, make_user(language="es"))
    slug = board(session).slug
    first = post_form(client, f"/b/{slug}/new", {"title": "First question here", "raw": CASE})
    assert first.status_code == 303
    again = post_form(client, f"/b/{slug}/new", {"title": "Second question here", "raw": CASE})
    page = again.get_data(as_text=True)
    assert again.status_code == 429
    assert "Podrá publicar otro tema en" in page and "Espere un momento" in page
    assert "los miembros pueden publicar un tema cada 15 segundos" in page
    _absent(page, "You can post another topic", "Please wait a moment")


def test_error_pages_and_problem_details_are_translated(client):
    page = client.get("/nowhere-at-all", headers={"Accept-Language": "es"})
    html = page.get_data(as_text=True)
    assert page.status_code == 404 and "Página no encontrada" in html
    _absent(html, "Not Found", "The requested URL")
    missing = client.get("/b/no-such-board", headers={"Accept-Language": "fr"})
    assert missing.status_code == 404
    assert "Aucun forum ne s’appelle &#39;no-such-board&#39;." in missing.get_data(as_text=True)
    problem = client.get("/api/v1/topics/999999", headers={"Accept-Language": "ar"})
    assert problem.status_code == 404 and problem.mimetype == "application/problem+json"
    body = problem.get_json()
    assert body["title"] == "غير موجود" and body["type"].endswith("/not-found")
    english = client.get("/api/v1/topics/999999").get_json()
    assert english["title"] == "Not found"


def test_api_validation_messages_in_the_readers_language(client, make_user):
    login(client, make_user(language="fr"))
    token = re.search(r'name="csrf-token" content="([^"]+)"',
                      client.get("/").get_data(as_text=True)).group(1)
    answer = client.post("/api/v1/boards/cardiology/topics", json={"title": "x", "raw": ""},
                         headers={"X-CSRFToken": token})
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["title"] == "Certains champs demandent votre attention"
    assert any("Écrivez au moins" in m for m in body["errors"]["title"]), body
    assert body["errors"]["raw"] == ["Ce champ est obligatoire."], body


def test_the_offline_page_is_in_the_language_that_fetched_it(client):
    page = client.get("/offline", headers={"Accept-Language": "fr"})
    html = page.get_data(as_text=True)
    assert _lang(html) == ("fr", "ltr")
    assert "Vous êtes hors ligne" in html and 'id="rounds-i18n"' in html
    assert "Accept-Language" in page.headers.get("Vary", "")
    body = html.split("</head>", 1)[1]  # the head carries offline.js's catalogue (msgid keys)
    _absent(body, "You are offline", "Saved on this device", "Try the home page again")
    arabic = client.get("/offline", headers={"Accept-Language": "ar"}).get_data(as_text=True)
    assert _lang(arabic) == ("ar", "rtl") and "أنت غير متصل" in arabic


def test_sessions_in_french_with_dates_in_the_members_zone(app, client, session, make_user):
    host = make_user(time_zone="America/New_York")
    login(client, host)
    live = schedule(client, session)
    live.registration_opened_at = utcnow()  # members see it once registration is open
    commit(session)
    reader = app.test_client()
    login(reader, make_user(language="fr", time_zone="Europe/Paris"))
    page = reader.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert _lang(page) == ("fr", "ltr")
    # 18:00 in New York is 00:00 the next day in Paris, in French.
    assert re.search(r"16 janv\. 2031,? 00:00 CET", page)
    assert "Club de lecture" in page and "Ajouter au calendrier (.ics)" in page
    assert "Inscription" in page and "Programmée" in page
    _absent(page, "Add to calendar", "Registration is not open yet", "Journal club ·",
            "seats taken", "The article")
    listing = reader.get("/sessions").get_data(as_text=True)
    assert "Prochaines sessions en direct" in listing and "Club de lecture dans" in listing
    _absent(listing, "Upcoming live sessions", "My registrations")
    # The CASP template's questions (stored as written) read in the reader's language.
    assert "L’étude portait-elle sur une question de recherche clairement définie ?" in page
    _absent(page, "Did the study address")


def test_a_host_who_reads_arabic_plans_in_arabic(client, session, make_user):
    login(client, make_user(language="ar", time_zone="Asia/Riyadh"))
    live = schedule(client, session)
    page = client.get(f"/sessions/{live.id}/checklist").get_data(as_text=True)
    assert _lang(page) == ("ar", "rtl")
    assert "قائمة التقييم النقدي" in page and "ابدأ من قالب" in page
    # The CASP template's questions, in the editor too, in Arabic.
    assert "هل تناولت الدراسة سؤالًا بحثيًا محدد التركيز بوضوح؟" in page
    _absent(page, "Start from a template", "Save the checklist", "Edit the questions",
            "Did the study address")
    # Saved back unchanged, they stay the template's (shown to an English reader in English);
    # a question the host typed stays as typed, in every language.
    text = re.search(r'<textarea id="f-questions"[^>]*>(.*?)</textarea>', page, re.DOTALL).group(1)
    text = html.unescape(text) + "\nهل كانت المتابعة كافية؟"
    saved = post_form(client, f"/sessions/{live.id}/checklist", {"questions": text})
    assert saved.status_code == 303, saved.get_data(as_text=True)[:500]
    session.rollback()
    questions = [item.question for item in session.get(type(live), live.id).checklist]
    assert questions[0] == "Did the study address a clearly focused research question?"
    assert questions[-1] == "هل كانت المتابعة كافية؟"


RELATIVE = {"en": ("3 hours ago", "in 2 days"), "es": ("hace 3 horas", "dentro de 2 días"),
            "pt-BR": ("há 3 horas", "em 2 dias"), "fr": ("il y a 3 heures", "dans 2 jours"),
            "ar": ("قبل 3 ساعات", "خلال يومين")}


@pytest.mark.parametrize("tag", list(RELATIVE))
def test_relative_times_in_the_readers_language(app, client, session, make_user, topic_id,
                                                tag):
    """"3 hours ago" on the home page in the member's language (Babel), with the exact
    moment in their own zone for the tooltip; a time to come said the same way."""
    now = utcnow()
    topic = session.get(Topic, topic_id)
    topic.last_posted_at = now - timedelta(hours=3)
    commit(session)
    login(client, make_user(language=tag, time_zone="Asia/Kolkata"))
    html = client.get("/").get_data(as_text=True)
    ago, ahead = RELATIVE[tag]
    assert _lang(html)[0] == tag
    kolkata = (now - timedelta(hours=3)).astimezone(ZoneInfo("Asia/Kolkata"))
    # The hour as the locale writes it: Spanish without a leading zero ("0:18", "9:05").
    clock = rf"(?<!\d)0?{kolkata.hour}:{kolkata:%M}"
    assert re.search(rf'<time datetime="[^"]+" title="[^"]*{clock} IST">{ago}</time>',
                     html), ago
    if tag != "en":
        _absent(html, "3 hours ago")
    with app.test_request_context(headers={"Accept-Language": tag}):
        assert f">{ahead}</time>" in str(home.relative_time(now + timedelta(days=2, hours=1),
                                                            now))
