"""The nickname keyboard: accented keys, allowed characters, the length cap, polite refusals."""
from __future__ import annotations

import pygame

from game.scene import Push
from game.scenes.nickname import MAX_LEN, NicknameScene, allowed
from game.ui.theme import MIN_TARGET


def open_keyboard(h) -> NicknameScene:  # type: ignore[no-untyped-def]
    h.tap((960, 500))
    scene = NicknameScene(h.ctx)
    h.app.transition(Push(scene))
    return scene


def test_accented_keys_and_the_length_cap(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    scene = open_keyboard(h)
    for ch in "ÀÂÊËÎÏÔÙÛÜÉÈÇ":
        assert scene.buttons.get(f"key:{ch}") is not None, ch
    for ch in "INÈS-ÀÇ":
        h.tap_button(f"key:{ch}")
    assert scene.value == "INÈS-ÀÇ"
    for _ in range(30):
        h.tap_button("key:Z")
    assert len(scene.value) == MAX_LEN
    for rect in scene.targets():
        assert rect.w >= MIN_TARGET and rect.h >= MIN_TARGET
    keys = [b.rect for b in scene.buttons.items]
    assert not any(a.colliderect(b) for i, a in enumerate(keys) for b in keys[i + 1:])


def test_the_on_screen_keyboard_has_a_space_bar(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    scene = open_keyboard(h)
    space = scene.buttons.get("key: ")
    assert space is not None and space.label == "Espace" and space.rect.right <= 1920
    for bid in ("key: ", "key:L", "key:É", "key:A", "key: ", "key: ", "key:B"):
        h.tap_button(bid)
    assert scene.value == "LÉA B"  # no leading nor double space
    keys = [b.rect for b in scene.buttons.items]
    assert not any(a.colliderect(b) for i, a in enumerate(keys) for b in keys[i + 1:])


def test_only_allowed_characters_from_a_real_keyboard(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    scene = open_keyboard(h)
    for text in ("l", "é", "<", "@", "😀", "ж", "_", "7"):
        h.post(pygame.TEXTINPUT, text=text)
    h.step()
    assert scene.value == "LÉ_7"
    assert allowed("ï") and not allowed("\u202e") and not allowed("ж")


def test_a_rude_name_is_refused_politely_and_can_be_changed(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    h = make_kiosk()
    scene = open_keyboard(h)
    for ch in "C0NNARD":
        h.tap_button(f"key:{ch}")
    h.tap_button("ok")
    assert h.app.top is scene and scene.refused  # still here, with the message
    texts: list[str] = []
    original = h.ctx.text.render
    h.ctx.text.render = lambda text, *a, **k: (texts.append(text), original(text, *a, **k))[1]  # type: ignore[method-assign]
    h.app.draw()
    assert "Ce pseudo n'est pas possible ici. Choisis-en un autre, s'il te plaît !" in texts
    h.tap_button("del")
    assert not scene.refused  # the message goes as soon as she edits
    for _ in range(10):
        h.tap_button("del")
    for ch in "LOU":
        h.tap_button(f"key:{ch}")
    h.tap_button("ok")
    assert h.app.top.name == "LeaderboardScene"


def test_every_erase_key_is_a_backspace_and_says_so(make_kiosk) -> None:  # type: ignore[no-untyped-def]
    """A playtest: « Effacer » took back one letter where a visitor expected it to clear the
    name. Every on-screen erase key is a backspace: the ⌫ sign, « Retour arrière », one
    letter (or digit) back; the organiser's pad shows the sign alone and is named the same."""
    from game.kiosk.lockdown import AdminShortcut

    h = make_kiosk()
    scene = open_keyboard(h)
    key = scene.buttons.get("del")
    assert key is not None and key.label == "Retour arrière" and key.icon is not None
    assert key.rect.right <= 1920 and key.rect.w >= MIN_TARGET
    for bid in ("key:L", "key:É", "key:A", "del"):
        h.tap_button(bid)
    assert scene.value == "LÉ"  # one letter back, the rest kept
    h.app.dispatch(AdminShortcut())
    pad = h.app.top
    erase = pad.buttons.get("del")
    assert erase is not None and erase.icon is not None and erase.name == "Retour arrière"
    h.tap_button("d:1")
    h.tap_button("d:2")
    h.tap_button("del")
    assert pad.pad.code == "1"
