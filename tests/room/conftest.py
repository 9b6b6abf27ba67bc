"""The room's tests share tests/support/sessions.py (open_room is registered in
tests/conftest.py)."""
