"""Socket.IO features: scheduled case conferences and journal clubs (sessions) and their live
room (room)."""
