"""The search's contract: what may be asked, and the page of hits."""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from community.boards.schemas import BoardSlug, Post, TagName
from community.platform.accounts.schemas import Username
from community.platform.contract import Output, Page, Query, Text
from community.platform.i18n import _

QUERY_MAX = 200
SORTS = ("relevance", "date")
KINDS = ("posts", "writeups", "sessions")


class SearchQuery(Query):
    q: Text(QUERY_MAX, label="what to search for")
    page: Page = 1
    board: BoardSlug | None = Field(None, description="only this board (its slug)")
    tag: TagName | None = Field(None, description="only topics with this tag")
    author: Username | None = Field(None, description="only posts by this member (username)")
    since: date | None = Field(None, description="only posts written on or after this day")
    until: date | None = Field(None, description="only posts written on or before this day")
    kind: Literal[KINDS] = Field("posts", description="what to search: posts, published "
                                 "write-ups (`writeups`) or live sessions (`sessions`)")
    sort: Literal[SORTS] = Field("relevance", description="best matches first, or newest")

    @field_validator("until")
    @classmethod
    def _range(cls, until: date | None, info: ValidationInfo) -> date | None:
        since = info.data.get("since")
        if since and until and since > until:
            raise ValueError(_("The end day comes before the start day."))
        return until


class HitTopic(Output):
    id: int
    title: str
    board: str


class Excerpt(Output):
    text: str
    match: bool


class SearchItem(Output):
    """A published write-up or a session (searches of those kinds)."""
    id: int
    title: str
    board: str
    url: str
    at: datetime = Field(description="when it was published; when the session starts")
    people: list[str] = Field(description="authors; host and presenters (usernames)")


class SearchHit(Output):
    kind: Literal[KINDS] = "posts"
    post: Post | None = Field(None, description="the post (kind `posts`)")
    topic: HitTopic | None = Field(None, description="its topic (kind `posts`)")
    item: SearchItem | None = Field(None, description="the write-up or session (other kinds)")
    excerpt: list[Excerpt]


class SearchPage(Output):
    items: list[SearchHit]
    page: int
    per_page: int
    total: int = Field(description="matching posts; an estimate when `estimated`")
    estimated: bool = Field(False, description="whether `total` is an estimate (\"about\")")
    pages: int
    q: str
