"""The search's contract: what may be asked, and the page of hits."""
from __future__ import annotations

from community.boards.schemas import Post
from community.platform.contract import Output, Page, Query, Text

QUERY_MAX = 200


class SearchQuery(Query):
    q: Text(QUERY_MAX, label="what to search for")
    page: Page = 1


class HitTopic(Output):
    id: int
    title: str
    board: str


class Excerpt(Output):
    text: str
    match: bool


class SearchHit(Output):
    post: Post
    topic: HitTopic
    excerpt: list[Excerpt]


class SearchPage(Output):
    items: list[SearchHit]
    page: int
    per_page: int
    total: int
    pages: int
    q: str
