"""Mail in the recipient's language (issue 17): each kind of message the accounts,
notifications and mail areas send — password reset, address verification, change of
address (both messages), a mention, the daily digest, a moderation outcome, a refused reply
by email — written in the language the member prefers, whatever language the request
that caused it was in and whoever caused it: subject, both parts, the footer, `<html lang>`
(and `dir="rtl"` for Arabic), and dates in the member's language and time zone."""
from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from html import unescape
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.dates import format_skeleton
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from sqlalchemy import select

from community.mail.models import MailMessage
from community.mail.service import set_cadence
from community.notifications import incoming, tasks
from community.notifications.mailing import reply_address_for
from community.notifications.models import Notification
from community.platform import catalogues
from community.platform.accounts import recovery
from community.platform.accounts.models import User
from community.platform.db import commit, db, utcnow
from tests.support import flags as support
from tests.support.flags import flag, fresh, new_topic, reply
from tests.support.web import PASSWORD

api = support.api  # the fixture

# What each message must say, per language: (a piece of its subject, a sentence of its body).
EXPECTED = {
    "en": {
        "password_reset": ("Choose a new Rounds password", "it works once"),
        "email_verification": ("Confirm your email address", "Welcome to Rounds."),
        "email_change_confirm": ("Confirm your new email address for Rounds", "instead of"),
        "email_change_notice": ("Your Rounds sign-in address is about to change",
                                "If this was you, there is nothing to do."),
        "mention": ("mentioned you in", "Read it on Rounds"),
        "digest": ("Your daily digest: 1 new notification",
                   "What you have not read since your last digest"),
        "moderation_outcome": ("Your post was hidden pending a moderator's review",
                               "hidden after members flagged it"),
        "mail_refusal": ("Not posted: ", "Your reply by email was not posted."),
    },
    "es": {
        "password_reset": ("Elija una nueva contraseña de Rounds", "solo funciona una vez"),
        "email_verification": ("Confirme su dirección de correo",
                               "Le damos la bienvenida a Rounds."),
        "email_change_confirm": ("Confirme su nueva dirección de correo para Rounds",
                                 "en lugar de"),
        "email_change_notice": ("Su dirección de inicio de sesión en Rounds está a punto de "
                                "cambiar", "Si fue usted, no tiene que hacer nada."),
        "mention": ("lo mencionó en", "Leerlo en Rounds"),
        "digest": ("Su resumen diario: 1 notificación nueva",
                   "Lo que no ha leído desde su último resumen"),
        "moderation_outcome": ("Su publicación está oculta a la espera de la revisión",
                               "Su publicación se ocultó después de que otros miembros"),
        "mail_refusal": ("No publicado: ", "Su respuesta por correo no se publicó."),
    },
    "pt-BR": {
        "password_reset": ("Escolha uma nova senha do Rounds", "ele funciona uma única vez"),
        "email_verification": ("Confirme seu endereço de e-mail", "Boas-vindas ao Rounds."),
        "email_change_confirm": ("Confirme seu novo endereço de e-mail para o Rounds",
                                 "em vez de"),
        "email_change_notice": ("Seu endereço de login do Rounds está prestes a mudar",
                                "Se foi você, não é preciso fazer nada."),
        "mention": ("mencionou você em", "Ler no Rounds"),
        "digest": ("Seu resumo diário: 1 nova notificação",
                   "O que você não leu desde o seu último resumo"),
        "moderation_outcome": ("Sua publicação foi ocultada até a revisão de um moderador",
                               "Sua publicação foi ocultada depois que membros a denunciaram"),
        "mail_refusal": ("Não publicado: ", "Sua resposta por e-mail não foi publicada."),
    },
    "fr": {
        "password_reset": ("Choisissez un nouveau mot de passe Rounds",
                           "il ne fonctionne qu’une fois"),
        "email_verification": ("Confirmez votre adresse e-mail", "Bienvenue sur Rounds."),
        "email_change_confirm": ("Confirmez votre nouvelle adresse e-mail pour Rounds",
                                 "au lieu de"),
        "email_change_notice": ("Votre adresse de connexion Rounds est sur le point de changer",
                                "Si c’était vous, vous n’avez rien à faire."),
        "mention": ("vous a mentionné dans", "Le lire sur Rounds"),
        "digest": ("Votre résumé quotidien : 1 nouvelle notification",
                   "Ce que vous n’avez pas lu depuis votre dernier résumé"),
        "moderation_outcome": ("Votre message est masqué en attendant l’examen",
                               "Votre message a été masqué après des signalements de membres"),
        "mail_refusal": ("Non publié : ", "Votre réponse par e-mail n’a pas été publiée."),
    },
    "ar": {
        "password_reset": ("اختر كلمة مرور جديدة لـRounds", "فهو يعمل مرة واحدة"),
        "email_verification": ("أكّد عنوان بريدك الإلكتروني", "مرحبًا بك في Rounds."),
        "email_change_confirm": ("أكّد عنوان بريدك الإلكتروني الجديد لـRounds", "بدلًا من"),
        "email_change_notice": ("عنوان تسجيل دخولك إلى Rounds على وشك أن يتغير",
                                "إن كنت أنت، فلا حاجة لفعل أي شيء."),
        "mention": ("أشار إليك", "اقرأه على Rounds"),
        "digest": ("ملخصك اليومي: إشعار جديد واحد", "ما لم تقرأه منذ ملخصك الأخير"),
        "moderation_outcome": ("أُخفيت مشاركتك إلى حين مراجعة أحد المشرفين",
                               "أُخفيت مشاركتك بعد أن أبلغ عنها أعضاء"),
        "mail_refusal": ("لم يُنشر: ", "لم يُنشر ردّك بالبريد الإلكتروني."),
    },
}
# The request that causes the message is in another language than the recipient's.
OTHER = {"en": "ar", "es": "fr", "pt-BR": "es", "fr": "pt-BR", "ar": "en"}
# A time zone per language: the digest's dates are in the member's zone.
ZONES = {"en": "UTC", "es": "America/Mexico_City", "pt-BR": "America/Sao_Paulo",
         "fr": "Europe/Paris", "ar": "Africa/Cairo"}
ENGLISH_FOOTER = "You received this from Rounds"


def _message(session, user_id: int, kind: str) -> MailMessage:
    session.rollback()  # a fresh snapshot: the message was queued in another unit
    found = session.scalars(select(MailMessage).where(
        MailMessage.recipient_id == user_id, MailMessage.kind == kind)
        .order_by(MailMessage.id.desc())).first()
    assert found is not None, f"no {kind} message"
    return found


def _to_address(session, address: str, kind: str) -> MailMessage:
    session.rollback()
    found = session.scalars(select(MailMessage).where(
        MailMessage.to_address == address, MailMessage.kind == kind)
        .order_by(MailMessage.id.desc())).first()
    assert found is not None, f"no {kind} message to {address}"
    return found


def _check(message: MailMessage, language: str, kind: str) -> None:
    subject, sentence = EXPECTED[language][kind]
    assert subject in message.subject, (language, kind, message.subject)
    assert sentence in message.text_body, (language, kind, message.text_body)
    assert sentence in unescape(message.html_body), (language, kind)
    assert f'<html lang="{language}"' in message.html_body
    assert ('dir="rtl"' in message.html_body) == (language == "ar")
    if language != "en":
        assert ENGLISH_FOOTER not in message.text_body + message.html_body, (language, kind)
        english_subject = EXPECTED["en"][kind][0]
        assert english_subject not in message.subject


@pytest.mark.parametrize("language", list(EXPECTED))
def test_every_kind_of_mail_is_written_in_the_recipients_language(
        language, api, app, session, make_user, token_for):
    zone = ZONES[language]
    member = make_user(language=language, time_zone=zone)
    other = OTHER[language]
    headers = {"Accept-Language": other}
    sender = make_user(language=other, display_name="Dr Ines Okafor")

    # Account mail: asked in a request in another language.
    with app.test_request_context("/", headers=headers):
        recovery.request_password_reset(db.session, {"email": member.email},
                                        address=f"10.6.{len(language)}.{member.id % 250}")
        commit(db.session)
        me = db.session.get(User, member.id)
        recovery.send_verification(db.session, me)
        commit(db.session)
        new = f"new-{member.username}@example.org"
        recovery.request_email_change(db.session, me,
                                      {"new_email": new, "password": PASSWORD})
        commit(db.session)
    _check(_message(session, member.id, "password_reset"), language, "password_reset")
    _check(_message(session, member.id, "email_verification"), language,
           "email_verification")
    # The new address has no account yet: the message is in the member's language.
    _check(_to_address(session, new, "email_change_confirm"), language,
           "email_change_confirm")
    _check(_message(session, member.id, "email_change_notice"), language,
           "email_change_notice")

    # A mention by a member who reads another language.
    topic = new_topic(api, token_for(member))
    reply(api, token_for(sender), topic["id"], f"What would @{member.username} do here?")
    mention = _message(session, member.id, "mention")
    _check(mention, language, "mention")
    assert "Dr Ines Okafor" in mention.subject and topic["title"] in mention.subject
    # The quoted post's rule stands at the start of its lines: on the right in Arabic.
    start, end = ("right", "left") if language == "ar" else ("left", "right")
    assert f"border-{start}:3px" in mention.html_body, mention.html_body
    assert f"border-{end}" not in mention.html_body

    # The daily digest, with the notification's time in the member's zone and language.
    set_cadence(session, session.get(User, member.id), "reply", "daily")
    session.commit()
    answer = reply(api, token_for(sender), topic["id"], "Exercise testing first.")
    fresh(session)
    note = session.scalar(select(Notification).where(
        Notification.user_id == member.id, Notification.post_id == answer["id"]))
    now = utcnow() + timedelta(minutes=1)
    local_now = now.astimezone(ZoneInfo(zone))
    if local_now.hour < 7:  # the digest goes out after 07:00 in the member's zone
        now += timedelta(hours=7 - local_now.hour)
    assert tasks.send_digests("daily", now).sent >= 1
    digest = _message(session, member.id, "digest")
    _check(digest, language, "digest")
    locale = Locale.parse(language.replace("-", "_"))
    day = format_skeleton("yMMMd", note.created_at.astimezone(ZoneInfo(zone)), locale=locale)
    assert day in digest.text_body, (day, digest.text_body)

    # A moderation outcome: the post hidden after a flag.
    post = reply(api, token_for(member), topic["id"], "Try this supplement, link in bio.")
    flag(api, token_for(make_user(verified=True)), post["id"], "patient_privacy",
         message="Names a ward.")
    _check(_message(session, member.id, "moderation_outcome"), language,
           "moderation_outcome")

    # A reply by email refused (no text of its own), received in another language.
    with app.test_request_context("/", headers=headers):
        opening = db.session.get(Notification, note.id).post
        mail = EmailMessage()
        mail["From"] = member.email
        mail["To"] = reply_address_for(db.session.get(User, member.id), opening)
        mail["Subject"] = "Re: " + topic["title"]
        mail["Message-ID"] = make_msgid(domain="mail.example.org")
        mail.set_content("> only the quoted message\n")
        incoming.receive(db.session, mail.as_bytes())
        commit(db.session)
    _check(_message(session, member.id, "mail_refusal"), language, "mail_refusal")


def test_the_plain_text_parts_use_only_translated_messages():
    """The .txt templates (the plain-text parts) are not extracted on their own: each of
    their messages must be one of the HTML parts' (so in the mail catalogue), translated in
    every shipped language, and no text in them may be left unmarked."""
    catalogues_by_locale = {}
    for locale in catalogues.TRANSLATED:
        with catalogues.po_path("mail", locale).open("rb") as handle:
            catalogues_by_locale[locale] = {
                (m.id if isinstance(m.id, str) else m.id[0]): m.string
                for m in read_po(handle, locale=locale) if m.id}
    folder = catalogues.ROOT / "community" / "templates" / "mail"
    texts = sorted(folder.glob("*.txt"))
    assert len(texts) >= 19
    for path in texts:
        assert catalogues._unmarked_template(path) == [], path.name
        for _line, message, _comments, _context in extract_from_file(
                "jinja2.ext:babel_extract", str(path), keywords=catalogues.PYTHON_KEYWORDS,
                options=catalogues.JINJA_OPTIONS):
            key = message if isinstance(message, str) else message[0]
            for locale, known in catalogues_by_locale.items():
                translated = known.get(key)
                forms = translated if isinstance(translated, tuple) else (translated,)
                assert translated and all(forms), (path.name, locale, key)
