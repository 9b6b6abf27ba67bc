"""The one place user-written Markdown becomes HTML.

`cook(raw)` renders Markdown with markdown-it-py (CommonMark + tables, strikethrough, linkify,
task lists; raw HTML off) and then sanitizes with bleach against an allow-list, so that even a
renderer bug cannot let script through. bleach is at its final release: everything goes through
this module so the sanitizer can be swapped in one place. The cooked HTML is stored beside the
raw text at write time and never re-rendered on read.
"""
from __future__ import annotations

import re
from functools import lru_cache

import bleach
from bleach.html5lib_shim import Filter
from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin

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
        filters=[_LinkRelFilter],
    )


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "input":
        # Only the disabled checkboxes of task lists survive.
        if name == "type":
            return value == "checkbox"
        return name in {"checked", "disabled", "class"}
    if name == "class":
        return value in {"task-list-item", "contains-task-list", "task-list-item-checkbox",
                         "mention", "quote"} or value.startswith("language-")
    return name in ALLOWED_ATTRIBUTES.get(tag, [])


class _LinkRelFilter(Filter):
    """Every surviving link gets rel="nofollow noopener ugc" (user-generated content)."""

    def __iter__(self):
        for token in super().__iter__():
            if token.get("type") == "StartTag" and token.get("name") == "a":
                attrs = dict(token.get("data") or {})
                attrs[(None, "rel")] = LINK_REL
                token["data"] = attrs
            yield token


def cook(raw: str) -> str:
    """Markdown in, sanitized HTML out. The only producer of user HTML in Rounds."""
    html = _renderer().render(raw or "")
    return _cleaner().clean(html)


def mentioned_usernames(raw: str) -> list[str]:
    """@usernames named in a post, outside code; in order, without repeats."""
    text = re.sub(r"```.*?```|`[^`]*`", " ", raw or "", flags=re.DOTALL)
    seen: dict[str, None] = {}
    for match in _MENTION.finditer(text):
        seen.setdefault(match.group(1).lower(), None)
    return list(seen)


def quote_markdown(author_username: str, post_number: int, raw: str) -> str:
    """A Markdown blockquote of a post, for the reply box, naming its author and number."""
    body = "\n".join(f"> {line}" if line else ">" for line in (raw or "").strip().splitlines())
    return f"> **@{author_username}** wrote in post #{post_number}:\n>\n{body}\n\n"
