// A live-room member over the official JavaScript client (socket.io-client from npm), driven
// by tests/room/test_node_client.py. It prints one JSON object a line on stdout, one per step:
//   joined  → after `join` answered (the session's last seq)
//   sent    → its own chat message as the server numbered it
//   heard   → the first chat message from --expect (another member)
//   away    → it disconnected; it waits for a line "back" on stdin
//   rejoined→ a new socket joined again with `since` = the last seq it saw; the missed events
// Any failure prints {"step": "error", ...} and exits 1.
//
// node member.mjs --url http://127.0.0.1:5000 --token rnd_… --session 3 --body "Hello"
//                 --expect alice [--timeout 20]
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { io } from "socket.io-client";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" }, token: { type: "string" }, session: { type: "string" },
    body: { type: "string" }, expect: { type: "string" }, timeout: { type: "string", default: "20" },
  },
});
const sessionId = Number(args.session);
const events = [];  // every sequenced event seen, in arrival order
let lastSeq = 0;

const print = (step, data = {}) => process.stdout.write(JSON.stringify({ step, ...data }) + "\n");
const fail = (message) => { print("error", { message, events }); process.exit(1); };
setTimeout(() => fail("timed out"), Number(args.timeout) * 1000).unref();

function connect() {
  // Polling first, then the upgrade to a websocket: the client's defaults.
  const socket = io(`${args.url}/live`, { auth: { token: args.token }, reconnection: false });
  socket.on("event", (event) => {
    events.push({ seq: event.seq, kind: event.kind, data: event.data });
    lastSeq = Math.max(lastSeq, event.seq);
  });
  socket.on("connect_error", (error) => fail(`connect_error: ${error.message}`));
  return new Promise((resolve) => socket.once("connect", () => resolve(socket)));
}

async function call(socket, name, payload) {
  const answer = await socket.timeout(10000).emitWithAck(name, { session_id: sessionId, ...payload });
  if (!answer || !answer.ok) fail(`${name} refused: ${JSON.stringify(answer)}`);
  return answer;
}

function chatFrom(username) {
  return events.find((e) => e.kind === "chat" && e.data.author.username === username);
}

async function until(predicate) {
  while (!predicate()) await new Promise((r) => setTimeout(r, 20));
  return predicate();
}

const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise((resolve) => lines.once("line", resolve));

let socket = await connect();
let answer = await call(socket, "join", {});
lastSeq = Math.max(lastSeq, answer.session.last_seq);
print("joined", { last_seq: answer.session.last_seq, you: answer.you,
                  transport: socket.io.engine.transport.name });

const sent = await call(socket, "chat", { body: args.body });
print("sent", { message: sent.message });

const heard = await until(() => chatFrom(args.expect));
print("heard", { message: heard.data, seqs: events.map((e) => e.seq),
                 transport: socket.io.engine.transport.name });

socket.disconnect();
const seenBefore = lastSeq;
print("away", { last_seq: seenBefore });
if ((await nextLine()).trim() !== "back") fail("expected 'back' on stdin");

socket = await connect();  // a new socket, a new sid, in no room yet
answer = await call(socket, "join", { since: seenBefore });
print("rejoined", { missed: answer.missed, since: seenBefore });
socket.disconnect();
lines.close();
process.exit(0);
