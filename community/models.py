"""Every model of every package, imported once so `Base.metadata` knows all tables
(Alembic's env.py, the tests and the app all import this)."""
from community.accounts.models import ApiToken, LoginAttempt, User  # noqa: F401
from community.boards.models import (  # noqa: F401
    Board,
    BoardModerator,
    ModerationAction,
    Post,
    PostLike,
    PostRevision,
    Tag,
    Topic,
    Watch,
)
from community.cases.authoring_models import CaseImage, CaseInvitation  # noqa: F401
from community.cases.deid_models import PhiOverride  # noqa: F401
from community.cases.models import CaseAuthor, CaseReport, CaseVersion  # noqa: F401
from community.cases.review_models import *  # peer review and publication tables
from community.db import Base  # noqa: F401
from community.notifications.models import Notification  # noqa: F401
from moderation.models import *
from realtime.room.models import *
from realtime.sessions.models import *
