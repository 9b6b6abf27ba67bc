"""The search page: posts, published write-ups or sessions in the boards the reader may see,
with highlighted excerpts, and filters by kind, board, tag, author, days and order."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from community.platform.accounts import limits
from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.errors import RateLimited, ValidationError
from community.platform.spaces import service as spaces
from community.platform.web import actor
from community.search import service
from community.search.schemas import KINDS, SORTS, SearchQuery

bp = Blueprint("search", __name__)

FILTERS = ("kind", "board", "tag", "author", "since", "until", "sort")


@bp.route("/search")
def search():
    q = request.args.get("q", "").strip()
    hits, total, estimated, more, errors, retry_after = [], 0, False, False, {}, None
    me = actor()
    if q:
        try:
            limits.hit("search", account=me.id if me is not None else None)
            found = service.search(db.session, current_app.config["SEARCH_INDEX_PATH"], me,
                                   parse_form(SearchQuery, request.args))
            hits, total = found
            estimated, more = found.estimated, found.more
        except ValidationError as error:
            errors = error.errors
        except RateLimited as error:
            errors, retry_after = {"q": [error.detail]}, error.retry_after
    status = 429 if retry_after else 422 if errors else 200
    headers = {"Retry-After": str(retry_after)} if retry_after else {}
    filters = {k: request.args.get(k, "").strip() for k in FILTERS}
    return render_template("search/index.html", q=q, hits=hits, total=total,
                           estimated=estimated, more=more, errors=errors,
                           filters=filters, boards=spaces.list_boards(db.session, me),
                           sorts=SORTS, kinds=[(k, service.KIND_LABELS[k]) for k in KINDS],
                           page_of=service.page_of, page=request.args.get("page", 1, type=int) or 1,
                           per_page=service.PER_PAGE), status, headers
