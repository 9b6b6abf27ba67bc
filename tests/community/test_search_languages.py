"""The search page in the reader's language (issue 17): labels, the result count with its
plural and the number in the locale's digits, `<html lang>`; no English left."""
from __future__ import annotations

import pytest

from tests.support.web import login

SHOWN = {
    "es": ("Buscar en", "Filtros", "Más relevantes", "0 resultados para"),
    "pt-BR": ("Buscar em", "Filtros", "Mais relevantes", "0 resultado para"),  # 0 is "one"
    "fr": ("Rechercher dans", "Filtres", "Plus pertinents", "0 résultat pour"),  # 0 is "one"
    "ar": ("البحث في", "عوامل التصفية", "الأكثر صلة", "لا نتائج"),
}
ENGLISH = ("Search in", "Filters", "Best match", "Newest first", "All boards", "results for")


@pytest.mark.parametrize("language", list(SHOWN))
def test_search_page_in_each_language(language, client, make_user):
    if language in ("pt-BR", "fr"):  # a member's preference
        login(client, make_user(language=language))
        headers = {}
    else:  # a visitor's browser
        headers = {"Accept-Language": language}
    page = client.get("/search?q=zzqxnothingmatches", headers=headers).get_data(as_text=True)
    assert f'<html lang="{language}"' in page
    for shown in SHOWN[language]:
        assert shown in page, (language, shown)
    for english in ENGLISH:
        assert english not in page, (language, english)
