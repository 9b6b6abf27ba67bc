"""Search: a Whoosh index of board posts kept in step by tasks on the `search` queue."""
