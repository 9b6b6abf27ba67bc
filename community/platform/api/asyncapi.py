"""The AsyncAPI 3 document of the Socket.IO protocol, generated from the message models each
namespace declares (community.platform.sockets.Namespace: receives/sends), served beside the
OpenAPI document at /api/v1/asyncapi.json. docs/live-protocol.md keeps the prose.

The document describes Rounds' server: what it receives from clients (their events, each
answered by an acknowledgement, the reply) and what it sends to them."""
from __future__ import annotations

from typing import Any

from flask import Flask, current_app, jsonify
from pydantic import BaseModel

from community.platform.api import api_blueprint, operation, register
from community.platform.contract import schemas_of
from community.platform.sockets import Message, Namespace, namespaces

bp = api_blueprint("asyncapi", __name__)
SCHEMA_REF = "#/components/schemas/{model}"


def init_app(app: Flask) -> None:
    register(app, bp)


@bp.get("/asyncapi.json")
@operation("The Socket.IO protocol as an AsyncAPI 3 document", tag="meta",
           media={"application/json": {"schema": {"type": "object",
                                                   "description": "AsyncAPI 3.0"}}})
def asyncapi_document():
    return jsonify(document(current_app))


def document(app: Flask) -> dict[str, Any]:
    cache = app.extensions.setdefault("rounds.asyncapi", {})
    if "document" not in cache:
        cache["document"] = _build(namespaces(app))
    return cache["document"]


def _name(namespace: Namespace) -> str:
    return namespace.path.strip("/") or "root"


def _message(channel: str, message: Message, model: type[BaseModel] | None,
             suffix: str = "") -> tuple[str, dict[str, Any]]:
    key = f"{channel}.{message.event}{suffix}"
    body: dict[str, Any] = {"name": message.event + suffix, "summary": message.summary}
    if model is not None:
        body["payload"] = {"$ref": SCHEMA_REF.format(model=model.__name__)}
    return key, body


def _build(served: dict[str, Namespace]) -> dict[str, Any]:
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    models: list[type[BaseModel]] = []
    for namespace in served.values():
        channel = _name(namespace)
        listed: dict[str, Any] = {}
        for direction, table in (("receive", namespace.received), ("send", namespace.sent)):
            for message in table.values():
                key, body = _message(channel, message, message.payload)
                messages[key] = body
                listed[message.event] = {"$ref": f"#/components/messages/{key}"}
                operation_body: dict[str, Any] = {
                    "action": direction, "channel": {"$ref": f"#/channels/{channel}"},
                    "summary": message.summary,
                    "messages": [{"$ref": f"#/channels/{channel}/messages/{message.event}"}]}
                if message.ack is not None:
                    ack_key, ack_body = _message(channel, message, message.ack, ".ack")
                    messages[ack_key] = ack_body
                    listed[f"{message.event}.ack"] = {
                        "$ref": f"#/components/messages/{ack_key}"}
                    operation_body["reply"] = {
                        "channel": {"$ref": f"#/channels/{channel}"},
                        "messages": [{"$ref": f"#/channels/{channel}/messages/"
                                              f"{message.event}.ack"}]}
                operations[f"{channel}.{direction}.{message.event}"] = operation_body
                models += [m for m in (message.payload, message.ack) if m is not None]
        channels[channel] = {"address": namespace.path, "description": namespace.description,
                             "messages": listed}
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "Rounds live protocol", "version": "1",
            "description": "Socket.IO (protocol 5, Engine.IO 4) at /socket.io/. Connect to a "
                           "namespace with the session cookie or auth {\"token\": \"rnd_…\"}; "
                           "every client event is an object answered by an acknowledgement "
                           "({ok: true, …} or {ok: false, code, error, fields?}). The prose: "
                           "docs/live-protocol.md.",
        },
        "defaultContentType": "application/json",
        "servers": {"rounds": {"host": "localhost:5000", "pathname": "/socket.io/",
                               "protocol": "ws",
                               "description": "the web server itself (websocket, with "
                                              "long-polling as the fallback)"}},
        "channels": dict(sorted(channels.items())),
        "operations": dict(sorted(operations.items())),
        "components": {"messages": dict(sorted(messages.items())),
                       "schemas": _asyncapi_schemas(
                           schemas_of(list(dict.fromkeys(models))))},
    }


def _asyncapi_schemas(node: Any) -> Any:
    """JSON Schema as AsyncAPI's Schema Object reads it: its `discriminator` is the name of
    the property (pydantic writes OpenAPI's {propertyName, mapping})."""
    if isinstance(node, list):
        return [_asyncapi_schemas(item) for item in node]
    if not isinstance(node, dict):
        return node
    found = {key: _asyncapi_schemas(value) for key, value in node.items()}
    if isinstance(found.get("discriminator"), dict) and "propertyName" in found["discriminator"]:
        found["discriminator"] = found["discriminator"]["propertyName"]
    return found
