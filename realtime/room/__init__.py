"""The live room of a session over Socket.IO (`/live`): presence, chat, polls, Q&A, the host's
controls, attendance, and after the session its transcript and attendance report."""
