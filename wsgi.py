"""Entry points for servers and workers.

    gunicorn --worker-class gthread --threads 8 wsgi:app   # pages and API
    celery -A wsgi:celery worker -Q rounds                # background tasks
"""
from community.app import create_app
from community.platform.sockets import socketio

app = create_app()
celery = app.extensions["celery"]

__all__ = ["app", "celery", "socketio"]
