"""The small design system (issue 15) through HTTP: the header's phone menu, avatars (initials
on a member's colour, or an uploaded picture stripped of its metadata), members' cards, state
badges, the favicon and the web app manifest, and the country, time zone and language pickers
that replaced free-text codes (defect 12). The header's height on a phone and the card in a
real browser are checked in tests/pages/test_browser_pages.py."""
from __future__ import annotations

import io
import json
import re

import pytest
from PIL import Image
from sqlalchemy import select

from community.platform.accounts import avatars, choices
from community.platform.accounts.models import User, UserAvatar
from tests.support.authoring import jpeg_with_gps, png
from tests.support.web import PASSWORD, csrf_token, login, post_form

GOOD = {"email": "nia@example.org", "username": "nia", "password": "a long passphrase",
        "display_name": "Dr Nia Mensah", "credentials": "MD", "specialty": "Paediatrics",
        "country": "GH", "time_zone": "Africa/Accra", "language": "en"}


def _upload(client, data: bytes, name: str = "me.jpg"):
    return client.post("/account/avatar", content_type="multipart/form-data", data={
        "csrf_token": csrf_token(client), "avatar": (io.BytesIO(data), name)})


def _topic(client, title: str = "Febrile infant under 60 days") -> int:
    response = post_form(client, "/b/cardiology/new", {
        "title": title, "raw": "Which rule do you use, and why?", "tags": ""})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))


# ---------------------------------------------------------------- the header


def test_the_phone_menu_is_a_disclosure_and_the_badges_stay_outside_it(client, make_user):
    login(client, make_user())
    page = client.get("/account").get_data(as_text=True)
    header = page[page.index('<header class="top"'):page.index("</header>")]
    menu = header[header.index('<details class="menu">'):header.index("</details>")]
    # Every link of the wide screen's row is in the menu too (without JavaScript: <details>).
    assert '<summary><span class="label">Menu</span></summary>' in menu
    for label in ("Boards", "Search", "Sessions", "Write-ups", "Reviews", "Credit",
                  "Sign out"):
        assert label in menu, label
    # The notifications link (and its badge) is outside the menu: visible when it is closed.
    assert "data-live-unread" in header and "data-live-unread" not in menu
    # The page the member is on is marked for screen readers.
    assert 'href="/account" aria-current="page"' in menu


def test_a_visitor_signs_in_from_the_header_without_opening_the_menu(client):
    header = client.get("/login").get_data(as_text=True).split("</header>")[0]
    quick = header[header.index('<ul class="nav-quick">'):header.index('<details')]
    assert ">Sign in</a>" in quick
    assert ">Join</a>" in header[header.index('<details'):]


# ---------------------------------------------------------------- avatars


def test_initials_and_a_colour_of_ones_own(app, make_user):
    with app.app_context():
        amina = make_user(username="amina", display_name="Dr. Amina Okafor")
        assert avatars.initials(amina) == "AO"
        assert avatars.initials(make_user(display_name="Cher")) == "C"
        same = [avatars.colour(amina) for _ in range(3)]
        assert len(set(same)) == 1 and 0 <= same[0] < avatars.PALETTE_SIZE
        spread = {avatars.colour(make_user(username=f"member{n}x")) for n in range(40)}
        assert len(spread) >= 6  # the palette is used, not one colour for everyone


def test_every_avatar_colour_carries_white_initials_at_aa_contrast(client):
    css = client.get("/static/css/rounds.css").get_data(as_text=True)
    colours = dict(re.findall(r"\.av(\d)\{background:(#[0-9a-f]{6})\}", css))
    assert sorted(colours) == [str(n) for n in range(avatars.PALETTE_SIZE)]

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
                  for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for index, colour in colours.items():
        assert 1.05 / (luminance(colour) + 0.05) >= 4.5, (index, colour)


def test_names_on_posts_topic_lists_and_profiles_carry_the_avatar(app, client, make_user):
    author = make_user(display_name="Dr Nia Mensah")
    login(client, author)
    topic_id = _topic(client)
    initials = f'<span class="avatar sm av{avatars.colour(author)}" aria-hidden="true">NM</span>'
    post = client.get(f"/t/{topic_id}").get_data(as_text=True)
    assert initials in post
    assert f'<a class="member" href="/u/{author.username}"><bdi>Dr Nia Mensah</bdi></a>' in post
    board = client.get("/b/cardiology").get_data(as_text=True)
    assert f'<span class="avatar xs av{avatars.colour(author)}" aria-hidden="true">NM</span>' \
        in board
    profile = client.get(f"/u/{author.username}").get_data(as_text=True)
    assert 'class="avatar lg' in profile


def test_an_uploaded_picture_is_square_stripped_of_metadata_and_cached(app, client, session,
                                                                       make_user):
    member = make_user()
    login(client, member)
    original = jpeg_with_gps((640, 480))
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # GPS is there
    response = _upload(client, original)
    assert response.status_code == 303
    session.rollback()
    stored = session.get(User, member.id)
    assert stored.avatar_version and len(stored.avatar_version) == avatars.VERSION_LENGTH
    page = client.get("/account").get_data(as_text=True)
    url = f"/u/{member.username}/avatar?v={stored.avatar_version}"
    assert f'<img class="avatar lg" src="{url}" alt=""' in page
    assert "Remove picture" in page
    # Served to anyone (as the profile is), for a year under its versioned URL.
    served = app.test_client().get(url)
    assert served.status_code == 200 and served.mimetype == "image/jpeg"
    assert served.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    clean = Image.open(io.BytesIO(served.get_data()))
    assert clean.format == "JPEG" and clean.size == (avatars.AVATAR_SIZE, avatars.AVATAR_SIZE)
    assert dict(clean.getexif()) == {} and "exif" not in clean.info
    assert b"PhoneMaker" not in served.get_data() and b"Exif" not in served.get_data()
    again = app.test_client().get(url, headers={"If-None-Match": served.headers["ETag"]})
    assert again.status_code == 304
    # An old or missing version: the current picture, cached briefly.
    stale = app.test_client().get(f"/u/{member.username}/avatar?v=0000")
    assert stale.status_code == 200 and stale.headers["Cache-Control"] == "public, max-age=300"
    # Removing it: back to the initials; the URL is gone.
    assert post_form(client, "/account/avatar/remove").status_code == 303
    page = client.get("/account").get_data(as_text=True)
    assert 'class="avatar lg av' in page and "Remove picture" not in page
    assert app.test_client().get(url).status_code == 404
    session.rollback()
    assert session.scalar(select(UserAvatar).where(UserAvatar.user_id == member.id)) is None


def test_a_picture_with_transparency_is_flattened_to_a_square(client, make_user):
    login(client, make_user())
    out = io.BytesIO()
    Image.new("RGBA", (300, 100), (200, 0, 0, 0)).save(out, "PNG")
    assert _upload(client, out.getvalue(), "wide.png").status_code == 303
    assert _upload(client, png((10, 10)), "tiny.png").status_code == 303


def test_what_is_not_a_picture_is_refused_with_a_clear_error(client, session, make_user):
    member = make_user()
    login(client, member)
    refused = _upload(client, b"%PDF-1.4 not an image", "me.jpg")
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert "This is not a PNG or JPEG image" in page and 'id="e-avatar"' in page
    gif = io.BytesIO()
    Image.new("RGB", (8, 8)).save(gif, "GIF")
    assert _upload(client, gif.getvalue(), "me.png").status_code == 422
    empty = client.post("/account/avatar", content_type="multipart/form-data",
                        data={"csrf_token": csrf_token(client)})
    assert empty.status_code == 422 and "Choose a PNG or JPEG" in empty.get_data(as_text=True)
    session.rollback()
    assert session.get(User, member.id).avatar_version is None


def test_a_picture_over_the_limit_is_refused(client, monkeypatch, make_user):
    login(client, make_user())
    monkeypatch.setattr(avatars, "AVATAR_MAX_BYTES", 1024)
    big = jpeg_with_gps((400, 400))
    assert len(big) > 1024
    response = _upload(client, big)
    assert response.status_code == 422 and "the limit is" in response.get_data(as_text=True)


def test_deleting_the_account_deletes_the_picture(app, client, session, make_user):
    member = make_user()
    login(client, member)
    assert _upload(client, jpeg_with_gps()).status_code == 303
    username = member.username
    response = post_form(client, "/account/delete", {
        "password": PASSWORD, "confirmation": "delete my account"})
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:300]
    session.rollback()
    assert session.scalar(select(UserAvatar).where(UserAvatar.user_id == member.id)) is None
    assert session.get(User, member.id).avatar_version is None
    assert app.test_client().get(f"/u/{username}/avatar").status_code == 404


def test_nobody_else_changes_a_members_picture(client, make_user):
    """The upload and removal act on the signed-in member only; signed out, sign in first."""
    assert client.post("/account/avatar/remove", data={
        "csrf_token": csrf_token(client)}).status_code in (302, 401)


# ---------------------------------------------------------------- members' cards


def test_a_card_shows_what_the_profile_shows(app, make_user):
    member = make_user(display_name="Dr Nia Mensah", specialty="Paediatrics", country="GH",
                       credentials="MD", trust_level=2)
    response = app.test_client().get(f"/u/{member.username}/card")
    assert response.status_code == 200 and response.mimetype == "text/html"
    card = response.get_data(as_text=True)
    assert "<html" not in card  # a fragment, not a page
    assert "Dr Nia Mensah" in card and "MD" in card and "Paediatrics" in card
    assert "Ghana" in card and ">GH<" not in card
    assert "Trust level 2" in card and "joined" in card
    assert f'href="/u/{member.username}"' in card
    assert member.email not in card and member.time_zone not in card
    assert app.test_client().get("/u/nobody-by-that-name/card").status_code == 404


def test_names_link_to_the_profile_and_the_script_that_opens_cards(client, make_user):
    author = make_user()
    login(client, author)
    page = client.get(f"/t/{_topic(client)}").get_data(as_text=True)
    assert f'<a class="member" href="/u/{author.username}">' in page
    assert re.search(r'<script src="/static/js/rounds\.js\?v=\w+" defer></script>', page)


# ---------------------------------------------------------------- badges


def test_a_state_badge_says_the_state_in_words(app):
    with app.test_request_context():
        macro = app.jinja_env.get_template("_forms.html").module.state_badge
        html = str(macro("changes_requested"))
    assert html == ('<span class="badge state state-changes-requested">Changes requested'
                    '</span>')


# ---------------------------------------------------------------- favicon and manifest


def test_every_page_names_its_icon_and_a_manifest_that_installs(client):
    """Defect 12 (no favicon) and the web app manifest: both linked from every page (the icon
    by its content version), the manifest a valid one whose icon and start page answer, in
    the page's language (issue 17: what a phone shows when the member installs Rounds)."""
    for url in ("/", "/login"):
        head = client.get(url).get_data(as_text=True).split("</head>")[0]
        icon = re.search(r'<link rel="icon" href="(/static/img/favicon\.svg\?v=\w+)" '
                         r'type="image/svg\+xml">', head)
        manifest = re.search(r'<link rel="manifest" href="(/manifest\.webmanifest\?lang=en)">',
                             head)
        assert icon and manifest, head
    served = client.get(icon.group(1))
    assert served.status_code == 200 and served.mimetype == "image/svg+xml"
    assert b"<svg" in served.get_data() and b"<script" not in served.get_data()
    response = client.get(manifest.group(1))
    assert response.status_code == 200 and response.mimetype == "application/manifest+json"
    data = json.loads(response.get_data())
    assert data["name"] == "Rounds" and data["short_name"] and data["display"] == "standalone"
    assert data["lang"] == "en" and data["dir"] == "ltr"
    assert data["description"] == "Clinicians discussing cases and learning from each other"
    assert client.get(data["start_url"]).status_code == 200
    assert data["icons"] and all(client.get(i["src"]).status_code == 200 for i in data["icons"])
    assert {i["type"] for i in data["icons"]} == {"image/svg+xml"}
    # Asked again with its validator, it is not sent again.
    again = client.get(manifest.group(1), headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    # The Content-Security-Policy lets the browser read it.
    assert "manifest-src 'self'" in client.get("/").headers["Content-Security-Policy"]


@pytest.mark.parametrize(("language", "tag", "direction", "words"), [
    ("es", "es", "ltr", "Clínicos"), ("pt-BR", "pt-BR", "ltr", "Clínicos"),
    ("fr", "fr", "ltr", "cliniciens"), ("ar", "ar", "rtl", "أطباء")])
def test_the_manifest_is_in_the_pages_language(client, language, tag, direction, words):
    head = client.get("/", headers={"Accept-Language": language}).get_data(as_text=True)
    link = re.search(r'<link rel="manifest" href="([^"]+)">', head).group(1)
    assert link == f"/manifest.webmanifest?lang={tag}"
    data = client.get(link).get_json(force=True)
    assert (data["lang"], data["dir"]) == (tag, direction)
    assert words in data["description"]


# ---------------------------------------------------------------- pickers (defect 12)


def test_the_profile_fields_are_menus_of_names_not_codes(client):
    page = client.get("/register").get_data(as_text=True)
    assert '<select id="f-country" name="country"' in page
    assert '<option value="GH">Ghana</option>' in page
    assert '<optgroup label="Africa">' in page
    assert '<option value="Africa/Nairobi">Nairobi</option>' in page
    assert ('<option value="America/Argentina/Buenos_Aires">Argentina / Buenos Aires'
            '</option>') in page
    assert '<option value="es">Español</option>' in page
    assert '<option value="pt-BR">Português (Brasil)</option>' in page
    assert 'name="country" type="text"' not in page


def test_join_keeps_the_picked_values_and_refuses_others_clearly(client, session):
    bad = {**GOOD, "country": "Atlantis", "time_zone": "Mars/Olympus", "language": "klingon"}
    refused = post_form(client, "/register", bad)
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    for message in ("Choose a country from the list.", "Choose a time zone from the list.",
                    "Choose a language from the list."):
        assert message in page
    assert session.scalar(select(User).where(User.username == "nia")) is None
    assert post_form(client, "/register", GOOD).status_code == 303
    page = client.get("/account").get_data(as_text=True)
    assert '<option value="GH" selected>Ghana</option>' in page
    assert '<option value="Africa/Accra" selected>Accra</option>' in page
    assert '<option value="en" selected>English</option>' in page


def test_the_api_checks_against_the_same_lists(client, make_user, token_for):
    member = make_user()
    token = token_for(member)
    headers = {"Authorization": f"Bearer {token}"}
    bad = client.patch("/api/v1/me", json={"country": "XX", "language": "tlh"},
                       headers=headers)
    assert bad.status_code == 422
    errors = bad.get_json()["errors"]
    assert errors["country"] == ["Choose a country from the list."]
    assert errors["language"] == ["Choose a language from the list."]
    ok = client.patch("/api/v1/me", json={"country": "br", "language": "pt-BR",
                                          "time_zone": "America/Sao_Paulo"}, headers=headers)
    assert ok.status_code == 200 and ok.get_json()["country"] == "BR"


def test_the_lists_hold_countries_zones_and_languages_not_groupings():
    codes = choices.country_codes()
    assert {"IN", "BR", "NG", "GB"} <= codes and not {"EU", "UN", "ZZ", "001"} & codes
    groups = dict(choices.time_zone_groups())
    assert groups["UTC"] == (("UTC", "UTC"),) and ("Asia/Kolkata", "Kolkata") in groups["Asia"]
    zones_listed = {zone for items in groups.values() for zone, _label in items}
    assert zones_listed <= choices.time_zones()
    assert dict(choices.languages())["ja"] == "日本語"


def test_a_profile_shows_language_and_country_in_words(client, make_user):
    member = make_user(country="BR", language="pt-BR", time_zone="America/Sao_Paulo")
    page = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert "<dd>Brazil</dd>" in page
    assert '<dd lang="pt-BR">Português (Brasil)</dd>' in page
    assert "<dd>America/Sao Paulo</dd>" in page


def test_the_api_uploads_and_removes_a_picture(app, client, make_user, token_for):
    from tests.support.api import PREFIX, ApiClient

    api = ApiClient(app, client)
    member = make_user()
    token = token_for(member)
    assert api.get(f"{PREFIX}/me", token=token, expect=200).get_json()["avatar_url"] is None
    body = api.put(f"{PREFIX}/me/avatar", token=token, expect=200,
                   data={"avatar": (io.BytesIO(jpeg_with_gps((300, 200))), "me.jpg")},
                   content_type="multipart/form-data").get_json()
    url = body["avatar_url"]
    assert url.startswith(f"/u/{member.username}/avatar?v=")
    picture = Image.open(io.BytesIO(app.test_client().get(url).get_data()))
    assert picture.size == (avatars.AVATAR_SIZE, avatars.AVATAR_SIZE)
    assert api.get(f"{PREFIX}/users/{member.username}", expect=200).get_json()[
        "avatar_url"] == url
    refused = api.put(f"{PREFIX}/me/avatar", token=token, expect=422, json={"avatar": "x"})
    assert "avatar" in refused.get_json()["errors"]
    api.delete(f"{PREFIX}/me/avatar", token=token, expect=204)
    assert api.get(f"{PREFIX}/me", token=token, expect=200).get_json()["avatar_url"] is None
    api.put(f"{PREFIX}/me/avatar", expect=401,
            data={"avatar": (io.BytesIO(png()), "me.png")}, content_type="multipart/form-data")


def test_an_old_zone_name_stays_chosen_and_can_be_saved(client, make_user):
    member = make_user(time_zone="Asia/Calcutta")
    login(client, member)
    page = client.get("/account").get_data(as_text=True)
    assert '<option value="Asia/Calcutta" selected>Asia/Calcutta</option>' in page
    saved = post_form(client, "/account", {"display_name": "Dr Old Zone", "credentials": "MD",
                                           "time_zone": "Asia/Calcutta", "language": "en"})
    assert saved.status_code == 303
