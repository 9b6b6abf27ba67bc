"""The live room of a session: Socket.IO events, chat, polls, Q&A, attendance."""
