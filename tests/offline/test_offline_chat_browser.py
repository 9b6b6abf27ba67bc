"""A chat message typed while the connection is down stays in the box and is sent once when
the room reconnects (static/js/room.js with the chat's client_id), in Chromium."""
from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from realtime.room.models import LiveMessage
from tests.room.test_browser import Member
from tests.support.browser import launched_chromium

pytestmark = pytest.mark.slow

TEXT = "Typed in the lift with no signal: is the primary outcome patient-reported?"


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as chromium:
        yield chromium


def test_a_chat_message_typed_offline_is_sent_once_when_the_room_reconnects(
        browser, live_server, open_room, session):
    room = open_room(members=1)
    sid = room.live.id
    member = Member(browser, live_server, room.members[0], sid, width=390)
    other = Member(browser, live_server, room.host, sid)
    try:
        member.context.set_offline(True)
        member.expect_text("#room-connection", "Reconnecting")
        member.chat(TEXT)
        member.expect_text("#chat-error", "sent when the connection returns")
        assert member.page.locator("#chat-body").input_value() == TEXT
        member.context.set_offline(False)
        member.expect_text("#room-connection", "Connected")
        other.expect_text("#chat-log", TEXT)
        # The member's box empties on the server's acknowledgement, which may arrive just
        # after the broadcast reached the other page: wait for it rather than race it.
        expect(member.page.locator("#chat-body")).to_have_value("", timeout=10_000)
        time.sleep(0.5)
        session.rollback()
        assert session.scalar(select(func.count()).select_from(LiveMessage).where(
            LiveMessage.session_id == sid, LiveMessage.body_raw == TEXT)) == 1
        assert other.page.locator("#chat-log").inner_text().count(TEXT) == 1
    finally:
        member.context.close()
        other.context.close()
