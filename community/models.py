"""Every model module of every package, imported once so `Base.metadata` knows all tables
(Alembic's env.py, the tests and the CLI import this; the app imports them through its
features)."""
from community.boards import models as boards  # noqa: F401
from community.cases import models as cases  # noqa: F401
from community.cases.authoring import models as case_authoring  # noqa: F401
from community.cases.deid import models as case_deid  # noqa: F401
from community.cases.publication import models as case_publication  # noqa: F401
from community.cases.review import models as case_review  # noqa: F401
from community.credit import models as credit  # noqa: F401
from community.mail import models as mail  # noqa: F401
from community.notifications import models as notifications  # noqa: F401
from community.platform import (
    events,  # noqa: F401  (the outbox)
    idempotency,  # noqa: F401  (idempotency keys of repeated writes)
    lifecycle,  # noqa: F401  (state changes)
)
from community.platform.accounts import models as accounts  # noqa: F401
from community.platform.db import Base
from community.platform.spaces import models as spaces  # noqa: F401
from community.search import models as search  # noqa: F401
from moderation.audit import models as audit  # noqa: F401
from moderation.disclosures import models as disclosures  # noqa: F401
from moderation.flags import models as flags  # noqa: F401
from moderation.queue import models as queue  # noqa: F401
from moderation.trust import models as trust  # noqa: F401
from realtime.room import models as room  # noqa: F401
from realtime.sessions import models as sessions  # noqa: F401

__all__ = ["Base"]
