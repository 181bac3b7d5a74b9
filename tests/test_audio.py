"""Opening the mixer on a machine without a sound card: no ALSA lines, no sound, our errors kept.

libasound prints 8 « ALSA lib … cannot find card » lines from C (fd 2) when SDL opens the mixer
and finds no card; a visitor or a trainer starting the game from a terminal saw them every time.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALSA = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "alsa",
        "PYGAME_HIDE_SUPPORT_PROMPT": "1"}


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], env=ALSA, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def alsa_complains() -> None:
    """Skip unless opening the mixer the plain way prints ALSA lines here (no card, libasound)."""
    plain = _python("""
        import pygame
        try:
            pygame.mixer.init(44100, -16, 1, 512)
        except pygame.error:
            pass
        """)
    if "ALSA lib" not in plain.stderr:
        pytest.skip("this machine prints no ALSA lines when the mixer opens (it has a sound "
                    "card, or no libasound): nothing to silence")


@pytest.mark.slow
def test_the_mixer_opens_quietly_and_falls_back_to_no_sound(alsa_complains: None) -> None:
    out = _python("""
        import os, sys
        from game.audio import Sounds
        sounds = Sounds()
        print("ready", sounds.ready())
        sounds.play("success")  # no card: nothing is heard, nothing fails
        print("our own message", file=sys.stderr)
        os.write(2, b"a C-level line after the mixer\\n")
        raise RuntimeError("a crash after the mixer")
        """)
    assert "ALSA lib" not in out.stderr, out.stderr
    assert "ready False" in out.stdout
    # what we write, and a crash's traceback, still reach the terminal
    assert "our own message" in out.stderr
    assert "a C-level line after the mixer" in out.stderr
    assert "Traceback" in out.stderr and "RuntimeError: a crash after the mixer" in out.stderr


@pytest.mark.slow
def test_the_game_started_without_a_sound_card_prints_no_alsa_line(alsa_complains: None,
                                                                    tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--headless", "--autoplay",
                          "--route", "decouverte", "--seed", "1", "--data-dir", str(tmp_path)],
                         env=ALSA, cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         check=False)
    assert out.returncode == 0, out.stderr
    assert "ALSA lib" not in out.stderr, out.stderr
    last = json.loads(out.stdout.strip().splitlines()[-1])
    assert "takeaway" in last["reached"]  # the whole visit played, without sound
