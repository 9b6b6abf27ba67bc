"""JSON API of search: posts in the boards the reader may see, with highlighted excerpts."""
from __future__ import annotations

from flask import current_app

from community.boards import service as boards
from community.boards.serializers import post_json
from community.platform.accounts import limits
from community.platform.api import Paged, api_blueprint, api_user, operation
from community.platform.db import db
from community.platform.parsing import Page
from community.search import schemas
from community.search import service as search_service

bp = api_blueprint("search_api", __name__)


@bp.get("/search")
@operation("Search posts, published write-ups or sessions in the boards you may read", tag="search", query=schemas.SearchQuery,
           response=schemas.SearchPage, errors=(429,))
def search(query: schemas.SearchQuery):
    actor = api_user()
    limits.hit("search", account=actor.id if actor is not None else None)
    found = search_service.search(db.session, current_app.config["SEARCH_INDEX_PATH"], actor,
                                  query)
    hits, total = found
    if query.kind == "posts":
        liked = boards.liked_post_ids(db.session, actor, [h.post for h in hits])
        items = [{"kind": "posts", "post": post_json(h.post, actor, liked),
                  "topic": {"id": h.post.topic.id, "title": h.post.topic.title,
                            "board": h.post.topic.board.slug},
                  "excerpt": [{"text": text, "match": match} for text, match in h.excerpt]}
                 for h in hits]
    else:
        items = [{"kind": h.kind,
                  "item": {"id": h.item.id, "title": h.item.title,
                           "board": h.subject.board.slug, "url": search_service.page_of(h),
                           "at": h.item.created, "people": list(h.item.authors)},
                  "excerpt": [{"text": text, "match": match} for text, match in h.excerpt]}
                 for h in hits]
    page = Page(items, query.page, search_service.PER_PAGE, total)
    return Paged(page, items, {"q": query.q, "estimated": found.estimated})
