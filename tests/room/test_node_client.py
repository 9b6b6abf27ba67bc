"""A real JavaScript client in the room: tests/room/node/member.mjs runs the official
socket.io-client (npm) under Node against the live server, beside a python-socketio member.
Both see each other's chat with increasing sequence numbers, and the Node member, back on a
new socket after a disconnect, is sent the message it missed.

Without Node or the npm package this skips locally and fails in CI (.ci/run installs them)."""
from __future__ import annotations

import json
import subprocess
import threading

import pytest
import socketio as socketio_client

from realtime.room.events import NAMESPACE
from tests.support.services import wait_for
from tests.support.sessions import NODE_DIR


class NodeMember:
    """member.mjs as a subprocess: its JSON lines arrive in `steps`."""

    def __init__(self, node: str, *args: str) -> None:
        self.process = subprocess.Popen(
            [node, str(NODE_DIR / "member.mjs"), *args], cwd=NODE_DIR, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.steps: list[dict] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.steps.append(json.loads(line))

    def step(self, name: str, timeout: float = 20.0) -> dict:
        found = wait_for(lambda: any(s["step"] in (name, "error") for s in self.steps)
                         or self.process.poll() is not None and not self._reader.is_alive(),
                         timeout)
        for step in self.steps:
            if step["step"] == "error":
                pytest.fail(f"the Node member failed: {step}\n{self.stderr()}")
            if step["step"] == name:
                return step
        pytest.fail(f"the Node member never reached {name!r} (found={found}): "
                    f"{self.steps}\n{self.stderr()}")

    def say(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        return self.process.stderr.read()[-3000:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)


def test_a_node_member_and_a_python_member_chat(node, live_server, open_room, token_for):
    room = open_room(members=2)
    py_user, node_user = room.members
    events: list[dict] = []
    python = socketio_client.Client(reconnection=False)
    python.on("event", events.append, namespace=NAMESPACE)
    sid = room.live.id
    member = None
    try:
        python.connect(live_server, namespaces=[NAMESPACE], auth={"token": token_for(py_user)},
                       transports=["polling"], wait_timeout=10)
        assert python.call("join", {"session_id": sid}, namespace=NAMESPACE, timeout=10)["ok"]
        member = NodeMember(node, "--url", live_server, "--token", token_for(node_user),
                            "--session", str(sid), "--body", "From **Node**",
                            "--expect", py_user.username)
        joined = member.step("joined")
        assert joined["you"]["username"] == node_user.username
        assert joined["you"]["role"] == "member"
        sent = member.step("sent")["message"]
        assert sent["html"].strip() == "<p>From <strong>Node</strong></p>"
        assert sent["author"]["username"] == node_user.username
        # The Python member hears the Node member, then answers.
        assert wait_for(lambda: any(e["kind"] == "chat" for e in events))
        answer = python.call("chat", {"session_id": sid, "body": "From _Python_"},
                             namespace=NAMESPACE, timeout=10)
        assert answer["ok"], answer
        heard = member.step("heard")
        # The JS client upgraded from long-polling to a websocket, as browsers do.
        assert heard["transport"] == "websocket"
        assert heard["message"]["html"].strip() == "<p>From <em>Python</em></p>"
        assert heard["message"]["seq"] == answer["message"]["seq"] > sent["seq"]
        # Numbers only grow, without gaps, on both sides.
        assert heard["seqs"] == sorted(set(heard["seqs"]))
        py_seqs = [e["seq"] for e in events]
        assert py_seqs == list(range(py_seqs[0], py_seqs[0] + len(py_seqs)))
        assert [e["data"]["author"]["username"] for e in events if e["kind"] == "chat"] == [
            node_user.username, py_user.username]

        # The Node member drops off; what is said meanwhile reaches it when it is back.
        away = member.step("away")
        missed_one = python.call("chat", {"session_id": sid, "body": "While you were away"},
                                 namespace=NAMESPACE, timeout=10)
        assert missed_one["ok"], missed_one
        member.say("back")
        rejoined = member.step("rejoined")
        missed = [e for e in rejoined["missed"] if e["kind"] == "chat"]
        assert [e["data"]["html"].strip() for e in missed] == ["<p>While you were away</p>"]
        assert all(e["seq"] > away["last_seq"] for e in rejoined["missed"])
        assert member.process.wait(10) == 0, member.stderr()
    finally:
        if member:
            member.close()
        if python.connected:
            python.disconnect()
