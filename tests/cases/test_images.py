"""Case images: PNG/JPEG by their bytes, metadata stripped by re-encoding, size and count
limits, served only to readers with safe headers, attested for faces, deleted by authors —
through the API and the pages."""
from __future__ import annotations

import io
import os

import pytest
from PIL import Image
from sqlalchemy import select

from community.cases.authoring import images as images_service
from community.cases.authoring.models import CaseImage
from community.cases.models import CaseReport
from tests.support.api import ApiClient
from tests.support.authoring import (
    P,
    fresh,
    invite_and_accept,
    jpeg_with_gps,
    png,
    start,
)
from tests.support.web import csrf_token, login


@pytest.fixture
def api(app, client) -> ApiClient:
    """The API client that checks every answer against the OpenAPI document."""
    return ApiClient(app, client)


def _upload(api, token, case_id, data: bytes, name: str = "photo.jpg", expect: int = 201,
            caption: str = ""):
    return api.post(f"{P}/cases/{case_id}/images", token=token, expect=expect,
                    data={"image": (io.BytesIO(data), name), "caption": caption},
                    content_type="multipart/form-data")


def test_exif_and_gps_are_stripped_and_the_file_is_served_safely(api, make_user, token_for):
    owner = make_user()
    token = token_for(owner)
    cid = start(api, token)["id"]
    original = jpeg_with_gps((64, 48))
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # GPS is there
    image = _upload(api, token, cid, original, caption="ECG on day 0").get_json()
    assert image["content_type"] == "image/jpeg" and (image["width"], image["height"]) == (
        64, 48)
    assert image["face_status"] is None and image["caption"] == "ECG on day 0"
    served = api.get(image["file_url"], token=token, expect=200)
    assert served.mimetype == "image/jpeg"
    assert served.headers["Cache-Control"].startswith("private")
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    clean = Image.open(io.BytesIO(served.get_data()))
    assert clean.format == "JPEG" and clean.size == (64, 48)
    assert dict(clean.getexif()) == {} and "exif" not in clean.info
    assert b"PhoneMaker" not in served.get_data() and b"Exif" not in served.get_data()
    # A PNG's text chunks go too.
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Patient: Jane Roe")
    out = io.BytesIO()
    Image.new("RGB", (20, 10)).save(out, "PNG", pnginfo=info)
    second = _upload(api, token, cid, out.getvalue(), "scan.png").get_json()
    data = api.get(second["file_url"], token=token, expect=200).get_data()
    assert b"Jane Roe" not in data and Image.open(io.BytesIO(data)).info == {}


def test_the_type_comes_from_the_bytes_not_the_name(api, make_user, token_for):
    token = token_for(make_user())
    cid = start(api, token)["id"]
    # A PNG called .jpg is stored as a PNG; text called .png is refused; so is a GIF.
    assert _upload(api, token, cid, png(), "looks.jpg").get_json()["content_type"] == \
        "image/png"
    bad = _upload(api, token, cid, b"<svg onload=alert(1)>", "evil.png", expect=422).get_json()
    assert "not a PNG or JPEG" in bad["errors"]["image"][0]
    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, "GIF")
    _upload(api, token, cid, gif.getvalue(), "anim.png", expect=422)
    _upload(api, token, cid, png()[:40], "cut.png", expect=422)  # truncated
    _upload(api, token, cid, b"", "empty.png", expect=422)
    api.post(f"{P}/cases/{cid}/images", token=token, expect=422, json={"image": "x"})
    api.post(f"{P}/cases/{cid}/images", token=token, expect=422, data={"caption": "no file"},
             content_type="multipart/form-data")
    as_text = api.post(f"{P}/cases/{cid}/images", token=token, expect=422,
                       data={"image": "not a file"}, content_type="multipart/form-data")
    assert "Choose a PNG or JPEG" in as_text.get_json()["errors"]["image"][0]
    long_caption = _upload(api, token, cid, png(), caption="x" * 501, expect=422).get_json()
    assert list(long_caption["errors"]) == ["caption"]


def test_size_and_count_limits(api, session, make_user, token_for, monkeypatch):
    token = token_for(make_user())
    cid = start(api, token)["id"]
    # Just over the image limit but within the request allowance: a clear 422.
    over = png() + os.urandom(images_service.IMAGE_MAX_BYTES)
    bad = _upload(api, token, cid, over, "big.png", expect=422).get_json()
    assert "the limit is 5 MB" in bad["errors"]["image"][0]
    # Far over: the request itself is refused before it is read (413).
    _upload(api, token, cid, os.urandom(images_service.UPLOAD_REQUEST_MAX + 1024),
            "huge.png", expect=413)
    for n in range(images_service.IMAGES_PER_CASE):
        _upload(api, token, cid, png((8 + n, 8)), f"{n}.png")
    full = _upload(api, token, cid, png(), "one-more.png", expect=422).get_json()
    assert "at most 20 images" in full["errors"]["image"][0]
    fresh(session)
    assert len(session.scalars(select(CaseImage.id)).all()) == 20


def test_only_readers_see_images_and_only_authors_change_them(api, session, make_user,
                                                               token_for):
    owner, coauthor, stranger, editor = make_user(), make_user(), make_user(), make_user(
        "editor")
    owner_t, co_t, stranger_t, editor_t = (token_for(u) for u in (owner, coauthor, stranger,
                                                                  editor))
    cid = start(api, owner_t)["id"]
    invite_and_accept(api, owner_t, cid, coauthor, co_t)
    image = _upload(api, owner_t, cid, png()).get_json()
    iid = image["id"]
    api.get(image["file_url"], token=stranger_t, expect=404)
    api.get(image["file_url"], expect=404)
    api.get(f"{P}/cases/{cid}/images", token=stranger_t, expect=404)
    api.get(image["file_url"], token=editor_t, expect=200)
    _upload(api, stranger_t, cid, png(), expect=404)
    _upload(api, editor_t, cid, png(), expect=403)
    api.patch(f"{P}/cases/{cid}/images/{iid}", token=editor_t, json={"face_status": "no_face"},
              expect=403)
    # Attesting: a co-author may; bad values are refused.
    fresh(session)
    case = session.get(CaseReport, cid)
    assert [i.id for i in images_service.unattested_images(session, case)] == [iid]
    api.patch(f"{P}/cases/{cid}/images/{iid}", token=co_t, json={"face_status": "maybe"},
              expect=422)
    attested = api.patch(f"{P}/cases/{cid}/images/{iid}", token=co_t,
                         json={"face_status": "blurred"}, expect=200).get_json()
    assert attested["face_status"] == "blurred" and attested["face_attested_at"]
    fresh(session)
    assert images_service.unattested_images(session, session.get(CaseReport, cid)) == []
    detail = api.get(f"{P}/cases/{cid}", token=owner_t, expect=200).get_json()
    assert detail["unattested_images"] == 0 and detail["images"][0]["id"] == iid
    # Another write-up's image id is not found through this one.
    other = start(api, owner_t)["id"]
    api.get(f"{P}/cases/{other}/images/{iid}", token=owner_t, expect=404)
    api.delete(f"{P}/cases/{cid}/images/{iid}", token=editor_t, expect=403)
    api.delete(f"{P}/cases/{cid}/images/{iid}", token=co_t, expect=204)
    api.get(image["file_url"], token=owner_t, expect=404)


def test_images_through_the_pages(app, client, session, make_user):
    owner = make_user()
    login(client, owner)
    token = csrf_token(client)
    response = client.post("/b/cardiology/cases/new", data={"csrf_token": token, "title": ""})
    assert response.status_code == 303
    cid = int(response.headers["Location"].split("/")[2])
    page = client.get(f"/cases/{cid}/images")
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.get_data(
        as_text=True)
    # Above the site's 2 MB form limit but within the image limit: accepted.
    big = io.BytesIO()
    Image.frombytes("RGB", (1200, 700), os.urandom(1200 * 700 * 3)).save(big, "PNG")
    assert 2 * 1024 * 1024 < len(big.getvalue()) < images_service.IMAGE_MAX_BYTES
    done = client.post(f"/cases/{cid}/images", content_type="multipart/form-data", data={
        "csrf_token": token, "caption": "Chest X-ray", "image": (io.BytesIO(big.getvalue()),
                                                                 "xray.png")})
    assert done.status_code == 303, done.get_data(as_text=True)[:300]
    refused = client.post(f"/cases/{cid}/images", content_type="multipart/form-data", data={
        "csrf_token": token, "caption": "Kept caption", "image": (io.BytesIO(b"%PDF-1.4"),
                                                                  "x.png")})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422 and "not a PNG or JPEG" in html
    assert 'value="Kept caption"' in html
    fresh(session)
    image = session.scalars(select(CaseImage)).one()
    listing = client.get(f"/cases/{cid}/images").get_data(as_text=True)
    assert f'src="/cases/{cid}/images/{image.id}"' in listing and "Not attested" in listing
    served = client.get(f"/cases/{cid}/images/{image.id}")
    assert served.status_code == 200 and served.mimetype == "image/png"
    assert served.headers["X-Content-Type-Options"] == "nosniff"
    assert "private" in served.headers["Cache-Control"]
    attested = client.post(f"/cases/{cid}/images/{image.id}/attest",
                           data={"csrf_token": token, "face_status": "no_face"})
    assert attested.status_code == 303
    assert client.post(f"/cases/{cid}/images/{image.id}/attest", data={
        "csrf_token": token, "face_status": ""}).status_code == 422
    assert client.post(f"/cases/{cid}/images/{image.id}/delete",
                       data={"csrf_token": token}).status_code == 303
    assert client.get(f"/cases/{cid}/images/{image.id}").status_code == 404
    # The site's limit still holds for every other form.
    response = client.post("/b/cardiology/cases/new", data={
        "csrf_token": token, "title": "x" * (3 * 1024 * 1024)})
    assert response.status_code == 413


@pytest.mark.parametrize("mode", ["L", "P", "RGBA", "I;16"])
def test_png_modes_survive_reencoding(mode):
    out = io.BytesIO()
    Image.new(mode, (9, 7)).save(out, "PNG")
    data, content_type, width, height = images_service.reencode(out.getvalue())
    assert (content_type, width, height) == ("image/png", 9, 7)
    assert Image.open(io.BytesIO(data)).mode == mode


def test_decompression_bombs_are_refused():
    out = io.BytesIO()
    Image.new("1", (9000, 9000)).save(out, "PNG")  # 81 megapixels in a few KB
    with pytest.raises(Exception) as raised:
        images_service.reencode(out.getvalue())
    assert "too many pixels" in str(raised.value)
