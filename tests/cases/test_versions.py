"""Versions and merging: the diff3-style line merge, the section merge, and concurrent saves
from two co-authors in real threads over HTTP (SQLite and PostgreSQL)."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from community.cases.authoring.merge import changed_keys, merge3, merge_sections, section_diffs
from community.cases.models import CaseVersion
from tests.support.api import ApiClient
from tests.support.authoring import (
    P,
    fresh,
    invite_and_accept,
    start,
)

BASE = "one\ntwo\nthree\nfour\nfive"


@pytest.fixture
def api(app, client) -> ApiClient:
    """The API client that checks every answer against the OpenAPI document."""
    return ApiClient(app, client)


def test_merge3_takes_changes_from_either_side():
    result = merge3(BASE, "one\nTWO\nthree\nfour\nfive", "one\ntwo\nthree\nfour\nFIVE\nsix")
    assert result["conflicts"] == 0
    assert result["merged"] == "one\nTWO\nthree\nfour\nFIVE\nsix"
    assert [h["kind"] for h in result["hunks"]] == ["equal", "theirs", "equal", "yours"]


def test_merge3_takes_the_same_change_once():
    result = merge3(BASE, "one\ntwo\n3\nfour\nfive", "one\ntwo\n3\nfour\nfive")
    assert result["conflicts"] == 0 and result["merged"] == "one\ntwo\n3\nfour\nfive"
    assert [h["kind"] for h in result["hunks"]] == ["equal", "both", "equal"]


def test_merge3_shows_conflicting_hunks_with_all_three_texts():
    result = merge3(BASE, "one\ntwo\nTHREE (theirs)\nfour\nfive",
                    "one\ntwo\nthree (yours)\nfour\nfive")
    assert result["conflicts"] == 1
    [conflict] = [h for h in result["hunks"] if h["kind"] == "conflict"]
    assert conflict == {"kind": "conflict", "base": ["three"], "theirs": ["THREE (theirs)"],
                        "yours": ["three (yours)"]}
    assert result["merged"].splitlines() == [
        "one", "two", "<<<<<<< yours", "three (yours)", "||||||| base", "three", "=======",
        "THREE (theirs)", ">>>>>>> theirs", "four", "five"]


def test_merge3_edge_cases():
    assert merge3("", "", "")["hunks"] == []
    assert merge3("", "", "new")["merged"] == "new"
    assert merge3("a", "", "a")["merged"] == ""           # they deleted everything
    both_added = merge3("", "x", "y")
    assert both_added["conflicts"] == 1 and both_added["hunks"][0]["base"] == []
    # Deleting a line on one side and editing the next on the other merges.
    assert merge3("a\nb\nc\nd", "a\nc\nd", "a\nb\nc\nD")["merged"] == "a\nc\nD"


def test_section_merge_and_diffs():
    base = {"abstract": "a", "discussion": "d", "title": "t"}
    theirs = {**base, "abstract": "A"}
    yours = {**base, "discussion": "D", "title": "T"}
    merged, conflicts = merge_sections(base, theirs, yours)
    assert conflicts == [] and merged == {"abstract": "A", "discussion": "D", "title": "T"}
    merged, conflicts = merge_sections(base, theirs, {**base, "abstract": "a2"})
    assert conflicts == ["abstract"]
    assert merge_sections(base, theirs, theirs) == (theirs, [])   # the same change
    assert changed_keys({"a": ""}, {}) == set() and changed_keys({}, {"a": "x"}) == {"a"}
    rows = section_diffs({"a": "x\ny"}, {"a": "x\nz", "b": ""}, ["a", "b"])
    assert rows == [{"key": "a", "changed": True, "diff": [
        {"op": "equal", "text": "x"}, {"op": "delete", "text": "y"},
        {"op": "insert", "text": "z"}]}, {"key": "b", "changed": False, "diff": []}]


def test_concurrent_saves_in_threads_never_lose_work(app, api, session, make_user, token_for):
    """Two co-authors save different sections at the same moment, several times over: every
    save lands (as a save or a merge), the numbers have no gaps and no text is lost."""
    a, b = make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    rounds = 5
    results: dict[str, list[int]] = {"a": [], "b": []}

    def author(name: str, token: str, section: str, barrier: threading.Barrier) -> None:
        client = app.test_client()
        base = 1
        for n in range(rounds):
            barrier.wait(timeout=30)
            response = client.patch(f"{P}/cases/{cid}", json={
                "base_version": base, "sections": {section: f"{name} round {n}"}},
                headers={"Authorization": f"Bearer {token}"})
            if response.status_code == 409:  # a save at the very same instant: try again
                response = client.patch(f"{P}/cases/{cid}", json={
                    "base_version": base, "sections": {section: f"{name} round {n}"}},
                    headers={"Authorization": f"Bearer {token}"})
            assert response.status_code == 200, response.get_data(as_text=True)
            base = response.get_json()["version"]["number"]
            results[name].append(response.status_code)

    barrier = threading.Barrier(2)
    threads = [threading.Thread(target=author, args=("a", a_t, "introduction", barrier)),
               threading.Thread(target=author, args=("b", b_t, "discussion", barrier))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results == {"a": [200] * rounds, "b": [200] * rounds}
    fresh(session)
    versions = session.scalars(select(CaseVersion).where(CaseVersion.case_id == cid)
                               .order_by(CaseVersion.number)).all()
    assert [v.number for v in versions] == list(range(1, 2 * rounds + 2))
    last = versions[-1].sections
    assert last["introduction"] == f"a round {rounds - 1}"
    assert last["discussion"] == f"b round {rounds - 1}"
    assert any(v.kind == "merge" for v in versions)
