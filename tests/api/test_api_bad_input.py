"""Every operation that takes a body, fed wrong types, odd text and broken JSON: always a
documented 4xx problem (the `api` fixture checks each answer against the document), never a
500 and never a partial record."""
from __future__ import annotations

import re

from sqlalchemy import func, select

from community.boards.models import Post, PostRevision, Topic
from tests.support.api import PATH_VALUES, PREFIX

ODD_VALUES = [None, True, 0, -1, 2**40, 10**30, 1.5, "", " ", "x" * 40_000, "\x00", "\ud800",
              [], [1], ["a", None], {}, {"a": 1}]
BROKEN_BODIES = [b"\xff", b"\xc3\x28", b"{", b"[]", b"null", b"42", b'"text"',
                 b'{"a": NaN}', b"[" * 100_000 + b"]" * 100_000]


_PYTHON_TYPES = {"string": (str,), "integer": (int,), "number": (int, float),
                 "boolean": (bool,), "array": (list,), "object": (dict,),
                 "null": (type(None),)}


def _wrong_type(schema: dict, value: object) -> bool:
    for combined in ("oneOf", "anyOf"):
        if combined in schema:
            return not any(not _wrong_type(option, value) for option in schema[combined])
    if "$ref" in schema:
        return False  # an object of its own: the odd values are not judged here
    if "enum" in schema:
        return value not in schema["enum"]
    types = schema.get("type", "string")  # the enums here are all strings
    types = types if isinstance(types, list) else [types]
    if isinstance(value, bool):
        return "boolean" not in types
    return not any(isinstance(value, _PYTHON_TYPES[t]) for t in types)


def _rows(session) -> tuple[int, int, int]:
    session.rollback()
    return tuple(session.scalar(select(func.count()).select_from(m))
                 for m in (Topic, Post, PostRevision))


def test_wrong_types_and_broken_json_everywhere(api, session, make_user, token_for,
                                                topic_factory):
    author, admin = make_user(), make_user("admin")
    token, admin_token = token_for(author), token_for(admin)
    topic = topic_factory(token)
    post_id = topic["posts"]["items"][0]["id"]
    api.patch(f"{PREFIX}/posts/{post_id}", token=token, expect=200,
              json={"raw": "Second version", "base_revision": 1})
    token_id = api.get(f"{PREFIX}/auth/tokens", token=token).get_json()["items"][0]["id"]
    # moderation.disclosures: a real company to classify; the other ids need not exist.
    company = api.post(f"{PREFIX}/companies", token=admin_token, expect=201,
                       json={"name": "Acme Devices", "ineligible": True}).get_json()
    values = {**PATH_VALUES, "topic_id": topic["id"], "post_id": post_id,
              "username": author.username, "token_id": token_id, "company_id": company["id"]}
    schemas = api.document["components"]["schemas"]
    before = _rows(session)
    for path, item in api.document["paths"].items():
        url = PREFIX + re.sub(r"{(\w+)}", lambda m: str(values[m.group(1)]), path)
        for method, operation in item.items():
            if "requestBody" not in operation:
                continue
            name = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            schema = schemas[name.rsplit("/", 1)[1]]
            for field in schema["properties"]:
                for value in ODD_VALUES:
                    response = api.open(method, url, token=admin_token, json={field: value})
                    # A value of the wrong type is refused, unless it is an empty value
                    # of an optional field, which counts as not sent.
                    must_fail = _wrong_type(schema["properties"][field], value) and not (
                        field not in schema.get("required", []) and not value)
                    assert response.status_code < 500, (method, path, field, value)
                    assert 400 <= response.status_code or not must_fail, (
                        method, path, field, value, response.status_code)
            for body in BROKEN_BODIES:
                response = api.open(method, url, token=admin_token, data=body,
                                    content_type="application/json")
                assert response.status_code in (400, 401, 403, 413, 422, 429), (
                    method, path, body[:20], response.status_code)
    assert _rows(session) == before


def test_odd_query_strings_and_search_syntax(api, make_user, token_for, topic_factory):
    token = token_for(make_user())
    topic_factory(token)
    for path in ("/search?q=%ED%A0%80", "/search?q=%ff%fe", "/search?q=(", "/search?q=%22",
                 "/search?q=title:", "/search?q=*", "/search?q=[a%20TO", "/search?q=NOT",
                 "/search?q=board_id:abc", "/search?q=topic_id:[1%20TO%20x]",
                 # Only title, body, author and tags are fields a query may name: anything
                 # else is words to look for (dates are the since/until filters).
                 "/search?q=created:[2020%20TO%20]"):
        api.get(PREFIX + path, token=token, expect=200)
    # NUL is never text: refused before anything reads it.
    api.get(PREFIX + "/search?q=%00", token=token, expect=400)
    for path in ("/boards/cardiology/topics?tag=%ff",
                 "/boards/cardiology/topics?tag=%ED%A0%80", "/boards/cardiology/topics?tag=ECG",
                 "/boards/cardiology/topics?page=%ED%A0%80",
                 "/posts/1/revisions/diff?from=%ff&to=1"):
        api.get(PREFIX + path, token=token, expect=422)
    for path in ("/users/%ff", "/boards/%ED%A0%80"):
        api.get(PREFIX + path, token=token, expect=404)
    api.get(f"{PREFIX}/me", headers={"Authorization": "Bearer rnd_\u00e9\u00e9"}, expect=401)
