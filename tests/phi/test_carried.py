"""A name found once is found everywhere (community/platform/phi/combined.py): in the same
text, and across a write-up's sections, through the findings API as the author sees them."""
from __future__ import annotations

import pytest

from community.platform.phi import scan, scan_many
from tests.support.api import PREFIX, ApiClient
from tests.support.deid import CLEAN, make_case


def _names(found) -> list[str]:
    return [f.text for f in found if f.category == "name"]


@pytest.mark.parametrize(("text", "names"), [
    # announced once (a relation, a title), named again bare
    ("Seen with her son Tesfalem on the ward. Tesfalem cried when the plan was explained.",
     ["Tesfalem", "Tesfalem"]),
    ("Present: Prof. Souksavanh Zammit, Dr Kováč; minutes by Souksavanh.",
     ["Souksavanh Zammit", "Kováč", "Souksavanh"]),
    # in capitals on a form, and two carried words side by side are one name
    ("Mrs Bounmy Phommachanh was admitted. Signed: PHOMMACHANH Bounmy.",
     ["Bounmy Phommachanh", "PHOMMACHANH Bounmy"]),
    # a script that does not capitalise names (Georgian's letters are lower case to Unicode)
    ("პაციენტი: ნინო ბერიძე\nნინო უარს ამბობს წვეთოვანზე.", ["ნინო ბერიძე", "ნინო"]),
])
def test_a_name_announced_once_is_found_where_it_is_named_again(text, names):
    assert _names(scan(text)) == names


@pytest.mark.parametrize(("text", "names"), [
    # the eponym is refused where it stands, though a patient bears the name
    ("Mr Parkinson, a retired teacher, has had Parkinson disease since 2019.", ["Parkinson"]),
    ("Mrs Grace Wilson was reviewed. Wilson's disease was excluded.", ["Grace Wilson"]),
    # an everyday word in a name is not carried ("Will", "Rose")
    ("Her brother Will Amadi visited. Will review in clinic.", ["Will Amadi"]),
    # the model's names are not carried (they have no context)
    ("Clínica: Clínica Corazones Unidos, Santiago de los Caballeros", []),
])
def test_what_is_not_carried(text, names):
    assert [n for n in _names(scan(text)) if n != "Clínica Corazones Unidos"] == names


def test_a_name_in_one_section_is_found_in_the_others():
    found = scan_many({"patient_information": "Mrs Okafor, 58, was admitted with chest pain.",
                       "timeline.0": "Okafor discharged home on day 4.",
                       "discussion": "Takotsubo syndrome is rare in this setting."})
    assert _names(found["timeline.0"]) == ["Okafor"]
    assert found["timeline.0"][0].why == "the same name found elsewhere"
    assert _names(found["discussion"]) == []
    assert scan("Okafor discharged home on day 4.") == []  # alone, nothing announces it


def test_the_author_sees_and_may_override_a_carried_name(app, client, session, make_user,
                                                          token_for):
    api = ApiClient(app, client)
    author = make_user()
    token = token_for(author)
    sections = {**CLEAN, "patient_information": "Mrs Okafor, 58, was admitted with chest pain."}
    case_id = make_case(session, author, sections=sections,
                        timeline=[{"day": 4, "event": "Okafor discharged home."}])
    url = f"{PREFIX}/cases/{case_id}/phi"
    report = api.get(url, token=token, expect=200).get_json()
    timeline = next(s for s in report["sections"] if s["section"] == "timeline.0")
    carried = timeline["findings"][0]
    assert (carried["category"], carried["text"]) == ("name", "Okafor")
    body = {"section": "timeline.0", "category": "name", "start": carried["start"],
            "end": carried["end"], "reason": "The ward's name, not the patient's", "version": 1}
    override = api.post(f"{url}/overrides", token=token, json=body, expect=201).get_json()
    assert override["excerpt"] == "Okafor"
