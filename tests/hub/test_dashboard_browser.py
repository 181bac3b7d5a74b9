"""The trainer's dashboard in a real browser: Debian's chromium, driven by Selenium.

A hub served by uvicorn on 127.0.0.1; students push through the real endpoint; the page
must show them arrive, the debrief must lead with the most-missed question, the projector
view must hide the names, an accommodation set on the page must reach the student's next
GET, and the print view must apply (a summary first, then the stations packed, each kept
whole on a page when it fits, a few A4 pages for one world). Skipped only when no chromium is
installed and CI is not set (``.ci/run`` installs it).
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.classroom import debrief, journal
from game.classroom.names import for_scenario
from game.classroom.sessions import Session, SessionStore
from game.hub.db import open_database
from game.kiosk.pin import hash_pin
from tests.classroom.classmates import play
from tests.hub.conftest import Served, click, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("browser")]  # one worker, one browser
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--window-size=1366,900")


def _found() -> tuple[str, str] | None:
    browser = next((p for p in map(shutil.which, CHROMIUM) if p), None)
    driver = shutil.which("chromedriver") or (
        "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists()
        else None)
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    found = _found()
    if found is None:
        reason = "no chromium and chromium-driver here: apt-get install chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (.ci/run does); CI must not skip the browser test")
        pytest.skip(reason)
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("selenium is not installed (pip install -e '.[test]')")
    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=found[1]), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[Served, Session]]:
    db = open_database(None, tmp_path)
    made = SessionStore(db).create(Session(
        code="", title="2nde MSPC", scenario_id="cap-industrie", scenario_path=None, world=1,
        world_id="soudure", route="world", stations=None, timers=False, speed_bonus=False,
        pin_hash=hash_pin("2468", iterations=1000), created_utc=""))
    served = Served(db)
    try:
        yield served, made
    finally:
        served.stop()
        db.close()


def _http(url: str, code: str, data: dict[str, Any] | None = None) -> Any:
    request = urllib.request.Request(url, data=json.dumps(data).encode() if data else None,
                                     headers={"X-Class-Code": code,
                                              "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        return json.loads(reply.read())


def _push(served: Served, code: str, records: list[journal.AnyRecord]) -> None:
    got = _http(f"{served.url}/api/class/{code}/records", code,
                {"records": [journal.dump(r) for r in records]})
    assert got["stored"] == len(records)


def _text(driver: Any) -> str:
    return str(driver.find_element("tag name", "body").text)


def test_the_dashboard_in_chromium(browser: Any, hub: tuple[Served, Session],
                                   tmp_path: Path) -> None:
    served, session = hub
    code = session.code
    browser.get(f"{served.url}/class/{code}?lang=fr")
    browser.find_element("name", "secret").send_keys("2468")
    click(browser, "form button")
    assert wait_for(lambda: "En attente des élèves" in _text(browser), 15)

    names = ["Léa", "Inès", "Zoé"]
    everyone: list[journal.AnyRecord] = []
    for i, name in enumerate(names):
        records = play(code, name, "soudure", 0.3 + 0.3 * i, seed=10 + i)
        _push(served, code, records[:1])  # she joins first...
        everyone += records
    assert wait_for(lambda: all(n in _text(browser) for n in names), 15)
    joined = browser.find_element("css selector", "[data-test=joined]").text
    assert joined.startswith("3")
    for name in names:  # ...then plays every station
        _push(served, code, [r for r in everyone if r.student == name][1:])

    row = browser.find_element("css selector", "tr[data-student='Léa'] select")
    from selenium.webdriver.support.ui import Select

    Select(row).select_by_value("2")
    assert wait_for(lambda: _http(f"{served.url}/api/class/{code}?student=L%C3%A9a", code)[
        "accommodations"]["more_time"] == 2, 15)
    browser.save_screenshot(str(tmp_path / "live.png"))
    head = browser.find_element("css selector", "[data-test=score-head]").text
    assert "Total des postes" in head and "sur 500" in head  # 5 stations, each out of 100
    form = browser.find_element("css selector", "form.add")  # « Ajouter » a name listed...
    form.find_element("css selector", "input[name=student]").send_keys(" LEA ")  # folded as the hub
    form.find_element("css selector", "button[type=submit]").click()
    assert wait_for(lambda: "déjà dans la liste" in form.text, 10)  # ...says so, keeps hers
    assert _http(f"{served.url}/api/class/{code}?student=L%C3%A9a", code)[
        "accommodations"]["more_time"] == 2

    click(browser, "button.projector-toggle")
    assert wait_for(lambda: "Élève 1" in _text(browser) and "Léa" not in _text(browser), 10)
    click(browser, "button.projector-toggle")

    expected = debrief.build(everyone).most_missed()[0]
    tabs = browser.find_elements("css selector", "button.tab")
    tabs[1].click()
    assert wait_for(lambda: bool(browser.find_elements("css selector", "#missed .question")), 10)
    first = browser.find_element("css selector", "#missed .question")
    assert expected.prompt in first.text
    assert first.get_attribute("data-item") == expected.item_id
    if expected.explanation:
        assert expected.explanation[:40] in first.text
    beliefs = next(r for r in everyone if isinstance(r, journal.BeliefsRec))
    statement = for_scenario(None).statement(beliefs.answers[0].statement_id, "fr")
    assert statement in _text(browser)  # before/after, named in the scenario's words
    for table in browser.find_elements("css selector", "table.beliefs"):  # the scale in order
        heads = [th.text for th in table.find_elements("css selector", "thead th")][1:]
        numeric = [v for v in heads if v.isdigit()]
        assert numeric in ([], ["1", "2", "3", "4", "5"]), heads
    jobs = [li.text.rsplit(" × ", 1) for li in browser.find_elements("css selector", "ol.jobs li")]
    liked = {name: {for_scenario(None).job(j, "fr") for j in r.liked_jobs}
             for name in names for r in everyone
             if r.student == name and isinstance(r, journal.EndRec)}
    expected_jobs = {job: sum(job in got for got in liked.values())
                     for got in liked.values() for job in got}
    assert len(jobs) == len(expected_jobs)  # each job once (Inès liked two soudeuse stations)
    assert {job: int(n) for job, n in jobs} == expected_jobs  # and the students who liked it
    stations = browser.find_elements("css selector", "section.station")
    assert len(stations) == 5  # every station of the world, one section each

    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})

    def style(selector: str, prop: str, index: int = 0) -> str:
        return str(browser.execute_script(
            f"return getComputedStyle(document.querySelectorAll('{selector}')[{index}]).{prop}"))

    assert style(".tools", "display") == "none" and style(".top", "display") == "none"
    assert style(".report-head", "display") == "block"  # the summary page leads
    summary = browser.find_element("css selector", "[data-test=summary]").text
    assert all(browser.execute_script("return arguments[0].textContent", st.find_element(
        "css selector", "h3")).split(" · ")[0] in summary for st in stations)
    assert style("section.station", "breakBefore") == "page"  # the stations after the summary
    assert style("section.station", "breakBefore", 1) == "auto"  # then packed...
    assert style("section.station", "breakInside", 1) == "avoid"  # ...each whole on a page
    assert style("section.station h3", "breakAfter") == "avoid"  # no heading at a page foot
    assert style("section.station .question", "breakInside") == "avoid"  # no item cut
    assert style("h2.stations-title", "display") == "none"
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {
        "preferCSSPageSize": True, "printBackground": True})["data"])
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 2 <= pages <= 5, pages  # one world: 14 pages before, with lone headings
    (tmp_path / "report.pdf").write_bytes(pdf)

    # closing is final: a step names what is lost, « Annuler » leaves it open
    _push(served, code, play(code, "Noé", "soudure", 0.5, seed=5)[:1])  # here, not finished
    click(browser, "button.tab")
    assert wait_for(lambda: "Noé" in _text(browser), 10)
    click(browser, "button.close")
    step = browser.find_element("css selector", "[data-test=close-step]")
    browser.save_screenshot(str(tmp_path / "close-step.png"))
    assert f"Clore définitivement la séance {code}" in step.text
    assert "pas terminé : 1" in step.text and "class import" in step.text
    step.find_element("css selector", "button.close-no").click()
    assert not browser.find_elements("css selector", "[data-test=close-step]")
    assert _http(f"{served.url}/api/class/{code}?student=L%C3%A9a", code)["open"] is True
    click(browser, "button.close")
    click(browser, "button.close-yes")
    assert wait_for(lambda: "Séance close" in _text(browser), 10)


def test_a_factor_the_list_does_not_have_is_shown_as_it_is(browser: Any,
                                                            hub: tuple[Served, Session]) -> None:
    """×2.5 from a roster is not « normal » on the page (nor taken away by a look)."""
    from selenium.webdriver.support.ui import Select

    from tests.hub.conftest import KEY

    served, session = hub
    code = session.code
    request = urllib.request.Request(
        f"{served.url}/api/class/{code}/accommodations",
        data=json.dumps({"student": "Noé", "accommodations": {"more_time": 2.5}}).encode(),
        headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as reply:
        assert json.loads(reply.read())["accommodations"]["more_time"] == 2.5
    browser.get(f"{served.url}/class/{code}?lang=fr")
    if browser.find_elements("name", "secret"):
        browser.find_element("name", "secret").send_keys("2468")
        click(browser, "form button")
    assert wait_for(lambda: bool(browser.find_elements(
        "css selector", "tr[data-student='Noé'] select")), 15)
    shown = Select(browser.find_element("css selector", "tr[data-student='Noé'] select"))
    assert shown.first_selected_option.text == "×2,5"
    assert "normal" in [o.text for o in shown.options]  # the list itself is still there


@pytest.fixture
def projector_hub(tmp_path: Path) -> Iterator[tuple[Served, Session]]:
    db = open_database(None, tmp_path)
    made = SessionStore(db).create(Session(
        code="", title="3e B", scenario_id="cap-industrie", scenario_path=None, world=1,
        world_id="soudure", route="projector", stations=None, timers=False,
        speed_bonus=False, pin_hash=hash_pin("2468", iterations=1000), created_utc=""))
    served = Served(db)
    try:
        yield served, made
    finally:
        served.stop()
        db.close()


def _login(browser: Any, url: str) -> None:
    browser.get(url)
    if browser.find_elements("name", "secret"):
        browser.find_element("name", "secret").send_keys("2468")
        click(browser, "form button")


def test_a_projector_session_shows_as_the_class_with_its_stations(
        browser: Any, projector_hub: tuple[Served, Session], tmp_path: Path, capsys: Any) -> None:
    """A trainer's test: the live tab said « 0 élèves » while the class played on the
    projector, and the debrief said « Pas encore joué » above a station it had voted."""
    from game.cli import main

    served, session = projector_hub
    code = session.code
    _login(browser, f"{served.url}/class/{code}?lang=fr")
    assert wait_for(lambda: "En attente du projecteur" in _text(browser), 15)
    stick = tmp_path / "projector.jsonl"
    assert main(["--class", code, "--student", "Projecteur", "--class-file", str(stick),
                 "--headless", "--autoplay", "--data-dir", str(tmp_path / "data")]) == 0
    capsys.readouterr()
    played = [r for r in journal.read(stick).records  # the class stopped before « controle »
              if getattr(r, "station_id", None) != "controle" and r.kind != "end"]
    _push(served, code, played)
    assert wait_for(lambda: bool(browser.find_elements("css selector", "tr[data-group=class]")),
                    15)
    group = browser.find_element("css selector", "[data-test=class-group]").text
    assert group.startswith("La classe") and "mains levées" in group, group
    assert not browser.find_elements("css selector", "[data-test=joined]")  # no « 0 élèves »
    row = browser.find_element("css selector", "tr[data-group=class]")
    chips = row.find_elements("css selector", ".chip")
    assert len(chips) == 5 and sum("todo" in c.get_attribute("class") for c in chips) == 1
    for width, height in ((1920, 1080), (1366, 768)):
        browser.set_window_size(width, height)
        browser.save_screenshot(str(tmp_path / f"projector-live-{width}.png"))
    browser.find_elements("css selector", "button.tab")[1].click()
    assert wait_for(lambda: bool(browser.find_elements("css selector", "section.station")), 10)
    epi = browser.find_element("css selector", "section.station[data-station='soudure/epi']")
    assert "Pas encore joué" not in epi.text and "Joué par la classe" in epi.text, epi.text
    assert "mains levées" in epi.text
    weld = browser.find_element("css selector", "section.station[data-station='soudure/soudure']")
    assert "Pas encore joué" not in weld.text and "Joué au projecteur" in weld.text, weld.text
    left = browser.find_element("css selector", "section.station[data-station='soudure/controle']")
    assert "Pas encore joué" in left.text
    tables = browser.find_elements("css selector", "table.beliefs")  # the class's hands
    assert tables and "d'accord" in tables[0].text and "Avant" in tables[0].text
    rows = tables[0].find_elements("css selector", "tbody tr")
    before = [int(td.text) for td in rows[0].find_elements("css selector", "td")]
    after = [int(td.text) for td in rows[1].find_elements("css selector", "td")]
    assert sum(before) >= 6 and sum(after) >= 6, (before, after)
    browser.execute_script("arguments[0].scrollIntoView()", tables[0])
    browser.save_screenshot(str(tmp_path / "projector-debrief.png"))
    browser.set_window_size(1366, 900)


def test_the_projector_view_reads_from_the_back_of_a_room(browser: Any,
                                                          hub: tuple[Served, Session],
                                                          tmp_path: Path) -> None:
    """A trainer's test: the dashboard's projector view (no names) was 22 px; its debrief's
    questions, answers and before/after tables now follow the screen: about 38 px on a
    1920 px wide page, 27 px at 1366 (the trainer's tools stay small)."""
    served, session = hub
    code = session.code
    for i, name in enumerate(["Léa", "Inès", "Zoé"]):
        _push(served, code, play(code, name, "soudure", 0.3 + 0.3 * i, seed=20 + i))
    _login(browser, f"{served.url}/class/{code}?lang=fr")
    assert wait_for(lambda: bool(browser.find_elements("css selector", "button.tab")), 15)
    click(browser, "button.projector-toggle")
    browser.find_elements("css selector", "button.tab")[1].click()
    assert wait_for(lambda: bool(browser.find_elements("css selector", "#missed .question")), 10)
    assert "Léa" not in _text(browser)

    def px(selector: str) -> float:
        return float(browser.execute_script(
            "return parseFloat(getComputedStyle(document.querySelector(arguments[0]))"
            ".fontSize)", selector))

    for (width, height), least in (((1920, 1080), 36), ((1366, 768), 26)):
        browser.set_window_size(width, height)
        inner = browser.execute_script("return window.innerWidth")
        floor = least * inner / width  # the page's own width (the window less its frame)
        assert wait_for(lambda f=floor: px("#missed .question h4") >= f, 5), (
            width, px("#missed .question h4"))
        for selector in ("#missed .question .chosen li", "table.beliefs td",
                         "section.station h3"):
            assert px(selector) >= floor, (width, selector, px(selector))
        assert px(".tools button") <= 18  # the trainer's own buttons: not for the class
        browser.save_screenshot(str(tmp_path / f"projector-view-{width}.png"))
        beliefs = browser.find_element("css selector", "table.beliefs")
        browser.execute_script("arguments[0].scrollIntoView()", beliefs)
        browser.save_screenshot(str(tmp_path / f"projector-beliefs-{width}.png"))
        browser.execute_script("window.scrollTo(0, 0)")
    browser.set_window_size(1366, 900)


def test_the_csv_buttons_download_in_the_dashboard_s_language(
        browser: Any, hub: tuple[Served, Session]) -> None:
    """A trainer's test: the dashboard in English downloaded a CSV headed in French. The
    buttons now ask for the page's language; French stays as it was (the CLI's file)."""
    from game.classroom import report

    served, session = hub
    code = session.code
    _push(served, code, play(code, "Léa", "soudure", 0.6, seed=3))
    from selenium.common.exceptions import WebDriverException

    def shows(words: str) -> bool:  # the page is drawn anew on each poll, and after the login
        try:
            return words in _text(browser)
        except WebDriverException:
            return False

    _login(browser, f"{served.url}/class/{code}?lang=fr")
    assert wait_for(lambda: shows("Léa"), 15)

    def downloaded(which: str) -> str:  # the button's link, found and fetched in one script
        return str(browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(document.querySelector(`a[href*='/${arguments[0]}.csv']`).href)"
            ".then(r => r.text()).then(done)", which))

    fr = downloaded("report")
    assert fr.splitlines()[0].lstrip("\ufeff") == ";".join(report.QUESTION_COLUMNS["fr"])
    click(browser, "button.lang")
    assert wait_for(lambda: shows("Download the CSV"), 10)
    en = downloaded("report")
    # (fetch's text() drops the BOM: tests/hub/test_classapi.py checks the bytes)
    assert en.splitlines()[0].lstrip("\ufeff") == ";".join(report.QUESTION_COLUMNS["en"])
    assert en.lstrip("\ufeff").startswith("session;student;world;station")
    assert ";Léa;" in en and len(en.splitlines()) == len(fr.splitlines())
    students = downloaded("eleves")
    assert students.lstrip("\ufeff").startswith("session;student;stations done;total score")
