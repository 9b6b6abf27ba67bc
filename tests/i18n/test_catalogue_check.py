"""What CI's `rounds i18n check` refuses (issue 17), on a small area of its own: an
untranslated and a fuzzy message in a shipped language, a translation that drops a
placeholder, a message the code asks for that the catalogue lacks, and text shown to people
that is not marked for translation in Python (a flash, an error), a template and a script;
and how the `.mo` files are made: compiled from the `.po` files when they are newer (the app
does it as it starts), never from a fuzzy translation, never committed."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from click.testing import CliRunner

from community.cli import main
from community.platform import catalogues

PYTHON = '''from flask import flash
from community.platform.i18n import _, _n


def page(count):
    flash("Saved without a word of translation")
    if count < 0:
        raise ValidationError("The count cannot be negative here")
    return (_("Translated"), _("Left fuzzy"), _("Not translated yet"),
            _("Hello %(name)s", name="x"), _n("%(num)d reply", "%(num)d replies", count),
            _("Only in the code"))
'''
TEMPLATE = '<p>{{ _("Translated") }}</p>\n<p>Plain English text on the page</p>\n'
SCRIPT = 'button.textContent = "Send the reply";\nlabel.textContent = gettext("Translated");\n'


@pytest.fixture
def area(tmp_path, monkeypatch):
    """An area "boards" made of one module, one template and one script, with a Spanish
    catalogue written by hand (the other languages are left out)."""
    (tmp_path / "mod.py").write_text(PYTHON, encoding="utf-8")
    (tmp_path / "page.html").write_text(TEMPLATE, encoding="utf-8")
    (tmp_path / "app.js").write_text(SCRIPT, encoding="utf-8")
    translations = tmp_path / "translations"
    monkeypatch.setattr(catalogues, "ROOT", tmp_path)
    monkeypatch.setattr(catalogues, "TRANSLATIONS", translations)
    monkeypatch.setattr(catalogues, "AREAS", {"boards": ("mod.py", "page.html", "app.js")})
    monkeypatch.setattr(catalogues, "TRANSLATED", ("es",))
    catalog = Catalog(locale="es", project="Rounds", fuzzy=False)
    catalog.add("Translated", "Traducido", locations=[("page.html", 1), ("app.js", 2)])
    catalog.add("Left fuzzy", "Dejado dudoso", flags=["fuzzy"])
    catalog.add("Not translated yet", "")
    catalog.add("Hello %(name)s", "Hola")  # the name dropped
    # Spanish has three plural forms (CLDR's one, many, other).
    catalog.add(("%(num)d reply", "%(num)d replies"),
                ("%(num)d respuesta", "%(num)d de respuestas", "%(num)d respuestas"))
    catalogues._write(catalogues.po_path("boards", "es"), catalog, sort_output=True)
    return translations


def test_the_check_refuses_what_would_show_english(area):
    problems = [str(problem) for problem in catalogues.check_area("boards")]
    po = "translations/boards/es/LC_MESSAGES/messages.po"
    expected = [
        f"{po}: not in the catalogue: ('', 'Only in the code')",
        f"{po}: fuzzy: ('', 'Left fuzzy')",
        f"{po}: placeholders differ: ('', 'Hello %(name)s')",
        f"{po}: untranslated: ('', 'Not translated yet')",
        "mod.py:6: string shown to members is not marked: "
        "'Saved without a word of translation'",
        "mod.py:8: string shown to members is not marked: 'The count cannot be negative here'",
        # The text's token starts where the expression before it ends.
        "page.html:1: text not marked for translation: Plain English text on the page",
        "app.js:1: script text not marked for translation: 'Send the reply'",
    ]
    assert sorted(problems) == sorted(expected), "\n".join(problems)


def test_the_command_ci_runs_fails_on_them_and_passes_once_they_are_fixed(area):
    runner = CliRunner()
    failed = runner.invoke(main, ["i18n", "check", "boards"])
    assert failed.exit_code == 1, failed.output
    assert "8 translation problems" in failed.output and "fuzzy: ('', 'Left fuzzy')" in failed.output
    # Marked, translated, no longer fuzzy: the check passes.
    (area.parent / "mod.py").write_text(PYTHON.replace('flash("Saved', 'flash(_("Saved').replace(
        'translation")', 'translation"))').replace('ValidationError("The count cannot be '
                                                    'negative here")',
                                                    'ValidationError(_("Negative"))'),
                                        encoding="utf-8")
    (area.parent / "page.html").write_text('<p>{{ _("Translated") }}</p>\n', encoding="utf-8")
    (area.parent / "app.js").write_text('label.textContent = gettext("Translated");\n',
                                        encoding="utf-8")
    catalogues.update("boards")
    assert catalogues.fill("boards", "es", {
        "Left fuzzy": "Dejado dudoso", "Not translated yet": "Aún no traducido",
        "Hello %(name)s": "Hola, %(name)s", "Only in the code": "Solo en el código",
        "Saved without a word of translation": "Guardado", "Negative": "Negativo"}) == 6
    passed = runner.invoke(main, ["i18n", "check", "boards"])
    assert passed.exit_code == 0, passed.output
    assert "every string is marked and translated" in passed.output


def test_catalogues_are_compiled_when_newer_and_never_from_a_fuzzy_translation(area):
    mo = catalogues.po_path("boards", "es").with_suffix(".mo")
    assert not mo.exists()
    assert catalogues.compile_all() == 1  # what the app runs as it starts
    with mo.open("rb") as handle:
        compiled = {message.id: message.string for message in read_mo(handle)
                    if isinstance(message.id, str) and message.id}
    assert compiled["Translated"] == "Traducido"
    assert "Left fuzzy" not in compiled  # shown in English rather than guessed
    assert catalogues.compile_all() == 0  # nothing newer: nothing to do
    # The browser's catalogue: the strings the scripts use.
    assert '"Translated": "Traducido"' in (area / "_js" / "es.json").read_text(encoding="utf-8")


def test_no_compiled_catalogue_is_committed():
    root = Path(catalogues.ROOT)
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(["git", "ls-files", "*.mo", "community/translations/_js"],
                            cwd=root, capture_output=True, text=True, check=True).stdout
    assert listed == ""
    assert "*.mo" in (root / ".gitignore").read_text().split()
