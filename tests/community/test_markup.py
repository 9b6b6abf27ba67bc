"""markup.cook: Markdown features users need, and an XSS set that must come out inert."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from community.platform.markup import cook, mentioned_usernames, quote_markdown

XSS_SET = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=https://evil.example></iframe>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](java\tscript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    '[x](https://example.org "title" onmouseover="alert(1)")',
    "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
    "<style>body{display:none}</style>",
    "<form action=https://evil.example><input name=password></form>",
    "<details open ontoggle=alert(1)>",
    "```\n</code><script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "<object data=x></object><embed src=x>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "&#106;avascript:alert(1)",
    "[x](&#106;avascript:alert(1))",
    "<!--<script>alert(1)</script>-->",
    "<<script>script>alert(1)<</script>/script>",
]

SAFE_TAGS = {"p", "br", "hr", "blockquote", "pre", "code", "em", "strong", "del", "s", "a",
             "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody",
             "tr", "th", "td", "img", "input", "span", "aside"}


class _TagAudit(HTMLParser):
    """Collects every real element and attribute of cooked HTML (escaped text is inert)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in SAFE_TAGS:
            self.problems.append(f"tag <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style"} and "url(" in (value or ""):
                self.problems.append(f"attribute {name}")
            if name in {"href", "src"}:
                scheme = re.sub(r"[\s\x00-\x1f]", "", value or "").split(":", 1)[0].lower()
                if ":" in (value or "") and scheme not in {"http", "https", "mailto"}:
                    self.problems.append(f"{name}={value}")


def audit(html: str) -> list[str]:
    parser = _TagAudit()
    parser.feed(html)
    return parser.problems


@pytest.mark.parametrize("attack", XSS_SET)
def test_nothing_executable_survives(attack):
    html = cook(attack)
    assert audit(html) == [], html


def test_markdown_features_survive_sanitizing():
    html = cook(
        "# Case\n\n**bold** ~~old~~ `code`\n\n| Lab | Day 0 |\n|:--|--:|\n| K | 6.1 |\n\n"
        "- [x] ECG\n- [ ] echo\n\nSee https://pubmed.ncbi.nlm.nih.gov/ and [mail](mailto:a@b.org)"
    )
    assert "<h1>Case</h1>" in html
    assert "<strong>bold</strong>" in html and "<s>old</s>" in html
    assert '<td style="text-align:right;">6.1</td>' in html
    assert 'type="checkbox"' in html and "checked" in html
    assert ('<a href="https://pubmed.ncbi.nlm.nih.gov/" rel="nofollow noopener ugc">'
            in html)
    assert '<a href="mailto:a@b.org" rel="nofollow noopener ugc">mail</a>' in html


def test_only_web_and_mail_links_are_kept():
    assert "href" not in cook("[ftp](ftp://example.org/file)")
    assert "href" not in cook("[file](file:///etc/passwd)")
    assert 'href="http://example.org"' in cook("[web](http://example.org)")


def test_mentions_skip_code_and_email_addresses():
    raw = "Thanks @Chen-Li and @amina! Mail me at someone@example.org `@notme`\n```\n@nor\n```"
    assert mentioned_usernames(raw) == ["chen-li", "amina"]


def test_quote_names_author_and_post():
    quoted = quote_markdown("amina", 3, "Line one\n\nLine two")
    assert quoted.startswith("> **@amina** wrote in post #3:")
    assert "> Line one\n>\n> Line two" in quoted


def test_the_audit_itself_catches_what_it_looks_for():
    assert audit('<a href="javascript:alert(1)">x</a>')
    assert audit('<img src="x" onerror="alert(1)">')
    assert audit("<script>alert(1)</script>")
    assert audit("<p>&lt;script&gt;</p>") == []
