"""Station pages that a participant who cannot read can still use: the language
names, the state messages and the station grid are heard (issue 11)."""

import re

import pytest

from server.api.routes import station_pages
from server.models import CatalogText
from tests.utils.stations import TITLE, add_clip, have_speech_tools, seed_station

pytestmark = pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg")


def _label(session, text_id: str, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        session.add(CatalogText(text_id=text_id, language=lang, text=text, review_status="draft"))
    session.commit()


def _say_button(html: str, audio_id: str) -> str | None:
    m = re.search(rf'<audio class="say" id="{audio_id}"[^>]*src="([^"]+)"', html)
    if m is None or f'data-for="{audio_id}"' not in html:
        return None
    return m.group(1)


def test_chooser_plays_each_name_from_its_catalog_label_before_any_choice(
    client, session, settings
):
    seed_station(session, settings.audio_dir, with_audio=False)
    names = {"ar": "العربية", "fa": "فارسی", "sv": "Svenska"}
    _label(session, "app-language-ar", {"ar": names["ar"], "sv": "Arabiska"})
    _label(session, "app-language-fa", {"fa": names["fa"], "sv": "Persiska"})
    _label(session, "app-language-sv", {"sv": names["sv"]})
    clips = {
        code: add_clip(
            session,
            settings.audio_dir,
            text_id=f"app-language-{code}",
            language=code,
            text=name,
            source="espeak",
        )
        for code, name in names.items()
    }
    session.commit()
    html = client.get("/s/demo").text
    for code, clip in clips.items():
        # A speaker of its own, beside (not inside) the link that chooses.
        assert _say_button(html, f"say-{code}") == f"/audio/{clip.file_name}"
        assert client.get(f"/audio/{clip.file_name}").status_code == 200
    # Somali and Tigrinya have no recording here: the name shows, no dead button.
    assert "Soomaali" in html and _say_button(html, "say-so") is None
    assert station_pages.LANG_COOKIE not in client.cookies  # nothing chosen by listening


def test_error_page_says_its_message(client, session, settings):
    text = "لا توجد محطة بهذا الرمز. امسح الرمز عند المحطة مرة أخرى، أو اسأل مدربك."
    _label(session, "app-say-station-unknown", {"ar": text})
    clip = add_clip(
        session,
        settings.audio_dir,
        text_id="app-say-station-unknown",
        language="ar",
        text=text,
        source="gtts",
    )
    session.commit()
    client.cookies.set(station_pages.LANG_COOKIE, "ar")
    r = client.get("/s/nosuchcode")
    assert r.status_code == 404 and text in r.text
    assert _say_button(r.text, "say-message") == f"/audio/{clip.file_name}"
    # Where nothing is recorded the message still shows, with no button.
    client.cookies.set(station_pages.LANG_COOKIE, "so")
    r = client.get("/s/nosuchcode")
    assert r.status_code == 404 and 'class="say-btn"' not in r.text


def test_station_grid_is_pictures_with_names_heard(client, session, settings):
    seeded = seed_station(session, settings.audio_dir)
    title = add_clip(
        session,
        settings.audio_dir,
        text_id=seeded.station.title_id,
        language="fa",
        text=TITLE["fa"],
        source="espeak",
    )
    _label(session, "app-say-choose-station", {"fa": "ایستگاه خود را انتخاب کنید"})
    session.commit()
    client.cookies.set(station_pages.LANG_COOKIE, "fa")
    html = client.get("/s/").text
    tile = re.search(r'<li class="st">.*?</li>', html, re.S).group(0)
    assert 'href="/s/demo"' in tile and "<svg" in tile  # the picture is the link
    assert TITLE["fa"] in tile and f'lang="sv" dir="ltr">{TITLE["sv"]}' in tile
    assert _say_button(tile, "say-demo") == f"/audio/{title.file_name}"
    assert "ایستگاه خود را انتخاب کنید" in html


def test_lang_in_the_address_wins_over_the_cookie_and_replaces_it(client, session, settings):
    seed_station(session, settings.audio_dir, with_audio=False)
    client.cookies.set(station_pages.LANG_COOKIE, "sv")
    r = client.get("/s/demo?lang=ti", follow_redirects=False)
    assert r.status_code == 200 and '<html lang="ti-ER" dir="ltr">' in r.text
    assert r.headers["set-cookie"].startswith(f"{station_pages.LANG_COOKIE}=ti")
    # A later visit without ?lang= is remembered as Tigrinya; the remembered language
    # alone sets no cookie again.
    r = client.get("/s/demo")
    assert '<html lang="ti-ER"' in r.text and "set-cookie" not in r.headers
