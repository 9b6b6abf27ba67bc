"""Who is connecting to a Socket.IO namespace: the member of the session cookie, or of an
API token sent in the handshake's auth {"token": …} (scripts, native clients, tests)."""
from __future__ import annotations

from typing import Any

from flask_login import current_user
from sqlalchemy.exc import OperationalError

from community.accounts import service as accounts
from community.accounts.models import User
from community.accounts.policy import is_signed_in
from community.db import db
from community.errors import DomainError


def connecting_member(auth: Any) -> User | None:
    token = auth.get("token") if isinstance(auth, dict) else None
    user = None
    if isinstance(token, str) and token:
        try:
            user = accounts.user_for_token(db.session, token)
            db.session.commit()  # the token's last-used time
        except DomainError:
            user = None
        except OperationalError:
            # SQLite busy with another writer: the last-used time can wait, the member not.
            db.session.rollback()
    elif current_user.is_authenticated:
        user = current_user._get_current_object()
    return user if is_signed_in(user) else None
