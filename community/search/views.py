"""The search page: posts in the boards the reader may see, with highlighted excerpts."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from community.platform.accounts import limits
from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.errors import RateLimited, ValidationError
from community.platform.web import actor
from community.search import service
from community.search.schemas import SearchQuery

bp = Blueprint("search", __name__)


@bp.route("/search")
def search():
    q = request.args.get("q", "").strip()
    hits, total, errors, retry_after = [], 0, {}, None
    if q:
        try:
            me = actor()
            limits.hit("search", account=me.id if me is not None else None)
            hits, total = service.search(db.session, current_app.config["SEARCH_INDEX_PATH"],
                                         actor(), parse_form(SearchQuery, request.args))
        except ValidationError as error:
            errors = error.errors
        except RateLimited as error:
            errors, retry_after = {"q": [error.detail]}, error.retry_after
    status = 429 if retry_after else 422 if errors else 200
    headers = {"Retry-After": str(retry_after)} if retry_after else {}
    return render_template("search/index.html", q=q, hits=hits, total=total, errors=errors,
                           page=request.args.get("page", 1, type=int) or 1,
                           per_page=service.PER_PAGE), status, headers
