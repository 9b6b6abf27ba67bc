"""What a notification says, made when it is shown (the notifications page, the API, a
message by mail, the digest), in the language of whoever reads it: nothing is stored in a
language. A post notification reads from its kind, its actor and the topic's title; a
member notice (no post) reads from its kind.

A notice's stored `message` was written in English by the part of Rounds that sent it
(with the titles and reasons it names): it is shown as it is to a reader of English, and
a reader of another language sees the kind's sentence instead (the link leads to the
details, in their language)."""
from __future__ import annotations

from flask_babel import get_locale
from markupsafe import Markup, escape

from community.platform.i18n import DEFAULT, _, _l

# A post notification: (its kind, or "watched_reply" for a reply in a topic the member
# only watches) → the sentence, with the actor's name and the topic's title.
POST_SENTENCES = {
    "mention": _l("%(actor)s mentioned you in “%(title)s”"),
    "reply": _l("%(actor)s replied to you in “%(title)s”"),
    "watched_reply": _l("%(actor)s replied in “%(title)s”"),
    "quote": _l("%(actor)s quoted you in “%(title)s”"),
    "new_topic": _l("%(actor)s started “%(title)s”"),
    "like": _l("%(actor)s liked your post in “%(title)s”"),
}

# A member notice (no post): its kind → what happened.
NOTICE_SENTENCES = {
    "disclosure_expiring": _l("Your conflict-of-interest disclosure expires soon: renew it to "
                              "keep presenting, hosting, authoring and reviewing."),
    "disclosure_reviewed": _l("Your disclosure was reviewed."),
    "post_hidden": _l("Your post was hidden after members flagged it; a moderator will "
                      "review it."),
    "post_restored": _l("Your post was reviewed and is shown again."),
    "post_removed": _l("Your post was removed by a moderator."),
    "post_approved": _l("Your post was approved and is published."),
    "post_rejected": _l("Your post was not approved."),
    "flag_resolved": _l("A post you flagged was reviewed by a moderator."),
    "case_decision": _l("An editor has decided on your case write-up."),
    "review_invitation": _l("You are invited to review a case write-up."),
    "case_published": _l("Your case write-up is published."),
    "credit_corrected": _l("Your credit for an activity was corrected."),
    "credit_window_reopened": _l("You may claim credit for an activity again."),
    "commitment_follow_up": _l("You committed to changes after an activity: what changed, "
                               "and what stood in the way?"),
}

# The subject of a moderation outcome by mail.
MODERATION_SUBJECTS = {
    "post_hidden": _l("Your post was hidden pending a moderator's review"),
    "post_restored": _l("Your post was reviewed and is shown again"),
    "post_removed": _l("Your post was removed by a moderator"),
    "post_approved": _l("Your post was approved and is published"),
    "post_rejected": _l("Your post was not approved"),
    "flag_resolved": _l("The post you flagged was reviewed"),
    "disclosure_reviewed": _l("Your disclosure was reviewed"),
}


def sentence_key(note_kind: str, mail_kind: str | None = None) -> str:
    """A reply in a topic the member only watches reads "replied in"; one to their own post
    "replied to you in" (the page does not tell them apart: "replied in")."""
    if note_kind == "reply" and mail_kind != "reply":
        return "watched_reply"
    return note_kind


def post_sentence(note_kind: str, actor: str | None, title: str,
                  mail_kind: str | None = None) -> str:
    """"Ana Ruiz mentioned you in “Hyponatraemia after…”" as plain text."""
    template = POST_SENTENCES.get(sentence_key(note_kind, mail_kind))
    if template is None:
        return title
    # str() of a lazy sentence: translated, its placeholders left for us to fill
    return str(template) % {"actor": actor or _("Someone"), "title": title}


def post_sentence_html(note_kind: str, actor: str | None, title: str, url: str,
                       mail_kind: str | None = None, link_style: str = "") -> Markup:
    """The same sentence as HTML: the actor in bold, the title a link to the post."""
    template = POST_SENTENCES.get(sentence_key(note_kind, mail_kind))
    style = Markup(' style="{}"').format(link_style) if link_style else ""
    # <bdi>: a title or a name in another script keeps its own direction in the sentence
    link = Markup('<a href="{}"{}><bdi>{}</bdi></a>').format(url, style, title)
    if template is None:
        return link
    return Markup(escape(str(template))) % {
        "actor": Markup("<strong><bdi>{}</bdi></strong>").format(actor or _("Someone")),
        "title": link}


def notice_text(kind: str, message: str | None) -> str:
    """A member notice's text in the reader's language (see the module's docstring)."""
    if str(get_locale() or DEFAULT) == DEFAULT and message:
        return message
    sentence = NOTICE_SENTENCES.get(kind)
    return str(sentence) if sentence is not None else (message or "")
