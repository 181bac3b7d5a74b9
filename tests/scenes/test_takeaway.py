"""The take-away card as a visitor sees it: each station's stars, one QR code that reads back
as the card, and « Enregistrer la carte » saying where in words."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import pygame
import pytest

from game.progress import StationResult, Tour
from game.scene import Push
from game.scenes.takeaway import TakeawayScene
from game.ui import draw


def card(h: Any, worlds: int = 1, per: int | None = None) -> TakeawayScene:
    """The card after a tour of the first ``worlds`` worlds, stars 1, 2, 3, 0, 1… in turn."""
    m = h.ctx.scenario.model
    ws = m.worlds[:worlds]
    tour = Tour(m, [w.id for w in ws], datetime(2026, 5, 4, 10))
    for w in ws:
        for i, s in enumerate(w.stations[:per]):
            tour.record(StationResult(w.id, s.id, s.task.type, 40 + 13 * i, (1 + i) % 4, 30.0))
    h.ctx.tour = tour
    scene = TakeawayScene(h.ctx)
    h.app.transition(Push(scene))
    h.app.draw()
    return scene


def test_each_station_shows_its_own_stars_not_its_jobs_best(make_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    drawn: list[int] = []
    original = draw.stars

    def spy(surface, pal, center, count, r, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(count)
        return original(surface, pal, center, count, r, *args, **kwargs)

    monkeypatch.setattr(draw, "stars", spy)
    scene = card(h)
    drawn.clear()
    scene._background = None
    h.app.draw()
    tour = h.ctx.current_tour()
    expected = [tour.result(job.world.id, s.station.id).stars
                for job in scene.jobs for s in job.stations]  # type: ignore[union-attr]
    assert drawn == expected and 1 in drawn and 3 in drawn
    assert len(expected) == len(tour.results)  # every station done has its line
    said = " ".join(scene.spoken())
    assert "1 étoile sur 3" in said and "3 étoiles sur 3" in said


def test_the_hud_counts_stations_done_not_passed(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    assert h.ctx.tr("done_n", d=5, n=5) == "5/5 postes faits"  # a one-star station is done
    assert "réussi" not in h.ctx.tr("done_n", d=1, n=5)


def screen_text(surface: pygame.Surface, size: tuple[int, int]) -> list[str]:
    """What a phone reads off the screen at ``size`` (the card scaled as the window shows it)."""
    zxingcpp = pytest.importorskip("zxingcpp")
    img = surface if surface.get_size() == size else pygame.transform.smoothscale(surface, size)
    gray = pygame.image.tobytes(img, "RGB")[0::3]  # black on white: one channel is enough
    view = memoryview(gray).cast("B", (size[1], size[0]))
    return [b.text for b in zxingcpp.read_barcodes(view)]


@pytest.mark.parametrize("worlds, per", [(3, 1), (1, None), (5, None)])
def test_the_one_qr_code_reads_back_as_the_card_at_1080p_and_768p(make_app, worlds: int,
                                                                   per: int | None) -> None:
    h = make_app(autoplay=False)
    scene = card(h, worlds, per)
    text = scene.text
    for job in scene.jobs[:1]:
        assert job.station.job.both("fr") in text
    for _badge, _title, _text, url in scene.offers:
        assert url is None or url in text
    logical = h.app.display.logical
    for size in ((1920, 1080), (1366, 768)):
        assert screen_text(logical, size) == [text], size


def test_a_saved_card_goes_to_the_cards_folder_and_says_so_without_a_path(make_app) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    scene = card(h)
    h.act(*scene.buttons.tap("save"))
    h.act(*scene.buttons.tap("save"))  # twice in the same second: two files
    folder = h.ctx.settings.data_path / "cartes"
    assert h.ctx.settings.cards_path == folder
    saved = sorted(folder.glob("carte-*.png"))
    assert len(saved) == 2 and pygame.image.load(str(saved[0])).get_size() == (1920, 1080)
    assert scene.saved == "Ta carte est enregistrée dans le dossier « cartes » du jeu."
    assert str(h.ctx.settings.data_path) not in scene.saved


def test_a_card_that_cannot_be_saved_says_so_and_the_game_goes_on(make_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    h = make_app(autoplay=False)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    h.ctx.settings.cards_dir = blocked
    scene = card(h)
    h.act(*scene.buttons.tap("save"))
    assert scene.saved is not None and "n'a pas pu" in scene.saved
    h.app.draw()
    assert h.app.top is scene


@pytest.mark.parametrize("scale", [1.0, 1.15, 1.3])
def test_each_heart_toggles_its_own_job_and_no_other(make_app, scale: float) -> None:  # type: ignore[no-untyped-def]
    """A playtest: tapping one heart once toggled the other. Every heart, tapped at its
    centre and near each of its edges, on each page of a grand tour's card and at each text
    size, likes (then unlikes) its own job only; no two of the card's targets overlap."""
    import itertools

    from game.actions import Press, Release
    from game.takeaway import jobs_met

    h = make_app(autoplay=False)
    h.ctx.settings.text_scale = scale
    h.ctx.apply_settings()
    scene = card(h, worlds=len(h.ctx.scenario.model.worlds))
    tour = h.ctx.current_tour()

    def liked() -> dict[str, bool]:
        return {j.station.job.both("fr"): j.liked for j in jobs_met(tour)}

    tapped = 0
    for page in range(scene.pages):
        scene.page = page
        scene.layout()
        for a, b in itertools.combinations(scene.targets(), 2):
            assert not a.colliderect(b), (page, a, b)
        for bid in [b.id for b in scene.buttons.items if b.id.startswith("like:")]:
            heart = scene.buttons.get(bid)
            assert heart is not None
            job = heart.data.station.job.both("fr")  # type: ignore[attr-defined]
            r = heart.rect
            for pos in (r.center, (r.x + 4, r.y + 4), (r.right - 5, r.bottom - 5)):
                before = liked()
                h.act(Press(pos), Release(pos))
                after = liked()
                assert [k for k in after if after[k] != before[k]] == [job], (bid, pos)
                tapped += 1
    assert tapped >= 3 * 8
