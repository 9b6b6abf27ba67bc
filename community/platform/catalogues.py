"""The translation catalogues: extraction per area, compilation, and the checks CI runs.

An area is a part of Rounds whose strings are extracted and translated together (its Python
modules, its templates, its JavaScript). Each has `community/translations/<area>/messages.pot`
and a `<locale>/LC_MESSAGES/messages.po` per shipped language; `compile_all` writes the
`.mo` files beside them (and, for the browser, `_js/<locale>.json` with the strings of the
JavaScript), only where a `.po` is newer, so it costs nothing when nothing changed. The app
compiles on start (`rounds serve`, the tests, the workers); `rounds i18n compile` does it for
an image built ahead of time.

`check` fails on what would show English (or nothing) to someone reading another language:
an untranslated or fuzzy message in a shipped language, a `.po` behind its template,
text in a template, a script or a user-facing Python call that is not marked for
translation, and a message two areas translate differently (`conflicts`: the app merges
the areas' catalogues, so one wording would show on both areas' pages)."""
from __future__ import annotations

import ast
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from jinja2 import Environment
from jinja2.ext import InternationalizationExtension

from community.platform.i18n import DEFAULT, SHIPPED, TRANSLATIONS, js_catalogue_data

ROOT = TRANSLATIONS.parents[1]

# Each area's sources, as globs from the repository's root.
AREAS: dict[str, tuple[str, ...]] = {
    "platform": ("community/platform/*.py", "community/platform/api/**/*.py",
                 "community/platform/spaces/**/*.py", "community/platform/phi/*.py",
                 "community/app.py", "community/home.py", "community/templates/*.html",
                 "static/js/rounds.js", "static/js/offline.js", "static/js/notify.js"),
    "accounts": ("community/platform/accounts/**/*.py", "community/templates/accounts/**/*.html"),
    "mail": ("community/mail/**/*.py", "community/templates/mail/**/*.html",
             "community/templates/mail/**/*.txt"),
    "notifications": ("community/notifications/**/*.py",
                      "community/templates/notifications/**/*.html"),
    "search": ("community/search/**/*.py", "community/templates/search/**/*.html"),
    "boards": ("community/boards/**/*.py", "community/templates/boards/**/*.html",
               "static/js/composer.js"),
    "cases": ("community/cases/*.py", "community/cases/deid/**/*.py",
              "community/cases/authoring/**/*.py", "community/cases/publication/**/*.py",
              "community/templates/cases/*.html", "community/templates/cases/deid/**/*.html",
              "static/js/cases.js", "static/js/phi.js"),
    "review": ("community/cases/review/**/*.py", "community/templates/cases/review/**/*.html"),
    "credit": ("community/credit/**/*.py", "community/templates/credit/**/*.html"),
    "sessions": ("realtime/sessions/**/*.py", "community/templates/sessions/**/*.html"),
    "room": ("realtime/room/**/*.py", "realtime/*.py", "community/templates/room/**/*.html",
             "static/js/room.js"),
    "moderation": ("moderation/**/*.py", "community/templates/moderation/**/*.html"),
}

PYTHON_KEYWORDS = {"_": None, "gettext": None, "_l": None, "lazy_gettext": None,
                   "_n": (1, 2), "ngettext": (1, 2), "lazy_ngettext": (1, 2),
                   "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3),
                   "_p": ((1, "c"), 2), "_lp": ((1, "c"), 2),
                   "lazy_pgettext": ((1, "c"), 2)}
JS_KEYWORDS = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
JINJA_OPTIONS = {"trimmed": "true", "trim_blocks": "true", "lstrip_blocks": "true",
                 "newstyle_gettext": "true", "silent": "false"}
TRANSLATED = tuple(locale for locale in SHIPPED if locale != DEFAULT)


def sources(area: str) -> list[Path]:
    found: set[Path] = set()
    for pattern in AREAS[area]:
        found.update(path for path in ROOT.glob(pattern) if path.is_file()
                     and "__pycache__" not in path.parts)
    return sorted(found)


def _method(path: Path) -> tuple[str, dict, dict]:
    if path.suffix == ".py":
        return "python", PYTHON_KEYWORDS, {}
    if path.suffix == ".js":
        return "javascript", JS_KEYWORDS, {}
    return "jinja2.ext:babel_extract", PYTHON_KEYWORDS, JINJA_OPTIONS


def extract(area: str) -> Catalog:
    """The area's template catalogue (what its sources ask to translate)."""
    catalog = Catalog(project="Rounds", msgid_bugs_address="", fuzzy=False,
                      header_comment=f"# Rounds: the {area} area's strings.")
    for path in sources(area):
        method, keywords, options = _method(path)
        relative = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, context in extract_from_file(
                method, str(path), keywords=keywords, comment_tags=("i18n:",),
                options=options, strip_comment_tags=True):
            catalog.add(message, None, [(relative, lineno)], auto_comments=comments,
                        context=context)
    return catalog


def po_path(area: str, locale: str) -> Path:
    return TRANSLATIONS / area / locale / "LC_MESSAGES" / "messages.po"


def _write(path: Path, catalog: Catalog, **options) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=96, **options)
    _atomic_write(path, buffer.getvalue())  # the app compiles .po files as it starts


def update(area: str) -> Catalog:
    """Extract the area's strings and bring each language's `.po` up to them (new strings
    untranslated, gone ones dropped; never fuzzy-matched, so nothing guessed is shipped)."""
    template = extract(area)
    _write(TRANSLATIONS / area / "messages.pot", template, omit_header=False, sort_output=True)
    for locale in TRANSLATED:
        path = po_path(area, locale)
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
        else:
            catalog = Catalog(locale=locale, project="Rounds", fuzzy=False,
                              copyright_holder="The Rounds contributors",
                              language_team=f"Rounds {locale}", msgid_bugs_address="")
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        _write(path, catalog, sort_output=True, ignore_obsolete=True)
    return template


def fill(area: str, locale: str, translations: dict[str, str | list[str]]) -> int:
    """Write translations into the area's `.po` for `locale`: msgid → text (a list of the
    forms for a plural, keyed by its singular; "context\x04msgid" for a message with a
    context). Returns how many messages it filled; ids not in the catalogue are ignored."""
    path = po_path(area, locale)
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    filled = 0
    for message in catalog:
        if not message.id:
            continue
        singular = message.id[0] if isinstance(message.id, tuple) else message.id
        key = f"{message.context}\x04{singular}" if message.context else singular
        if key not in translations:
            continue
        value = translations[key]
        message.string = tuple(value) if isinstance(message.id, tuple) else value
        message.flags.discard("fuzzy")
        filled += 1
    _write(path, catalog, sort_output=True, ignore_obsolete=True)
    return filled


def compile_all(force: bool = False) -> int:
    """Compile every `.po` newer than its `.mo` (atomically: a reader never sees half a
    file), and the browser's catalogues; returns how many were compiled."""
    compiled = 0
    for area in AREAS:
        for locale in TRANSLATED:
            source = po_path(area, locale)
            if not source.exists():
                continue
            target = source.with_suffix(".mo")
            # Strictly newer: a .po written again within the same clock tick is compiled again.
            if not force and target.exists() \
                    and target.stat().st_mtime_ns > source.stat().st_mtime_ns:
                continue
            with source.open("rb") as handle:
                catalog = read_po(handle, locale=locale)
            buffer = io.BytesIO()
            write_mo(buffer, catalog, use_fuzzy=False)
            _atomic_write(target, buffer.getvalue())
            compiled += 1
    if compiled or force or not (TRANSLATIONS / "_js").exists():
        _compile_js()
    return compiled


def _catalogues(locale: str) -> Iterator[tuple[str, Catalog]]:
    """Each area's catalogue for `locale` (the areas that have one), read from its `.po`."""
    for area in AREAS:
        path = po_path(area, locale)
        if path.exists():
            with path.open("rb") as handle:
                yield area, read_po(handle, locale=locale)


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)  # mkstemp makes it private; the server may run as another user
    os.replace(temporary, target)


def _compile_js() -> None:
    """`_js/<locale>.json`: the translations of the messages the JavaScript uses."""
    for locale in TRANSLATED:
        messages: dict[str, str | list[str]] = {}
        for _area, catalog in _catalogues(locale):
            for message in catalog:
                if not message.id or message.fuzzy or not any(
                        path.endswith(".js") for path, _line in message.locations):
                    continue
                key = message.id[0] if isinstance(message.id, tuple) else message.id
                if message.context:  # the script's pgettext looks it up so
                    key = f"{message.context}\x04{key}"
                value = list(message.string) if isinstance(message.string, tuple) \
                    else message.string
                if value and (all(value) if isinstance(value, list) else True):
                    messages[key] = value
        _atomic_write(TRANSLATIONS / "_js" / f"{locale}.json",
                      js_catalogue_data(messages, locale).encode())


# ---------------------------------------------------------------- checks


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def check() -> list[Problem]:
    problems: list[Problem] = []
    for area in AREAS:
        problems += check_area(area)
    return problems + conflicts()


def conflicts(areas: Iterable[str] | None = None) -> list[Problem]:
    """Messages (same context and id) that two areas translate differently in a language.
    Flask-Babel merges every area's catalogue into one, so only one of the translations is
    ever shown, on both areas' pages: where the meaning is the same the texts must be
    identical, and where it differs the message needs a context (`pgettext`). With `areas`,
    only the conflicts that involve one of them."""
    involved = set(AREAS if areas is None else areas)
    problems: list[Problem] = []
    for locale in TRANSLATED:
        seen: dict[tuple, dict[object, list[str]]] = {}
        for area, catalog in _catalogues(locale):
            for message in catalog:
                if not message.id or message.fuzzy:
                    continue
                strings = message.string if isinstance(message.string, tuple) \
                    else (message.string,)
                if not all(strings):
                    continue
                seen.setdefault(_key(message), {}).setdefault(strings, []).append(area)
        for key, translations in sorted(seen.items(), key=lambda item: str(item[0])):
            if len(translations) < 2:
                continue
            areas_of = sorted(area for names in translations.values() for area in names)
            if not involved & set(areas_of):
                continue
            shown = "; ".join(f"{'/'.join(names)}: {' | '.join(strings)!r}"
                              for strings, names in translations.items())
            problems.append(Problem(f"{locale} {key!r}",
                                    f"translated differently by areas ({shown}): unify the "
                                    "translations, or give the message a context (pgettext)"))
    return problems


def check_area(area: str) -> list[Problem]:
    problems: list[Problem] = []
    template = extract(area)
    wanted = {_key(message) for message in template if message.id}
    for locale in TRANSLATED:
        path = po_path(area, locale)
        where = path.relative_to(ROOT).as_posix()
        if not path.exists():
            if wanted:
                problems.append(Problem(where, "missing (run `rounds i18n update`)"))
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=locale)
        have = {_key(message): message for message in catalog if message.id}
        for key in sorted(wanted - set(have), key=str):
            problems.append(Problem(where, f"not in the catalogue: {key!r}"))
        for key in sorted(wanted & set(have), key=str):
            message = have[key]
            if message.fuzzy:
                problems.append(Problem(where, f"fuzzy: {key!r}"))
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings):
                problems.append(Problem(where, f"untranslated: {key!r}"))
            elif _placeholders(key) != _placeholders(strings):
                problems.append(Problem(where, f"placeholders differ: {key!r}"))
    for path in sources(area):
        problems += unmarked(path)
    return problems


def _key(message) -> tuple:
    ident = message.id if isinstance(message.id, tuple) else (message.id,)
    return (message.context or "", *ident)


_PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]")


def _placeholders(texts: Iterable[str]) -> set[str]:
    return {match.group(0) for text in texts if isinstance(text, str)
            for match in _PLACEHOLDER.finditer(text)} - {"%(num)d"}


# Words that read the same in every shipped language (names, standards, units, codes).
UNTRANSLATED_WORDS = frozenset(["Rounds", "DOI", "PMID", "CARE", "ACCME", "AMA", "PRA", "HIPAA", "ORCID", "CME", "CPD", "Markdown", "API", "JSON", "CSV", "PDF", "iCalendar", "RSS", "URL", "OK", "QR", "TOTP", "Socket.IO", "CASP", "JAMA", "PRISMA", "STROBE", "CONSORT", "PubMed", "Crossref", "MRN", "UTC", "CC", "BY", "GMT", "Safe", "Harbor", "ID", "IDs", "SVG", "PNG", "JPEG", "Chromium", "Celery", "Redis", "PostgreSQL", "SQLite"])
_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label", "aria-description", "label")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_IGNORE = "i18n: ignore"


def _untranslated_words(text: str) -> list[str]:
    text = re.sub(r"&[#\w]+;", " ", text)
    return [word for word in _WORD.findall(text) if word not in UNTRANSLATED_WORDS]


def unmarked(path: Path) -> list[Problem]:
    if path.suffix in (".html", ".txt"):  # templates: pages, and mail's plain-text parts
        return _unmarked_template(path)
    if path.suffix == ".js":
        return _unmarked_script(path)
    return _unmarked_python(path)


def _unmarked_template(path: Path) -> list[Problem]:
    """Text between tags and in user-facing attributes that is outside {% trans %} and
    `_()`: every such word would show in English to everyone. The template's data is read
    as HTML across its expressions (a tag may hold `{% if %} aria-current="page"{% endif %}`),
    so only what a reader sees counts."""
    environment = Environment(extensions=[InternationalizationExtension], trim_blocks=True,
                              lstrip_blocks=True)
    source = path.read_text(encoding="utf-8")
    problems: list[Problem] = []
    where = path.relative_to(ROOT).as_posix()
    reader = _HTMLText()
    depth, last, ignored = 0, None, False
    for lineno, kind, value in environment.lex(source):
        if kind == "whitespace":
            continue
        if kind == "name" and last == "block_begin":
            depth += {"trans": 1, "endtrans": -1}.get(value, 0)
        if kind == "comment" and _IGNORE in value:
            ignored = True  # `{# i18n: ignore #}` leaves the data right after it alone
        elif kind == "data":
            shown = reader.feed(value)
            if depth == 0 and not ignored:
                words = _untranslated_words(shown)
                if words:
                    problems.append(Problem(f"{where}:{lineno}", "text not marked for "
                                            f"translation: {' '.join(words[:8])}"))
            ignored = False
        last = kind
    return problems


class _HTMLText:
    """What a reader sees of a template's data, fed token by token: the text between tags,
    and the values of the attributes people read (title, alt, aria-label…); not tag names,
    other attributes, scripts or styles. Keeps its place (inside a tag, inside a quoted
    value) from one token to the next."""

    def __init__(self) -> None:
        self.in_tag = False
        self.quote = ""
        self.attribute = ""
        self.shown_attribute = False
        self.hidden_element = ""  # "script" / "style" until its end tag

    def feed(self, data: str) -> str:
        shown: list[str] = []
        i, n = 0, len(data)
        while i < n:
            c = data[i]
            if self.hidden_element:
                end = data.lower().find(f"</{self.hidden_element}", i)
                if end < 0:
                    return "".join(shown)
                self.hidden_element, i = "", end
                continue
            if self.in_tag:
                if self.quote:
                    if c == self.quote:
                        self.quote = ""
                        shown.append(" ")
                    elif self.shown_attribute:
                        shown.append(c)
                elif c in "\"'":
                    self.quote = c
                    self.shown_attribute = self.attribute.strip().lower().rstrip("=").strip() \
                        in _ATTRIBUTES
                    self.attribute = ""
                elif c == ">":
                    self.in_tag = False
                    shown.append(" ")
                else:
                    self.attribute = "" if c.isspace() else self.attribute + c
                i += 1
                continue
            if c == "<" and i + 1 < n and (data[i + 1].isalpha() or data[i + 1] in "/!"):
                match = re.match(r"<(script|style)\b", data[i:], re.IGNORECASE)
                if match:
                    close = data.find(">", i)
                    self.hidden_element = match.group(1).lower()
                    i = close + 1 if close >= 0 else n
                    continue
                self.in_tag, self.attribute = True, ""
                shown.append(" ")
            else:
                shown.append(c)
            i += 1
        return "".join(shown)


# Calls whose string arguments members read (flashes, errors shown on pages and in problem
# details) and keyword arguments of render_template that are shown.
_USER_FACING_CALLS = frozenset({"flash", "ValidationError", "Forbidden", "NotFound", "Conflict",
                                "Matching",
                                "NotAuthenticated", "RateLimited", "DomainError",
                                "EditConflict", "DisclosureRequired", "ServiceRefused"})
_SHOWN_KEYWORDS = frozenset({"title", "detail", "heading", "message", "label", "hint"})
_MARKERS = frozenset(PYTHON_KEYWORDS)


def _unmarked_python(path: Path) -> list[Problem]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    where = path.relative_to(ROOT).as_posix()
    problems: list[Problem] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _call_name(node)
            candidates: list[ast.AST] = []
            if name == "flash":  # the message; the second argument is its category
                candidates = node.args[:1]
            elif name == "Matching":  # Matching(pattern, message, …)
                candidates = node.args[1:2]
            elif name in _USER_FACING_CALLS:
                candidates = [*node.args, *(k.value for k in node.keywords
                                            if k.arg in (None, "detail", "errors"))]
            elif name == "render_template":
                candidates = [k.value for k in node.keywords if k.arg in _SHOWN_KEYWORDS]
            for literal in _literals(candidates):
                if _IGNORE not in lines[literal.lineno - 1]:
                    problems.append(Problem(f"{where}:{literal.lineno}",
                                            f"string shown to members is not marked: "
                                            f"{_preview(literal)}"))
        elif isinstance(node, ast.ClassDef) and any(
                _base_name(base).endswith("Error") for base in node.bases):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "title" for t in statement.targets) \
                        and isinstance(statement.value, ast.Constant | ast.JoinedStr):
                    problems.append(Problem(f"{where}:{statement.lineno}",
                                            "an error's title is not marked (use _l)"))
    return problems


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _base_name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")


def _literals(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """The string literals among these expressions that no gettext call wraps (looking
    into dicts' values, lists, tuples, joins and conditional expressions)."""
    for node in nodes:
        if isinstance(node, ast.Call) and _call_name(node) in _MARKERS:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _WORD.search(node.value):
                yield node
        elif isinstance(node, ast.JoinedStr):
            if any(isinstance(v, ast.Constant) and _WORD.search(str(v.value))
                   for v in node.values):
                yield node
        elif isinstance(node, ast.Dict):
            yield from _literals(node.values)
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            yield from _literals(node.elts)
        elif isinstance(node, ast.IfExp):
            yield from _literals([node.body, node.orelse])
        elif isinstance(node, ast.BinOp):
            yield from _literals([node.left, node.right])


def _preview(node: ast.AST) -> str:
    return ast.unparse(node)[:70]


# A string in a script that reads as a sentence or a label: a capitalised word or two words.
_JS_STRING = re.compile(r"""(?<![\w$])(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`)""")
_JS_TEXT = re.compile(r"^[A-Z][a-z]+(?:[ ,.:;!?'’…-]+[A-Za-z…]+)*[.!?…:]?$|"
                      r"^[a-z]+(?: [a-z'’]+){2,}[.!?…]?$")


# Names the browser defines (keys, headers, events), never shown.
_JS_NAMES = frozenset("""Escape Enter Tab Home End ArrowDown ArrowUp ArrowLeft ArrowRight
Backspace Delete Space PageUp PageDown Accept Authorization GET POST PUT PATCH DELETE HEAD
Idempotency-Key Content-Type X-CSRFToken X-Requested-With Shift Control Alt Meta""".split())  # noqa: SIM905


def _unmarked_script(path: Path) -> list[Problem]:
    """Strings in our JavaScript that read as text for people and are not inside
    gettext/ngettext (a line ending in `// i18n: ignore` is left alone)."""
    problems: list[Problem] = []
    where = path.relative_to(ROOT).as_posix()
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if _IGNORE in line or line.lstrip().startswith(("//", "*", "/*")):
            continue
        for match in _JS_STRING.finditer(line):
            text = next(group for group in match.groups() if group is not None)
            before = line[:match.start()].rstrip()
            if before.endswith(("gettext(", "ngettext(", ",")) and "gettext(" in before:
                continue
            if text in _JS_NAMES:
                continue
            if _JS_TEXT.match(text) and not re.search(r"[#<>=/{}()\[\]_$]", text):
                problems.append(Problem(f"{where}:{lineno}",
                                        f"script text not marked for translation: {text[:60]!r}"))
    return problems
