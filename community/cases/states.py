"""The write-up's states (Open Journal Systems' editorial workflow as the model). The allowed
transitions and who may take them are declared in community/cases/workflow.py."""
from __future__ import annotations

DRAFT = "draft"                      # authors write; nothing is visible to others
SUBMITTED = "submitted"              # waiting for the editor's screening
IN_REVIEW = "in_review"              # a review round is open
REVISIONS_REQUESTED = "revisions_requested"  # authors revise; a new round follows
ACCEPTED = "accepted"                # the editor accepted; publication follows
PUBLISHED = "published"              # read-only and citable; corrections are new versions
DECLINED = "declined"                # the editor declined at screening
REJECTED = "rejected"                # the editor rejected after review
WITHDRAWN = "withdrawn"              # the authors withdrew it

STATES = (DRAFT, SUBMITTED, IN_REVIEW, REVISIONS_REQUESTED, ACCEPTED, PUBLISHED, DECLINED,
          REJECTED, WITHDRAWN)
# Authors may change the text only in these states (a published write-up takes corrections,
# which are new versions with a visible note).
EDITABLE = (DRAFT, REVISIONS_REQUESTED)
