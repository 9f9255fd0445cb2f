"""The station page in a real browser (Debian chromium, headless) against uvicorn on loopback.

Checks what a participant's phone would do: the shipped fonts for Arabic and
Ge'ez are the ones drawing the text, Arabic is laid out right to left, audio can
play, nothing leaves the server, and the page works with JavaScript off.
Screenshots at phone size go to STEGVIS_SCREENSHOT_DIR (or the test's tmp dir).
"""

import os
from pathlib import Path

import pytest

from tests.client.live import LiveServer
from tests.utils.stations import (
    STEPS,
    TITLE,
    have_speech_tools,
    seed_language_names,
    seed_spoken_labels,
    seed_station,
)

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian chromium"),
    pytest.mark.skipif(not have_speech_tools(), reason="needs espeak-ng and ffmpeg"),
]
PHONE = {"width": 360, "height": 740}
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
    "--autoplay-policy=no-user-gesture-required",
]

# Loaded = the @font-face whose unicode-range covers `sample` has finished loading.
FACE_LOADED = """async (sample) => {
  await document.fonts.ready;
  const cp = sample.codePointAt(0);
  const covers = (range) => range.split(',').some((part) => {
    const [lo, hi] = part.trim().replace(/^U\\+/i, '').split('-');
    const a = parseInt(lo, 16), b = hi ? parseInt(hi, 16) : a;
    return cp >= a && cp <= b;
  });
  const faces = [...document.fonts].filter((f) => covers(f.unicodeRange));
  return {
    check: document.fonts.check('16px "Stegvis Sans"', sample),
    faces: faces.map((f) => [f.family, f.status]),
  };
}"""

CAN_PLAY = """async () => {
  const a = document.querySelector('audio');
  a.preload = 'auto';
  return await new Promise((resolve) => {
    a.addEventListener('canplay', () => resolve(a.readyState), { once: true });
    a.addEventListener('error', () => resolve(-1), { once: true });
    a.load();
    setTimeout(() => resolve(-2), 10000);
  });
}"""


@pytest.fixture
def live(settings, session):
    from server.main import create_app

    seed_station(session, settings.audio_dir)
    seed_language_names(session, settings.audio_dir)
    seed_spoken_labels(session, settings.audio_dir)
    server = LiveServer(create_app()).start()
    yield server
    server.stop()


@pytest.fixture
def shots(tmp_path) -> Path:
    out = Path(os.environ.get("STEGVIS_SCREENSHOT_DIR", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_station_page_in_arabic_and_tigrinya(live, browser, shots):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))

    # First visit: the chooser. A tap on العربية says the name, then chooses Arabic.
    page.goto(f"{live.url}/s/demo")
    page.get_by_role("link", name="العربية").click()
    page.wait_for_url(f"{live.url}/s/demo")
    page.wait_for_selector('html[lang="ar"]')
    # The shipped fonts come once the first clip has loaded (never competing with it).
    page.wait_for_selector("html.fonts", state="attached")
    assert page.get_by_text(STEPS[0][2]["ar"]).is_visible()
    assert page.get_by_text(STEPS[0][2]["sv"]).is_visible()

    arabic = page.evaluate(FACE_LOADED, "مرحبا")
    assert arabic["check"] is True
    # The small core font (our texts' characters) loaded; the whole-block one never fetched.
    assert arabic["faces"] == [["Stegvis Sans", "loaded"], ["Stegvis Sans Extra", "unloaded"]]
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # Mirrored: the pictogram column sits at the right of the step's text.
    pict = page.locator(".step .pict-col").first.bounding_box()
    text = page.locator(".step .texts").first.bounding_box()
    assert pict["x"] > text["x"]
    # Arabic audio can play (native player, MP3 from /audio with range support).
    assert page.evaluate(CAN_PLAY) >= 3
    assert page.locator("#play-all").is_visible()

    # Change language to Tigrinya through the visible link.
    page.locator("a.chlang").click()
    page.get_by_role("link", name="ትግርኛ").click()
    page.wait_for_selector('html[lang="ti-ER"]')
    page.wait_for_selector("html.fonts", state="attached")
    ethiopic = page.evaluate(FACE_LOADED, "ሰላም")
    assert ethiopic["check"] is True
    assert ethiopic["faces"] == [["Stegvis Sans", "loaded"], ["Stegvis Sans Extra", "unloaded"]]
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    assert page.get_by_text(STEPS[1][2]["ti"]).is_visible()
    assert page.locator("p.none").count() == len(STEPS)  # "no recording yet", in Tigrinya

    fonts = [u for u in requested if "/static/fonts/" in u]
    assert any("NotoSansArabic" in u for u in fonts) and any("NotoSansEthiopic" in u for u in fonts)
    assert all(u.startswith(live.url) for u in requested), "a request left the server"
    context.close()


def test_station_page_without_javascript(live, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live.url}/s/demo")
    page.get_by_role("link", name="فارسی").click()
    page.wait_for_selector('html[lang="fa-IR"]')
    assert page.get_by_text(STEPS[2][2]["fa"]).is_visible()
    # The native players are the play buttons; "play all" needs JS and stays hidden.
    assert page.locator("audio[controls]").first.is_visible()
    assert not page.locator("#play-all").is_visible()
    context.close()


@pytest.mark.parametrize("lang", ["ar", "fa", "ti", "so", "sv"])
def test_phone_screenshots(live, browser, shots, lang):
    context = browser.new_context(viewport=PHONE)
    context.add_cookies([{"name": "stegvis_lang", "value": lang, "url": live.url}])
    page = context.new_page()
    page.goto(f"{live.url}/s/demo")
    page.wait_for_selector("html.fonts", state="attached")
    page.evaluate("document.fonts.ready")
    page.screenshot(path=str(shots / f"station-{lang}.png"), full_page=True)
    # Text must be large enough to read on a phone.
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.t-main')).fontSize)")
    assert size >= 20
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_no_word_broken(page, ".t-main, .t-sv, .station-head h1, .sv-title")
    for name, path in (
        ("error", "/s/nosuchcode"),
        ("grid", "/s/"),
        ("chooser", "/s/demo?choose=1"),
    ):
        page.goto(f"{live.url}{path}")
        page.wait_for_selector("html.fonts", state="attached")
        page.evaluate("document.fonts.ready")
        page.screenshot(path=str(shots / f"{name}-{lang}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert_no_word_broken(page, ".err-msg, .st-name, .lang-link, .page-h span, h1, h2")
    context.close()


# Words are never broken inside: the page asks for no breaking anywhere but at
# spaces (word-break and overflow-wrap normal, no automatic hyphens), and no text
# box is narrower than its longest word (then the word would stick out of it).
NO_WORD_BROKEN = """(selector) => [...document.querySelectorAll(selector)].flatMap((el) => {
  const cs = getComputedStyle(el);
  const bad = [];
  if (cs.wordBreak !== 'normal' || cs.overflowWrap !== 'normal') {
    bad.push(['style', el.className, cs.wordBreak, cs.overflowWrap]);
  }
  if (cs.hyphens === 'auto') bad.push(['hyphens', el.className]);
  if (el.scrollWidth > el.clientWidth + 1) {
    bad.push(['overflow', el.className, el.textContent.trim()]);
  }
  return bad;
})"""


def assert_no_word_broken(page, selector: str) -> None:
    assert page.locator(selector).count() > 0
    assert page.evaluate(NO_WORD_BROKEN, selector) == []


PLAYED = """(id) => new Promise((resolve) => {
  const a = document.getElementById(id);
  if (!a) return resolve('no audio element');
  if (!a.paused && a.currentTime > 0) return resolve('playing');
  a.addEventListener('timeupdate', () => { if (a.currentTime > 0) resolve('playing'); });
  a.addEventListener('error', () => resolve('error ' + (a.error && a.error.code)));
  setTimeout(() => resolve('timeout ' + a.readyState + ' ' + a.paused), 10000);
})"""


def test_chooser_names_are_heard_before_any_choice(live, browser, shots):
    # A phone set to Arabic: the chooser's heading follows it, the names do not.
    context = browser.new_context(viewport=PHONE, locale="ar")
    page = context.new_page()
    page.goto(f"{live.url}/s/demo")
    for code, name in (("ar", "العربية"), ("fa", "فارسی"), ("sv", "Svenska")):
        button = page.locator(f'button.say-btn[data-for="say-{code}"]')
        assert button.is_visible() and button.get_attribute("aria-label") == name
        button.click()
        assert page.evaluate(PLAYED, f"say-{code}") == "playing"
        src = page.evaluate(f"document.getElementById('say-{code}').currentSrc")
        assert "/audio/" in src and page.request.get(src).status == 200
    # Listening chose nothing: still the chooser, no language remembered.
    assert page.url == f"{live.url}/s/demo"
    assert not [c for c in context.cookies() if c["name"] == "stegvis_lang"]
    # The heading ("choose language") is heard too.
    page.locator('button.say-btn[data-for="say-heading"]').click()
    assert page.evaluate(PLAYED, "say-heading") == "playing"
    context.close()


def test_swedish_reads_left_to_right_inside_a_right_to_left_page(live, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live.url}/s/demo?lang=fa")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    directions = page.evaluate(
        "[...document.querySelectorAll('.t-sv, .sv-title')].map(e => getComputedStyle(e).direction)"
    )
    assert directions and set(directions) == {"ltr"}
    # The full stop ends the Swedish sentence at its right (not at its start, as in ".appen").
    box = page.locator(".t-sv").first.bounding_box()
    range_x = page.evaluate("""() => {
      const p = document.querySelector('.t-sv'); const t = p.firstChild;
      const r = document.createRange(); r.setStart(t, t.length - 1); r.setEnd(t, t.length);
      return r.getBoundingClientRect().x;
    }""")
    assert range_x > box["x"] + box["width"] / 2
    context.close()


def test_state_messages_and_station_grid_are_heard(live, browser):
    context = browser.new_context(viewport=PHONE)
    context.add_cookies([{"name": "stegvis_lang", "value": "ar", "url": live.url}])
    page = context.new_page()
    page.goto(f"{live.url}/s/nosuchcode")
    page.locator('button.say-btn[data-for="say-message"]').click()
    assert page.evaluate(PLAYED, "say-message") == "playing"
    # The way back is the grid of stations, chosen by picture, its heading heard.
    page.get_by_role("link", name=page.locator("a.back").inner_text()).click()
    page.wait_for_url(f"{live.url}/s/")
    page.locator('button.say-btn[data-for="say-heading"]').click()
    assert page.evaluate(PLAYED, "say-heading") == "playing"
    tile = page.locator("li.st a").first
    assert tile.locator("svg").count() == 1
    tile.click()
    page.wait_for_url(f"{live.url}/s/demo")
    assert page.get_by_text(TITLE["ar"]).first.is_visible()
    context.close()
