"""Who may learn whom: the hook through which the parts below the content features (the
review queue, disclosures) ask the content's own rule without importing it.

A content feature whose parties must stay unknown to each other (a case write-up under
double-anonymous review: authors never learn reviewers, reviewers never learn authors before
publication) registers its rule from its init_app; everything that names a person in the
context of that content asks `may_know` or `shown_name` here. Content without a registered
rule hides nobody."""
from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from community.platform.accounts.models import User
from community.platform.registry import registry

# check(viewer, person_id, content_id) -> may the viewer learn who that person is, in the
# context of that content?
PartyRule = Callable[[User | None, int, int], bool]
ANONYMOUS = "an anonymous party"


def register_party_rule(app: Flask, content_kind: str, check: PartyRule) -> None:
    registry("party_rules", dict, app)[content_kind] = check


def may_know(viewer: User | None, person: User | int | None, content_kind: str | None,
             content_id: int | None) -> bool:
    """Whether `viewer` may learn that `person` takes part in this content, and who they are."""
    person_id = person.id if isinstance(person, User) else person
    if person_id is None or content_kind is None or content_id is None:
        return True
    check = registry("party_rules").get(content_kind)
    return check is None or check(viewer, person_id, content_id)


def shown_name(viewer: User | None, person: User | None, content_kind: str,
               content_id: int, anonymous: str = ANONYMOUS) -> str | None:
    """The person's username as the viewer may see it in this content's context."""
    if person is None:
        return None
    if may_know(viewer, person, content_kind, content_id):
        return person.username
    return anonymous
