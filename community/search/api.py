"""JSON API of search: posts in the boards the reader may see, with highlighted excerpts."""
from __future__ import annotations

from flask import current_app, request

from community.boards import service as boards
from community.boards.serializers import post_json
from community.platform.api import api_blueprint, api_user
from community.platform.api.serializers import paged
from community.platform.db import db
from community.platform.parsing import Page, page_number
from community.search import service as search_service

bp = api_blueprint("search_api", __name__)


@bp.get("/search")
def search():
    actor = api_user()
    query = request.args.get("q")
    hits, total = search_service.search(db.session, current_app.config["SEARCH_INDEX_PATH"],
                                        actor, query, request.args.get("page"))
    liked = boards.liked_post_ids(db.session, actor, [h.post for h in hits])
    found = [{"post": post_json(h.post, actor, liked),
              "topic": {"id": h.post.topic.id, "title": h.post.topic.title,
                        "board": h.post.topic.board.slug},
              "excerpt": [{"text": text, "match": match} for text, match in h.excerpt]}
             for h in hits]
    # The search service checked the page number already.
    page = Page(found, page_number(request.args.get("page")),
                        search_service.PER_PAGE, total)
    return paged(page, found, q=query.strip())
