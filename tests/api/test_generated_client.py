"""A client generated from our OpenAPI document (openapi-python-client, as an integrator
would) drives a real server: register, take a token, start a topic, reply, start a case
write-up, register for a live session — then join that session over Socket.IO, sending and
reading the typed models of realtime.room.schemas. If the document and the code drift, the
generator, the generated models or the server say so here."""
from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import socketio

from community.platform.api.openapi import document
from realtime.room import schemas as room
from tests.support.email_links import mailed_link
from tests.support.sessions import missing_tool
from tests.support.web import PASSWORD

pytestmark = pytest.mark.slow

CONFIG = "post_hooks: []\nliteral_enums: true\npackage_name_override: rounds_client\n"


@pytest.fixture
def rounds_client(app, tmp_path):
    """The generated package, built from the app's document and imported."""
    generator = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    if generator is None:
        missing_tool("openapi-python-client is not installed (pip install -e '.[test]')")
    folder = tmp_path
    spec, config = folder / "openapi.json", folder / "config.yaml"
    spec.write_text(json.dumps(document(app)))
    config.write_text(CONFIG)
    run = subprocess.run([generator, "generate", "--path", str(spec), "--meta", "none",
                          "--output-path", str(folder / "rounds_client"), "--config",
                          str(config)], capture_output=True, text=True, timeout=300,
                         check=False)
    assert run.returncode == 0, run.stdout + run.stderr
    # One response is binary (an image's bytes), which the generator leaves out by design;
    # anything else it could not read would mean our document is wrong.
    warnings = [line for line in run.stdout.splitlines() if line.startswith("WARNING")]
    assert all("/images/{image_id}/file" in line for line in warnings), run.stdout
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module("rounds_client")
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n.split(".")[0] == "rounds_client"]:
            del sys.modules[name]


def _call(module, **kwargs):
    """Call a generated operation; the answer is its parsed model (or fail with the body)."""
    response = module.sync_detailed(**kwargs)
    assert 200 <= response.status_code < 300, (response.status_code, response.content)
    assert response.parsed is not None, response.content
    return response.parsed


def test_a_generated_client_does_what_a_member_does(rounds_client, live_server, make_user,
                                                     open_room, app):
    from rounds_client import AuthenticatedClient, Client
    from rounds_client.api.accounts import confirm_verification, issue_token, register
    from rounds_client.api.boards import create_topic
    from rounds_client.api.cases import get_case, start_case
    from rounds_client.api.sessions import get_live_session, register_for_session
    from rounds_client.api.topics import get_topic, reply
    from rounds_client.models import (
        LinkToken,
        NewReply,
        NewTopic,
        NewWriteUp,
        Registration,
        TokenRequest,
    )

    anonymous = Client(base_url=f"{live_server}/api/v1")
    newcomer = _call(register, client=anonymous, body=Registration(
        email="ines@example.org", username="ines", password="a long enough password",
        display_name="Dr Inês Duarte", credentials="MD"))
    assert newcomer.username == "ines" and newcomer.email == "ines@example.org"
    token = _call(issue_token, client=anonymous, body=TokenRequest(
        email="ines@example.org", password="a long enough password")).token
    member = AuthenticatedClient(base_url=f"{live_server}/api/v1", token=token)
    # The address confirmed with the token of the mailed link, before posting (issue 13).
    link = mailed_link(app, "ines@example.org", "/verify-email/").rsplit("/", 1)[1]
    confirmed = confirm_verification.sync_detailed(client=anonymous, body=LinkToken(token=link))
    assert confirmed.status_code == 204, confirmed.content

    # A member the site already trusts starts the topic; the newcomer replies to it.
    regular = make_user(trust_level=2)
    regular_token = _call(issue_token, client=anonymous, body=TokenRequest(
        email=regular.email, password=PASSWORD)).token
    regular_client = AuthenticatedClient(base_url=f"{live_server}/api/v1", token=regular_token)
    topic = _call(create_topic, client=regular_client, slug="cardiology", body=NewTopic(
        title="Syncope during exercise in a teenager", raw="ECG attached; thoughts?",
        tags=["ecg"]))
    answer = _call(reply, client=member, topic_id=topic.id, body=NewReply(
        raw="Consider HCM: an echocardiogram first."))
    assert answer.author.username == "ines"
    shown = _call(get_topic, client=anonymous, topic_id=topic.id)
    assert shown.title == "Syncope during exercise in a teenager"
    assert shown.posts.items[0].author.username == regular.username

    write_up = _call(start_case, client=member, slug="cardiology",
                     body=NewWriteUp(title="Hypertrophic cardiomyopathy: a case report"))
    assert _call(get_case, client=member, case_id=write_up.id).id == write_up.id

    live = open_room(members=0).live
    _call(register_for_session, client=member, session_id=live.id)
    assert _call(get_live_session, client=member, session_id=live.id).id == live.id

    _join_over_socketio(live_server, token, live.id)


def _join_over_socketio(url: str, token: str, session_id: int) -> None:
    """Join the room as the registered member with room.JoinIn, read JoinAck and the
    snapshot, send a chat message (ChatIn) and read its MessageAck."""
    client = socketio.Client(reconnection=False)
    client.connect(url, namespaces=["/live"], auth={"token": token},
                   wait_timeout=10)
    try:
        join = room.JoinIn(session_id=session_id)
        ack = room.JoinAck.model_validate(client.call(
            "join", join.model_dump(mode="json", exclude_none=True), namespace="/live",
            timeout=10))
        assert ack.ok is True
        chat = room.ChatIn(session_id=session_id, body="Hello from a generated client")
        sent = room.MessageAck.model_validate(client.call(
            "chat", chat.model_dump(mode="json", exclude_none=True), namespace="/live",
            timeout=10))
        assert sent.message.body == "Hello from a generated client"
    finally:
        client.disconnect()
