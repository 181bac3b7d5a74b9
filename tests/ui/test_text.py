"""Rendered text is cached, and the cache stays bounded."""
from __future__ import annotations

import pygame


def test_the_text_cache_stays_bounded() -> None:
    """A kiosk shows thousands of texts in a day: the cache forgets the oldest."""
    from game.ui.text import CACHE_SIZE, TextCache

    pygame.font.init()
    cache = TextCache()
    for i in range(CACHE_SIZE + 200):
        cache.render(f"texte {i}", 30, (0, 0, 0))
        cache.lines(f"ligne {i} assez longue pour être coupée", 30, (0, 0, 0), 200)
    assert len(cache._cache) <= CACHE_SIZE


class CountingMeasure:
    """A monospace 'font' (10 px a character) that counts what it is asked to measure."""

    def __init__(self) -> None:
        self.calls = 0
        self.chars = 0

    def __call__(self, s: str) -> int:
        self.calls += 1
        self.chars += len(s)
        return 10 * len(s)


def test_one_unbroken_word_of_25000_characters_wraps_in_linear_work() -> None:
    """Regression: a long word was cut by trying every length, quadratic (22.7 s at 5,000)."""
    from game.ui.text import wrap

    word = "x" * 25_000
    measure = CountingMeasure()
    lines = wrap(word, measure, 400)
    assert "".join(lines) == word and all(len(line) <= 40 for line in lines)
    assert len(lines) == 625
    assert measure.calls < 20 * len(lines)  # a few measurements a line, not a few per character
    assert measure.chars < 10 * len(word)  # and each of them short


def test_a_text_of_a_million_characters_wraps_in_linear_work() -> None:
    from game.ui.text import wrap

    words = ["soudeuse", "à", "l'arc", "maintenance", "électrode", "x" * 300]
    text = " ".join(words[i % len(words)] for i in range(90_000))[:1_000_000]
    measure = CountingMeasure()
    lines = wrap(text, measure, 600)
    assert " ".join(lines).replace("  ", " ").count("soudeuse") == text.count("soudeuse")
    assert all(10 * len(line) <= 600 for line in lines)
    assert measure.chars < 4 * len(text)  # linear: each character measured a few times


def test_wrapping_keeps_words_whole_and_line_breaks() -> None:
    import pygame

    from game.ui.text import wrap

    pygame.font.init()
    font = pygame.font.Font(None, 30)
    text = "Le masque se teinte tout seul quand l'arc s'allume.\nDeuxième ligne."
    lines = wrap(text, lambda s: font.size(s)[0], 260)
    assert all(font.size(line)[0] <= 260 for line in lines)
    assert " ".join(lines[:-1]).split() == text.split("\n", maxsplit=1)[0].split()
    assert lines[-1] == "Deuxième ligne."


def test_a_text_cut_to_fit_its_room_ends_at_a_word_with_an_ellipsis() -> None:
    """An offer on the take-away card or a world's summary that has more lines than its room
    shows whole lines and says it goes on (it used to stop mid-sentence: « Lire un »)."""
    from game.ui.text import TextCache

    pygame.font.init()
    cache = TextCache()
    text = ("Niveau 3, délivré par le ministère du Travail. Lire un plan, préparer les pièces, "
            "souder en MAG et en électrode enrobée, contrôler son cordon.")
    whole = cache.wrapped(text, 30, 300)
    assert len(whole) > 2
    cut = cache.clipped(text, 30, 300, 2)
    assert len(cut) == 2 and cut[0] == whole[0]
    assert cut[1].endswith(" …") and cache.size(cut[1], 30)[0] <= 300
    assert text.startswith(" ".join(cut)[:-2])  # whole words of the text, in order
    assert cache.clipped(text, 30, 300, len(whole)) == whole  # room enough: untouched
    assert cache.clipped(text, 30, 300, 0) == []


def test_french_punctuation_never_starts_a_line_and_its_space_is_narrow() -> None:
    """The plain space typed before « : ; ! ? » and inside « » is set as a narrow no-break
    space (U+202F): the mark stays with its word at any width, and takes less room."""
    from game.ui.text import NARROW, TextCache, typeset

    pygame.font.init()
    cache = TextCache()
    text = "Ta réponse : « gants ». Bravo ! Et maintenant ? Un mot ; puis un autre : fini !"
    assert typeset(text).count(NARROW) == 8 and len(typeset(text)) == len(text)
    assert typeset("Your answer: gloves. Well done!") == "Your answer: gloves. Well done!"
    for width in range(240, 900, 7):  # wider than its longest word with its mark
        for line in cache.wrapped(text, 30, width):
            assert not line.startswith((":", ";", "!", "?", "»")), (width, line)
            assert not line.rstrip().endswith("«"), (width, line)
    plain = cache.font(30).size("Total : 5")[0]  # as typed, with a plain space
    assert cache.size("Total : 5", 30)[0] < plain  # set narrower


def test_a_sort_card_never_leaves_a_unit_alone_at_the_start_of_a_line() -> None:
    """« 4,96 Ah · −1 mV · 18 mΩ » on a cell's card used to wrap with « mΩ » alone on its last
    line; a number keeps its unit at every width and size a card takes, a « · » ends its line,
    and a number's groups of digits stay together (« 1 500 V »)."""
    from game.ui.text import TextCache, typeset

    pygame.font.init()
    cache = TextCache()
    cards = ["4,96 Ah · −1 mV · 18 mΩ", "4.92 Ah · −1 mV · 41 mΩ", "0,5 mΩ",
             "Humidité 2 % à 20 °C", "jusqu'à 1 500 V en continu", "6 bar, 12 N·m, 35 µm"]
    units = ("Ah", "mV", "mΩ", "%", "°C", "V", "bar", "N·m", "µm", "500", "·")
    for text in cards:
        assert len(typeset(text)) == len(text)
        for size in (40, 34, 30, 26, 22):
            longest = max(cache.size(part, size)[0] for part in typeset(text).split(" "))
            for width in range(longest, 700, 3):
                lines = cache.wrapped(text, size, width)
                assert not any(line.startswith(units) for line in lines), (size, width, lines)
                assert " ".join(lines).replace("\u00a0", " ").replace("\u202f", " ") == text
    card = "4,96 Ah · −1 mV · 18 mΩ"
    assert cache.wrapped(card, 40, 240)[-1] != "mΩ"  # the width that used to show it alone
    # a card whose number and unit together cannot fit is not said to fit: a smaller size
    # is chosen instead of cutting « 18 mΩ » in two
    together = cache.size("18\u00a0mΩ", 40)[0]
    assert not cache.fits(card, 40, together - 2, 1000)
    assert cache.fits(card, 40, together + 40, 1000)
    # English sets a unit the same way; text without a unit is as it was typed
    assert typeset("over 30 mΩ") == "over 30\u00a0mΩ"
    assert typeset("on 5 May, for 5 minutes") == "on 5 May, for 5 minutes"
