"""Flask-Babel merges every area's catalogue into one, so two areas translating the same
message differently show one area's wording on the other's pages: `conflicts` (part of
`rounds i18n check`) finds them; a message whose meaning differs carries a context, also in
the browser's catalogue (rounds.js's pgettext)."""
from __future__ import annotations

import json

from babel.messages.catalog import Catalog

from community.platform import catalogues
from community.platform.i18n import TRANSLATIONS


def _po(root, area, locale, messages):
    catalog = Catalog(locale=locale, project="Rounds", fuzzy=False)
    for context, msgid, text in messages:
        catalog.add(msgid, text, context=context)
    path = root / area / locale / "LC_MESSAGES" / "messages.po"
    catalogues._write(path, catalog, sort_output=True)


def test_two_areas_translating_a_message_differently_is_a_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(catalogues, "TRANSLATIONS", tmp_path)
    monkeypatch.setattr(catalogues, "AREAS", {"boards": (), "room": (), "cases": ()})
    _po(tmp_path, "boards", "es", [(None, "Remove", "Quitar"), (None, "Save", "Guardar")])
    _po(tmp_path, "room", "es", [(None, "Remove", "Expulsar"), (None, "Save", "Guardar"),
                                 ("room", "Remove", "Expulsar")])
    _po(tmp_path, "cases", "es", [("list", "Remove", "Quitar"), (None, "Save", "")])
    problems = catalogues.conflicts()
    assert len(problems) == 1
    assert problems[0].where == "es ('', 'Remove')"
    assert "boards: 'Quitar'" in problems[0].what and "room: 'Expulsar'" in problems[0].what
    assert catalogues.conflicts(["boards"]) == problems
    assert catalogues.conflicts(["cases"]) == []


def test_the_shipped_catalogues_have_no_conflicts():
    assert [str(problem) for problem in catalogues.conflicts()] == []


def test_a_context_reaches_the_browsers_catalogue():
    catalogues.compile_all()
    data = json.loads((TRANSLATIONS / "_js" / "es.json").read_text(encoding="utf-8"))
    assert data["messages"]["room\x04Remove"] == "Expulsar"
