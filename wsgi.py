"""Entry points for servers and workers.

    gunicorn --worker-class gthread --threads 8 wsgi:app   # pages, API and Socket.IO
    celery -A wsgi:celery worker -Q rounds                # background tasks

A serving process (gunicorn imports `app`) also runs the outbox relay, which delivers side
effects that could not run right after their write; a Celery worker imports `celery` and
runs the tasks."""
from community.app import create_app, start_background
from community.platform.sockets import server

app = create_app()
celery = app.extensions["celery"]
socketio = server(app)
start_background(app)

__all__ = ["app", "celery", "socketio"]
