"""The API's edges found by probing (issue 16): ids past the database's integers, 405s with
`Allow`, negative pages in CSV exports, titles padded with whitespace, wrong-typed profile
fields. Each answer is a documented 4xx, never a 5xx and never accepted."""
from __future__ import annotations

import re

from community.platform.accounts import service as accounts
from community.platform.db import db
from tests.support.api import PATH_VALUES, PREFIX

INT_MAX = 2**31 - 1


def _admin_token(app, make_user) -> str:
    admin = make_user("admin")
    with app.app_context():  # issued directly: through the API, an admin needs two factors
        token = accounts.create_token(db.session, db.session.merge(admin), "edges")[1]
        db.session.commit()
    return token


def _integer_parameters(operation: dict, item: dict) -> set[str]:
    params = [*item.get("parameters", []), *operation.get("parameters", [])]
    return {p["name"] for p in params if p.get("in") == "path"
            and (p.get("schema", {}).get("type") == "integer")}


def test_ids_past_the_largest_integer_are_not_found(api, app, client, make_user):
    token = _admin_token(app, make_user)
    values = {**PATH_VALUES, "username": "nobody"}
    checked = 0
    for path, item in api.document["paths"].items():
        for method, operation in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            ints = _integer_parameters(operation, item)
            if not ints:
                continue
            for big in (INT_MAX + 1, 2**63, 2**70):
                url = PREFIX + re.sub(r"{(\w+)}", lambda m, big=big, ints=ints: str(
                    big if m.group(1) in ints else values[m.group(1)]), path)
                response = client.open(url, method=method.upper(), json={},
                                       headers={"Authorization": f"Bearer {token}"})
                assert response.status_code == 404, (method, url, response.status_code,
                                                     response.get_data(as_text=True)[:200])
                checked += 1
    assert checked > 50
    # Pages too: every route with a number in its path, whatever its method.
    pages = 0
    for rule in app.url_map.iter_rules():
        if "<int:" not in rule.rule:
            continue
        for big in (INT_MAX + 1, 2**70):
            url = re.sub(r"<int:\w+>", str(big), rule.rule)
            url = re.sub(r"<(?:\w+:)?\w+>", "cardiology", url)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                response = client.open(url, method=method)
                assert response.status_code == 404, (method, url, response.status_code)
                pages += 1
    assert pages > 50


def test_method_not_allowed_names_the_allowed_methods(client):
    for method, url in (("PUT", f"{PREFIX}/posts/1"), ("DELETE", f"{PREFIX}/boards"),
                        ("POST", f"{PREFIX}/me"), ("PUT", "/login"), ("DELETE", "/")):
        response = client.open(url, method=method)
        assert response.status_code == 405, (method, url, response.status_code)
        allowed = {m.strip() for m in response.headers.get("Allow", "").split(",")}
        assert "GET" in allowed and method not in allowed, (method, url, allowed)


def test_a_negative_page_of_a_csv_export_is_refused(app, client, make_user):
    token = _admin_token(app, make_user)
    bearer = {"Authorization": f"Bearer {token}"}
    for query in ("page=-5&format=csv", "page=0&format=csv", f"page={2**70}&format=csv",
                  "page=-5", "page=x&format=csv", "format=xml"):
        response = client.get(f"{PREFIX}/audit?{query}", headers=bearer)
        assert response.status_code == 422, (query, response.status_code)
    assert client.get(f"{PREFIX}/audit?format=csv", headers=bearer).status_code == 200


def test_a_title_padded_past_its_length_with_tabs_is_refused(api, make_user, token_for):
    token = token_for(make_user())
    padded = "Case report" + "\t" * 300
    response = api.post(f"{PREFIX}/boards/cardiology/cases", token=token,
                        json={"title": padded})
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    response = api.post(f"{PREFIX}/boards/cardiology/topics", token=token,
                        json={"title": padded, "raw": "Echo pending.", "tags": ["ecg"]})
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    # The schema says the same thing as the validator: at most 200, no padding.
    schema = api.document["components"]["schemas"]["NewTopic"]["properties"]["title"]
    assert schema["maxLength"] <= 200 and schema["pattern"].endswith("])?$"), schema
    response = api.post(f"{PREFIX}/boards/cardiology/topics", token=token,
                        json={"title": "Case report " + "x" * 200, "raw": "Echo pending.",
                              "tags": ["ecg"]})
    assert response.status_code == 422


def test_profile_fields_of_the_wrong_type_are_refused(api, session, make_user, token_for):
    member = make_user(credentials="MD")
    token = token_for(member)
    for body in ({"credentials": []}, {"credentials": {}}, {"credentials": 5},
                 {"time_zone": []}, {"display_name": ["Dr X"]}):
        api.patch(f"{PREFIX}/me", token=token, json=body, expect=422)
    assert api.get(f"{PREFIX}/me", token=token, expect=200).get_json()["credentials"] == "MD"
