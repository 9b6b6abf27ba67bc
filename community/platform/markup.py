"""The one place user-written Markdown becomes HTML.

`cook(raw)` renders Markdown with markdown-it-py (CommonMark + tables, strikethrough, linkify,
task lists; raw HTML off) and then sanitizes with bleach against an allow-list, so that even a
renderer bug cannot let script through. bleach is at its final release: everything goes through
this module so the sanitizer can be swapped in one place. The cooked HTML is stored beside the
raw text at write time and never re-rendered on read.

Images load only from Rounds itself: a remote image (`![](https://tracker.example/p.png)`)
would make every reader's browser fetch it (tracking, the reader's address) and the CSP allows
`img-src 'self' data:` only. So an image whose source is not one of Rounds' own paths (a case
image, a static file) becomes a link to it, "🖼 image: host/path". `rounds markup unhook-images`
rewrites what was cooked before this rule.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from urllib.parse import quote, urlsplit

import bleach
from bleach.html5lib_shim import Filter
from flask_babel import gettext as _
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin
from sqlalchemy import JSON, MetaData, Text, select, update
from sqlalchemy.orm import Session

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s",
        "a", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tr", "th", "td", "img", "input", "span", "aside",
    }
)
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "class"],
    "img": ["src", "alt", "title"],
    "th": ["style"],
    "td": ["style"],
    "ol": ["start"],
    "li": ["class"],
    "ul": ["class"],
    "input": ["type", "checked", "disabled", "class"],
    "code": ["class"],
    "span": ["class"],
    "aside": ["class", "data-post"],
    "blockquote": ["class"],
}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener ugc"
IMAGE_LINK_PREFIX = "\N{FRAME WITH PICTURE} image: "

# Rounds' own images, which may show inline: case images (pages and API) and static files.
_OWN_IMAGE = re.compile(r"/(?:api/v1/)?cases/\d+/images/\d+(?:/file)?|/static/[\w./-]+")

_MENTION = re.compile(r"(?<![\w@/])@([A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_])")


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(tasklists_plugin, enabled=False)
    return md


def _css_sanitizer():
    from bleach.css_sanitizer import CSSSanitizer

    # Table cell alignment is the only inline style Markdown produces.
    return CSSSanitizer(allowed_css_properties=["text-align"])


@lru_cache(maxsize=1)
def _cleaner() -> bleach.Cleaner:
    return bleach.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=_allowed_attribute,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
        css_sanitizer=_css_sanitizer(),
        filters=[_RemoteImageFilter, _LinkRelFilter],
    )


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "input":
        # Only the disabled checkboxes of task lists survive.
        if name == "type":
            return value == "checkbox"
        return name in {"checked", "disabled", "class"}
    if name == "class":
        return value in {"task-list-item", "contains-task-list", "task-list-item-checkbox",
                         "mention", "quote", "remote-image"} or value.startswith("language-")
    return name in ALLOWED_ATTRIBUTES.get(tag, [])


def is_own_image(src: str) -> bool:
    """A same-site path to one of Rounds' own images (no scheme, no host, no tricks)."""
    parts = urlsplit(src)
    return not parts.scheme and not parts.netloc and "\\" not in src and \
        _OWN_IMAGE.fullmatch(parts.path) is not None and ".." not in parts.path


def _image_label(src: str) -> str:
    parts = urlsplit(src)
    label = f"{parts.netloc}{parts.path}" or src
    if len(label) > 80:
        label = label[:79] + "\N{HORIZONTAL ELLIPSIS}"
    return IMAGE_LINK_PREFIX + label


class _RemoteImageFilter(Filter):
    """An <img> from anywhere but Rounds itself becomes a link to it (inside a link, just its
    label: links do not nest). The sanitizer ran first, so no src left carries script; of
    what is left, only an http(s) or scheme-less source becomes a link target, anything else
    (mailto:) keeps just its alt text."""

    def __iter__(self):
        in_link = 0
        for token in super().__iter__():
            kind, name = token.get("type"), token.get("name")
            if name == "a" and kind == "StartTag":
                in_link += 1
            elif name == "a" and kind == "EndTag":
                in_link = max(0, in_link - 1)
            if name != "img" or kind not in ("StartTag", "EmptyTag"):
                yield token
                continue
            attrs = dict(token.get("data") or {})
            src = (attrs.get((None, "src")) or "").strip()
            if src and is_own_image(src):
                yield token
                continue
            alt = attrs.get((None, "alt")) or ""
            if not src or urlsplit(src).scheme.lower() not in ("http", "https", ""):
                if alt:  # nothing to show or link: keep the words
                    yield {"type": "Characters", "data": alt}
                continue
            label = _image_label(src)
            if in_link:
                yield {"type": "Characters", "data": label}
                continue
            link = {(None, "href"): src, (None, "class"): "remote-image"}
            if alt:
                link[(None, "title")] = alt
            yield {"type": "StartTag", "name": "a", "namespace": token.get("namespace"),
                   "data": link}
            yield {"type": "Characters", "data": label}
            yield {"type": "EndTag", "name": "a", "namespace": token.get("namespace")}


def has_remote_image(html: str) -> bool:
    """Whether cooked HTML (perhaps cooked before the rule above) shows an image from
    elsewhere: a cheap check first, then the real one."""
    if "<img" not in (html or ""):
        return False
    return any(not is_own_image(src) for src in re.findall(r'<img[^>]*?\ssrc="([^"]*)"', html))


def unhook_remote_images(html: str) -> str:
    """Cooked HTML with its remote images turned into links, the rest as it was (it is
    sanitized again on the way, which leaves already-clean HTML alone)."""
    return _cleaner().clean(html or "")


def unhook_stored_images(session: Session, metadata: MetaData) -> int:
    """Rewrite every stored cooked HTML (a Text column named `cooked` or `*_cooked`, or a
    JSON one holding a dict of them) that shows a remote image; returns how many rows
    changed. Idempotent. The caller commits."""
    changed = 0
    for table in metadata.sorted_tables:
        columns = [c for c in table.columns if c.name == "cooked" or c.name.endswith("_cooked")]
        keys = list(table.primary_key.columns)
        for column in columns:
            query = select(*keys, column)
            if isinstance(column.type, Text):
                query = query.where(column.like("%<img%"))
            elif not isinstance(column.type, JSON):
                continue
            for row in session.execute(query).all():
                value = row[-1]
                if isinstance(value, str) and has_remote_image(value):
                    new = unhook_remote_images(value)
                elif isinstance(value, dict) and any(
                        isinstance(v, str) and has_remote_image(v) for v in value.values()):
                    new = {k: unhook_remote_images(v) if isinstance(v, str) else v
                           for k, v in value.items()}
                else:
                    continue
                session.execute(update(table).where(*(k == row[i] for i, k in enumerate(keys)))
                                .values({column.name: new}))
                changed += 1
    return changed


class _LinkRelFilter(Filter):
    """Every surviving link gets rel="nofollow noopener ugc" (user-generated content)."""

    def __iter__(self):
        for token in super().__iter__():
            if token.get("type") == "StartTag" and token.get("name") == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = LINK_REL
                token["data"] = attrs
            yield token


def cook(raw: str, mentions: Mapping[str, str] | None = None) -> str:
    """Markdown in, sanitized HTML out. The only producer of user HTML in Rounds.

    `mentions` maps the lower-cased usernames of existing members to their usernames: each
    @name among them, outside quotes, code and links, becomes a link to the member's profile
    (class "mention"); any other @name stays text (the caller looks the names up, since this
    module knows nothing of members: `mentioned_usernames(raw)` says which to look up)."""
    md = _renderer()
    if not mentions:
        return _cleaner().clean(md.render(raw or ""))
    env: dict = {}
    tokens = md.parse(raw or "", env)
    for inline in _mention_scope(tokens):
        inline.children = _link_mentions(inline.children or [], mentions)
    return _cleaner().clean(md.renderer.render(tokens, md.options, env))


def _mention_scope(tokens: list[Token]) -> Iterator[Token]:
    """The inline tokens where a @name is a mention: not inside a blockquote (a quote, and
    its "@name wrote in post #n" header, names the quoted member without mentioning them)."""
    quoted = 0
    for token in tokens:
        if token.type == "blockquote_open":
            quoted += 1
        elif token.type == "blockquote_close":
            quoted -= 1
        elif token.type == "inline" and not quoted:
            yield token


def _mention_texts(children: list[Token]) -> Iterator[tuple[int, Token]]:
    """(index, token) of the text runs of an inline token that are outside links (code spans
    are tokens of their own and never text)."""
    in_link = 0
    for i, child in enumerate(children):
        if child.type == "link_open":
            in_link += 1
        elif child.type == "link_close":
            in_link = max(0, in_link - 1)
        elif child.type == "text" and not in_link:
            yield i, child


def _link_mentions(children: list[Token], mentions: Mapping[str, str]) -> list[Token]:
    out: list[Token] = []
    texts = dict(_mention_texts(children))
    for i, child in enumerate(children):
        if i not in texts:
            out.append(child)
            continue
        content, last = child.content, 0
        for match in _MENTION.finditer(content):
            username = mentions.get(match.group(1).lower())
            if username is None:
                continue
            if match.start() > last:
                out.append(_text(content[last:match.start()]))
            link = Token("link_open", "a", 1)
            link.attrs = {"href": f"/u/{quote(username)}", "class": "mention"}
            out.extend([link, _text(f"@{username}"), Token("link_close", "a", -1)])
            last = match.end()
        if last == 0:
            out.append(child)
        elif last < len(content):
            out.append(_text(content[last:]))
    return out


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def mentioned_usernames(raw: str) -> list[str]:
    """@usernames mentioned in a post — outside quotes (and their "@name wrote" headers),
    code and links; lower-cased, in order, without repeats."""
    seen: dict[str, None] = {}
    for inline in _mention_scope(_renderer().parse(raw or "")):
        for _i, text in _mention_texts(inline.children or []):
            for match in _MENTION.finditer(text.content):
                seen.setdefault(match.group(1).lower(), None)
    return list(seen)


_QUOTE_HEADER = re.compile(r"\*\*@([A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_])\*\* wrote in "
                           r"post #(\d+):")


def quoted_posts(raw: str) -> list[tuple[str, int]]:
    """(username lower-cased, post number) of each post this one quotes, by the header
    `quote_markdown` writes at the top of a quote (quotes within quotes are not counted:
    they were quoted by the post quoted); in order, without repeats."""
    seen: dict[tuple[str, int], None] = {}
    depth, first = 0, False
    for token in _renderer().parse(raw or ""):
        if token.type == "blockquote_open":
            depth += 1
            first = depth == 1
        elif token.type == "blockquote_close":
            depth -= 1
        elif token.type == "inline" and depth == 1 and first:
            first = False
            match = _QUOTE_HEADER.match(token.content.strip())
            if match:
                seen.setdefault((match.group(1).lower(), int(match.group(2))), None)
    return list(seen)


def quote_markdown(author_username: str, post_number: int, raw: str) -> str:
    """A Markdown blockquote of a post, for the reply box, naming its author and number."""
    body = "\n".join(f"> {line}" if line else ">" for line in (raw or "").strip().splitlines())
    # The opening line is the replier's own text from then on: in the language they read.
    said = _("**@%(username)s** wrote in post #%(number)s:", username=author_username,
             number=post_number)
    return f"> {said}\n>\n{body}\n\n"
