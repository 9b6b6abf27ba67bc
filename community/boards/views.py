"""HTML pages of the boards domain: boards, topics, posts, edits, revisions, moderation.

Every rule lives in boards.policy and boards.service; these functions only read the
request, call the service and choose the page."""
from __future__ import annotations

import hashlib
import hmac

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    get_template_attribute,
    render_template,
    request,
    url_for,
)
from flask_login import login_required
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from community.boards import composer, home, policy, schemas, service
from community.boards.models import POST_MAX, TITLE_MAX, TITLE_MIN
from community.platform import idempotency, pagecache
from community.platform.accounts.policy import is_signed_in, is_silenced
from community.platform.contract import parse, parse_form
from community.platform.db import commit, db, utcnow
from community.platform.errors import EditConflict, RateLimited, ValidationError
from community.platform.i18n import _
from community.platform.parsing import parse_bool
from community.platform.spaces import service as spaces
from community.platform.web import actor, done, form_action, render_form, viewer_zone

bp = Blueprint("boards", __name__)


def _per_page(kind: str) -> int:
    settings = current_app.config["SETTINGS"]
    return settings.posts_per_page if kind == "posts" else settings.topics_per_page


def _topic_url(topic_id: int, page: int = 1, anchor: str = "") -> str:
    return url_for("boards.topic", topic_id=topic_id, page=page if page > 1 else None) + anchor


def _post_url(post) -> str:
    page = service.page_of_post(db.session, actor(), post, _per_page("posts"))
    return _topic_url(post.topic_id, page, f"#post-{post.number}")


LIMITS = {"post_max": POST_MAX, "title_min": TITLE_MIN, "title_max": TITLE_MAX}


def _preview_form(template: str, **context) -> Response | None:
    """The composer's "Preview" button (the way to preview without JavaScript): the same form
    again with the member's input and the text as it will be shown. Nothing is saved."""
    if "preview" not in request.form:
        return None
    try:
        html = composer.preview(db.session, actor(), request.form.get("raw", ""))
    except RateLimited as error:
        return render_form(template, errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after, **context)
    return render_form(template, preview=Markup(html), **context)


# ------------------------------------------------------------------ reading

# The home: what is happening (boards/home.py). Signed-out readers get the cached page,
# refreshed by a change of what it shows (home.page_keys) and, for its relative times and
# upcoming sessions, a minute at most; members get theirs rendered for them alone (never
# `members=True`: what waits on a member changes with rows no page-cache version covers).
@bp.route("/")
@pagecache.page(lambda: home.page_keys(), bucket=60)
def index():
    me = actor()
    boards = spaces.list_boards(db.session, me)
    return render_template("boards/index.html", activity=home.board_activity(db.session, boards),
                           latest=home.latest_topics(db.session, me, boards),
                           sections=home.sections(db.session, me), now=utcnow(),
                           ago=home.relative_time, starts_at=home.starts_at)


@bp.route("/b/<slug>")
@pagecache.page(lambda slug: ["site", "topics"], args=("page", "tag"))
def board(slug: str):
    board = spaces.get_board(db.session, actor(), slug)
    tag = request.args.get("tag") or None
    topics = service.list_topics(db.session, actor(), board, request.args.get("page", 1),
                                 _per_page("topics"), tag=tag)
    watched = service.watching(db.session, actor(), board=board)
    return render_template("boards/board.html", board=board, topics=topics, tag=tag,
                           watched=watched)


_SENTINEL = 987654321


def _post_urls(topic_id: int) -> dict:
    """The per-post links of a topic page, as (before, after) the post's id: url_for once a
    page, not five times a post."""
    urls = {name: url_for(endpoint, post_id=_SENTINEL).split(str(_SENTINEL))
            for name, endpoint in (("like", "boards.like"), ("edit", "boards.edit"),
                                   ("delete", "boards.delete_post"), ("flag", "flags.flag"),
                                   ("restore", "boards.restore_post"))}
    return {**urls, "reply": url_for("boards.reply", topic_id=topic_id)}


def _token_stand_in() -> str:
    """What the cached post tools hold where the reader's CSRF token goes: the same in every
    process of the site, and nothing a member could write into a post."""
    secret = str(current_app.config["SECRET_KEY"]).encode()
    return "csrf-" + hmac.new(secret, b"rounds.post-tools", hashlib.sha256).hexdigest()[:24]


def _post_cards(me, topic, posts, tools, liked) -> list[Markup]:
    """Each post's card: its header and body (the same for every reader in one time zone)
    and its tools (the same for every reader in the same relation to it), each from the
    cache while the topic has not changed (platform/pagecache.py), rendered once if not."""
    head = get_template_attribute("boards/_post.html", "post_head")
    foot = get_template_attribute("boards/_post.html", "post_foot")
    zone = viewer_zone().key
    urls = _post_urls(topic.id)
    stand_in = _token_stand_in()
    signed_in = is_signed_in(me)
    # A foot's key: everything post_foot reads of the reader (the tools, the like, and what
    # flags_policy.can_flag asks: signed in, silenced, own post, moderator); the post's own
    # state is in the topic's version.
    reader = "-" if not signed_in else "".join("1" if bit else "0" for bit in (
        policy.can_moderate(me, topic.board), is_silenced(me)))
    loaded = []

    def rendered_head(post) -> str:
        if not loaded:  # the first card not in the cache: what all cards show, at once
            service.complete_posts(db.session, posts)
            loaded.append(True)
        return str(head(post))

    parts = []
    for post in posts:
        can = tools[post.id]
        own = signed_in and me.id == post.author_id
        kind = f"{reader}{int(own)}{int(post.id in liked)}" + "".join(
            "1" if bit else "0" for bit in (can.like, can.quote, can.edit, can.delete,
                                            can.restore))
        parts.append((f"head:{post.id}:{post.revision}:{zone}",
                      lambda post=post: rendered_head(post)))
        parts.append((f"foot:{post.id}:{post.revision}:{kind}",
                      lambda post=post, can=can: str(foot(post, can, liked, urls, me, stand_in))))
    html = pagecache.fragments(["site", f"topic:{topic.id}"], parts)
    token = generate_csrf() if signed_in else ""
    return [Markup(html[i] + html[i + 1].replace(stand_in, token))
            for i in range(0, len(html), 2)]


@bp.route("/t/<int:topic_id>")
@pagecache.page(lambda topic_id: ["site", f"topic:{topic_id}"], members=True)
def topic(topic_id: int):
    me = actor()
    topic = service.get_topic(db.session, me, topic_id)
    posts = service.list_posts(db.session, me, topic, request.args.get("page", 1),
                               _per_page("posts"), people=False)
    liked, watched = service.viewer_state(db.session, me, topic, posts.items)
    tools = policy.listed_post_tools(me, topic, posts.items)
    # The "Move to" menu is for moderators only: no list of boards for anyone else.
    moderates = policy.can_moderate(me, topic.board)
    return render_template(
        "boards/topic.html", topic=topic, posts=posts,
        cards=_post_cards(me, topic, posts.items, tools, liked), watched=watched,
        boards=spaces.list_boards(db.session, me) if moderates else [],
        values={}, errors={}, **LIMITS)


@bp.route("/p/<int:post_id>")
def post(post_id: int):
    return done(_post_url(service.get_post(db.session, actor(), post_id)))


# ------------------------------------------------------------------ writing

@bp.route("/b/<slug>/new", methods=["GET", "POST"])
@login_required
@idempotency.idempotent(actor)  # a form sent twice (offline.js retries) starts one topic
def new_topic(slug: str):
    board = spaces.get_board(db.session, actor(), slug)
    if request.method == "GET":
        return render_form("boards/new_topic.html", board=board, values={}, **LIMITS)
    previewed = _preview_form("boards/new_topic.html", board=board, **LIMITS)
    if previewed is not None:
        return previewed

    def create() -> str:
        form = request.form.to_dict()
        # People type tags as they come: "ECG, #syncope  arrhythmia".
        form["tags"] = list(dict.fromkeys(
            t.lower().lstrip("#") for t in form.get("tags", "").replace(",", " ").split()
            if t.lstrip("#")))
        created = service.create_topic(db.session, actor(), board,
                                       parse_form(schemas.NewTopic, form))
        return _topic_url(created.id)

    return form_action(create, "boards/new_topic.html", board=board, **LIMITS)


@bp.route("/t/<int:topic_id>/reply", methods=["GET", "POST"])
@login_required
@idempotency.idempotent(actor)  # a reply sent twice (offline.js retries) is posted once
def reply(topic_id: int):
    topic = service.get_topic(db.session, actor(), topic_id)
    if request.method == "GET":
        values = {"reply_to": request.args.get("reply_to", "")}
        quoted = request.args.get("quote", type=int)
        if quoted:
            post = service.get_post(db.session, actor(), quoted)
            values = {"raw": service.quote(db.session, actor(), post), "reply_to": post.id}
        return render_form("boards/reply.html", topic=topic, values=values, **LIMITS)
    previewed = _preview_form("boards/reply.html", topic=topic, **LIMITS)
    if previewed is not None:
        return previewed

    def send() -> str:
        data = parse_form(schemas.NewReply, request.form)
        return _post_url(service.reply(db.session, actor(), topic, data))

    return form_action(send, "boards/reply.html", topic=topic, **LIMITS)


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
@login_required
def edit(post_id: int):
    post = service.get_post(db.session, actor(), post_id)
    context = {"post": post, "conflict": None, **LIMITS}
    if request.method == "GET":
        values = {"raw": post.raw, "base_revision": post.revision, "title": post.topic.title}
        return render_form("boards/edit.html", values=values, **context)
    previewed = _preview_form("boards/edit.html", **context)
    if previewed is not None:
        return previewed
    try:
        return form_action(lambda: _post_url(service.edit_post(
            db.session, actor(), post, parse_form(schemas.PostEdit, request.form))),
            "boards/edit.html", **context)
    except EditConflict as conflict:
        # Show both texts and the diff; the new base lets the member save the merge.
        db.session.rollback()
        values = {**request.form.to_dict(), "base_revision": conflict.extra["current_revision"]}
        return render_form("boards/edit.html", status=409, values=values,
                           **{**context, "conflict": conflict})


@bp.route("/p/<int:post_id>/revisions")
def revisions(post_id: int):
    post = service.get_post(db.session, actor(), post_id)
    history = service.revisions(db.session, actor(), post)
    diff = None
    if request.args.get("from") or request.args.get("to"):
        asked = parse(schemas.RevisionDiffQuery, request.args)
        diff = service.revision_diff(db.session, actor(), post, asked.from_, asked.to)
    elif len(history) > 1:
        diff = service.revision_diff(db.session, actor(), post, history[-2].number,
                                     history[-1].number)
    return render_template("boards/revisions.html", post=post, history=history, diff=diff)


# ------------------------------------------------------------------ one-click actions

def _flag(name: str) -> bool:
    """A one-click form's yes/no (absent: yes, the button's own meaning)."""
    return bool(parse_bool(request.form.get(name), default=True))


@bp.route("/p/<int:post_id>/like", methods=["POST"])
@login_required
def like(post_id: int):
    post = service.get_post(db.session, actor(), post_id)
    service.set_like(db.session, actor(), post, _flag("liked"))
    if request.accept_mimetypes.best == "application/json":
        commit(db.session)
        return {"like_count": post.like_count, "liked": _flag("liked")}
    return done(_post_url(post))


@bp.route("/p/<int:post_id>/delete", methods=["POST"])
@login_required
def delete_post(post_id: int):
    post = service.get_post(db.session, actor(), post_id)
    service.delete_post(db.session, actor(), post, True)
    flash(_("Post #%(number)s is deleted; a moderator can restore it.", number=post.number),
          "info")  # i18n: ignore (the category)
    return done(_post_url(post))


@bp.route("/p/<int:post_id>/restore", methods=["POST"])
@login_required
def restore_post(post_id: int):
    post = service.get_post(db.session, actor(), post_id)
    service.delete_post(db.session, actor(), post, False)
    flash(_("Post #%(number)s is restored.", number=post.number),
          "success")  # i18n: ignore (the category)
    return done(_post_url(post))


@bp.route("/p/<int:post_id>/revisions/<int:number>/hide", methods=["POST"])
@login_required
def hide_revision(post_id: int, number: int):
    post = service.get_post(db.session, actor(), post_id)
    service.hide_revision(db.session, actor(), post, number,
                          parse_form(schemas.HideRevision, request.form))
    flash(_("The text of revision %(number)s is hidden; its record stays.", number=number),
          "success")  # i18n: ignore (the category)
    return done(url_for("boards.revisions", post_id=post.id))


@bp.route("/b/<slug>/watch", methods=["POST"])
@login_required
def watch_board(slug: str):
    board = spaces.get_board(db.session, actor(), slug)
    service.set_watch(db.session, actor(), _flag("watched"), board=board)
    return done(url_for("boards.board", slug=slug))


@bp.route("/t/<int:topic_id>/watch", methods=["POST"])
@login_required
def watch_topic(topic_id: int):
    topic = service.get_topic(db.session, actor(), topic_id)
    service.set_watch(db.session, actor(), _flag("watched"), topic=topic)
    return done(_topic_url(topic_id))


def _moderate(topic_id: int, change, message) -> Response:
    """`message`: the flash, or a function of the changed topic that makes it."""
    topic = service.get_topic(db.session, actor(), topic_id)
    change(topic)
    flash(message(topic) if callable(message) else message,
          "success")  # i18n: ignore (the category)
    return done(_topic_url(topic_id))


@bp.route("/t/<int:topic_id>/pin", methods=["POST"])
@login_required
def pin(topic_id: int):
    pinned = _flag("pinned")
    return _moderate(topic_id, lambda t: service.set_pinned(db.session, actor(), t, pinned),
                     _("The topic is pinned.") if pinned else _("The topic is unpinned."))


@bp.route("/t/<int:topic_id>/lock", methods=["POST"])
@login_required
def lock(topic_id: int):
    locked = _flag("locked")
    return _moderate(topic_id, lambda t: service.set_locked(db.session, actor(), t, locked),
                     _("The topic is locked.") if locked else _("The topic is open for replies."))


@bp.route("/t/<int:topic_id>/move", methods=["POST"])
@login_required
def move(topic_id: int):
    target = parse_form(schemas.TopicModeration, request.form).board
    if target is None:
        raise ValidationError({"board": [_("Choose the board to move the topic to.")]})
    return _moderate(topic_id, lambda t: service.move_topic(db.session, actor(), t, target),
                     lambda t: _("The topic moved to %(board)s.", board=t.board.name))


@bp.route("/t/<int:topic_id>/delete", methods=["POST"])
@login_required
def delete_topic(topic_id: int):
    return _moderate(topic_id, lambda t: service.delete_topic(db.session, actor(), t, True),
                     _("The topic is deleted; moderators still see it and can restore it."))


@bp.route("/t/<int:topic_id>/restore", methods=["POST"])
@login_required
def restore_topic(topic_id: int):
    return _moderate(topic_id, lambda t: service.delete_topic(db.session, actor(), t, False),
                     _("The topic is restored."))
