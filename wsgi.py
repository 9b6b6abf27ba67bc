"""Entry points for servers and workers.

    gunicorn --worker-class gthread --threads 8 wsgi:app   # pages, API and Socket.IO
    celery -A wsgi:celery worker -Q rounds                # background tasks

A serving process (gunicorn imports `app`) also runs the outbox relay, which delivers side
effects that could not run right after their write; a Celery worker imports `celery` and
runs the tasks."""
import gc

from community.app import create_app, start_background
from community.platform.sockets import server

app = create_app()
celery = app.extensions["celery"]
socketio = server(app)
start_background(app)
# What is built by now (the app, its modules, catalogues and compiled statements: ~250,000
# objects) lives as long as the process. Frozen, Python's cyclic collector stops walking it:
# a full collection took ~70–140 ms on this 2-core machine, a pause every member of a live
# room felt at once when it fell during a message's fan-out or a crowd's arrival.
gc.freeze()

__all__ = ["app", "celery", "socketio"]
