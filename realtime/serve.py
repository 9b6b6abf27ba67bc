"""One Socket.IO-capable server process, nothing else: no migration, no seeding, no banner.

    python -m realtime.serve --port 8001 [--host 127.0.0.1]

For tests and benchmarks that start several processes on a database they built themselves
(`rounds serve` migrates first, which a schema made by `create_all` refuses). Settings come
from the ROUNDS_* variables, as for every process; with ROUNDS_REDIS_URL, processes started
this way share their rooms through Redis. Werkzeug runs without a TTY here
(allow_unsafe_werkzeug): production serves through gunicorn (see the README)."""
from __future__ import annotations

import argparse
import signal
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m realtime.serve", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)

    from community import create_app
    from realtime import socketio

    app = create_app({"secure_cookies": False})
    # SIGTERM (a test stopping its server) becomes a normal exit.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(0))
    socketio.run(app, host=args.host, port=args.port, debug=False, use_reloader=False,
                 log_output=False, allow_unsafe_werkzeug=True)


if __name__ == "__main__":
    main()
