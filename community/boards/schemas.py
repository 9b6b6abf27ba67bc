"""The boards' contract: what a topic, a reply, an edit or a moderator's change may contain
(the one validation of pages and API), and the shapes the API answers with."""
from __future__ import annotations

from datetime import datetime

from pydantic import Field, field_validator

from community.boards.models import MAX_TAGS, POST_MAX, TAG_PATTERN, TITLE_MAX, TITLE_MIN
from community.platform.accounts.schemas import Author
from community.platform.contract import Body, Id, Input, Matching, Output, Page, Query, Text
from community.platform.i18n import _l

TagName = Matching(TAG_PATTERN, _l("Tags use lowercase letters, digits and dashes."),
                   max_length=30)
Title = Text(TITLE_MAX, min_length=TITLE_MIN, label="The topic's title")
PostBody = Body(POST_MAX, label="The post, in Markdown")
Reason = Text(300, label="Why")
BoardSlug = Text(60, label="the slug of a board")


class NewTopic(Input):
    title: Title
    raw: PostBody
    tags: list[TagName] = Field(default_factory=list, max_length=MAX_TAGS)

    @field_validator("tags")
    @classmethod
    def _once_each(cls, tags: list[str]) -> list[str]:
        return list(dict.fromkeys(tags))


class NewReply(Input):
    raw: PostBody
    reply_to: Id | None = Field(None, description="id of the post replied to, in the topic")


class PostEdit(Input):
    raw: PostBody
    base_revision: Id = Field(description="the revision the edit was based on")
    reason: Reason | None = None
    title: Title | None = Field(None, description="the topic's title (opening post only)")


class TopicModeration(Input):
    pinned: bool | None = None
    locked: bool | None = None
    board: BoardSlug | None = Field(None, description="move it to this board")


class HideRevision(Input):
    reason: Reason


class PageQuery(Query):
    page: Page = 1


class TopicListQuery(PageQuery):
    tag: TagName | None = Field(None, description="only topics with this tag")


class RevisionDiffQuery(Query):
    from_: Id = Field(alias="from", description="the earlier revision")
    to: Id = Field(description="the later revision")


# ---------------------------------------------------------------- answers


class Board(Output):
    slug: str
    name: str
    description: str
    verified_only: bool
    topic_count: int
    url: str


class BoardDetail(Board):
    watching: bool


class BoardList(Output):
    items: list[Board]


class Topic(Output):
    id: int
    board: str
    title: str
    author: Author
    tags: list[str]
    pinned: bool
    locked: bool
    post_count: int
    created_at: datetime
    last_posted_at: datetime
    deleted: bool
    url: str


class ReplyTo(Output):
    id: int
    number: int
    username: str


class Post(Output):
    id: int
    topic_id: int
    number: int
    author: Author
    raw: str
    cooked: str
    revision: int
    like_count: int
    liked_by_me: bool
    reply_to: ReplyTo | None
    created_at: datetime
    edited_at: datetime | None
    deleted: bool
    can_edit: bool
    can_delete: bool
    url: str


class PostPage(Output):
    items: list[Post]
    page: int
    per_page: int
    total: int
    pages: int


class TopicPage(Output):
    items: list[Topic]
    page: int
    per_page: int
    total: int
    pages: int


class TopicDetail(Topic):
    posts: PostPage
    watching: bool
    can_reply: bool


class Revision(Output):
    number: int
    editor: Author
    raw: str | None = Field(description="null once a moderator hid it")
    cooked: str | None
    title: str | None
    reason: str
    created_at: datetime
    hidden: bool
    hidden_at: datetime | None
    hidden_reason: str | None


class RevisionList(Output):
    items: list[Revision]


class DiffLine(Output):
    op: str
    text: str


class RevisionDiff(Output):
    from_: Revision = Field(alias="from")
    to: Revision
    hidden: bool
    lines: list[DiffLine]
    unified: str


class Like(Output):
    liked: bool
    like_count: int


class Watching(Output):
    watching: bool


class Quote(Output):
    markdown: str


# ---------------------------------------------------------------- the composer


class ComposerPreviewRequest(Input):
    raw: str = Field("", max_length=POST_MAX, description="the Markdown to render")


class ComposerPreview(Output):
    html: str = Field(description="the text as it would be shown, sanitized (markup.cook)")


class MentionQuery(Query):
    q: str = Field("", max_length=40, description="the start of a username, with or "
                                                 "without its @")


class MentionSuggestion(Output):
    username: str
    display_name: str
    credentials: str


class MentionSuggestionList(Output):
    items: list[MentionSuggestion]
