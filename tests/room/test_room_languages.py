"""The live room in the reader's language (issue 17): the room page and the strings its script
shows (embedded for rounds.js's gettext), the refusal page, the attendance report and the
transcript, by the browser's Accept-Language or the member's own preference; and the
socket's refusals written in the member's language (the socket has no page to take it from)."""
from __future__ import annotations

import json
import re

from sqlalchemy import update

from community.platform.accounts.models import User
from realtime.room.events import NAMESPACE
from tests.support.sessions import LiveSocket
from tests.support.web import login


def _language(session, user: User, language: str) -> None:
    session.execute(update(User).where(User.id == user.id).values(language=language))
    session.commit()


def _page(app, user: User, url: str, accept: str | None = None) -> str:
    client = app.test_client()
    login(client, user)
    response = client.get(url, headers={"Accept-Language": accept} if accept else {})
    assert response.status_code in (200, 403), response.status_code
    return " ".join(response.get_data(as_text=True).split())


def test_the_room_page_and_its_script_strings_in_french(app, session, open_room):
    room = open_room(members=1)
    member = room.members[0]
    _language(session, member, "")  # no preference of their own: the browser's counts
    page = _page(app, member, f"/sessions/{room.live.id}/room", "fr-FR,fr;q=0.9")
    assert '<html lang="fr" dir="ltr">' in page
    for shown in ("Lever la main", "Connexion…", "Panneaux de la salle", "Sondages",
                  "Déclaration des liens financiers"):
        assert shown in page, shown
    shown_text = re.sub(r"<script\b.*?</script>", " ", page)  # the catalogue's keys are English
    for english in ("Raise hand", "Connecting…", "No polls yet.", "Your question",
                    "Markdown. Enter sends"):
        assert english not in shown_text, english
    # The script's own strings travel with the page, in French.
    found = re.search(r'<script type="application/json" id="rounds-i18n">(.*?)</script>', page)
    assert found, "the page embeds the script's translations"
    messages = json.loads(found.group(1))["messages"]
    assert messages["Reconnecting…"] == "Reconnexion…"
    assert messages["Lower hand"] == "Baisser la main"
    assert messages["The host removed you from this room."] == "L'hôte vous a retiré de cette salle."
    assert len(messages["%(num)d vote (%(share)s)"]) == 3  # one, many, other


def test_the_refusal_page_in_arabic(app, session, open_room, make_user):
    room = open_room(members=0)
    stranger = make_user(language="ar")
    page = _page(app, stranger, f"/sessions/{room.live.id}/room")
    assert '<html lang="ar" dir="rtl">' in page
    assert "لا يدخل القاعة إلا الأعضاء المسجلون والمضيف والمقدّمون." in page
    assert "Only registered members" not in page


def test_socket_refusals_are_in_the_members_language(app, session, open_room, token_for):
    room = open_room(members=1)
    member = room.members[0]
    _language(session, member, "es")
    sock = LiveSocket(app, token_for(member), room.live.id)
    try:
        answer = sock.call("chat", body="Hola", client_id="client-0001")  # before joining the room
        assert answer["ok"] is False and answer["error"] == "Primero entre en la sala de la sesión."
        error = sock.received("error")[-1]
        assert error["message"] == "Primero entre en la sala de la sesión."
        unknown = sock.client.emit("no_such_event", {}, namespace=NAMESPACE, callback=True)
        assert unknown["error"].startswith("Evento desconocido")
    finally:
        sock.close()


def test_attendance_and_transcript_in_arabic_and_portuguese(app, session, open_room,
                                                            token_for):
    room = open_room(members=1)
    member = room.members[0]
    _language(session, room.host, "")  # before any socket: the room writes as it runs
    _language(session, member, "pt-BR")
    host = LiveSocket(app, token_for(room.host), room.live.id)
    try:
        assert host.call("join")["ok"] and host.call("start")["ok"]
    finally:
        host.close()
    report = _page(app, room.host, f"/sessions/{room.live.id}/attendance", "ar")
    assert '<html lang="ar" dir="rtl">' in report
    for shown in ("الحضور", "الأعضاء", "تنزيل CSV", "أول انضمام"):
        assert shown in report, shown
    for english in ("Members in the room", "First join", "Minutes are merged", "Download CSV"):
        assert english not in report, english
    transcript = _page(app, member, f"/sessions/{room.live.id}/transcript", "en")
    assert '<html lang="pt-BR"' in transcript
    assert "Transcrição" in transcript and "Enquetes" in transcript
    for english in ("No chat messages.", "still live", "Polls"):
        assert english not in transcript, english
