"""The wheel is the whole game: installed outside the checkout, it plays from any folder.

Builds the wheel from this checkout, installs it into a fresh virtual environment in a
temporary folder (its dependencies are borrowed from the environment running the tests, so
nothing is downloaded), then starts ``cap-industrie`` and ``python -m game`` from another
temporary folder: the shipped scenario, maps and assets must come from the installed package.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from game import PROJECT_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]  # one worker builds it once


def _run(cmd: list[str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


# what a build neither needs nor may find: environments, caches, earlier builds' leftovers
_NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
               "screenshots", "out")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin folder."""
    root = tmp_path_factory.mktemp("wheel")
    dist, env_dir, source = root / "dist", root / "env", root / "source"
    # built from a copy: setuptools builds in the source's build/ folder, and one left there by
    # an earlier, interrupted build (or another checkout's run) makes it fail ("File exists")
    shutil.copytree(PROJECT_ROOT, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    build = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "--disable-pip-version-check", "-q", "-w", str(dist), str(source)],
                 cwd=root)
    assert build.returncode == 0, build.stderr
    wheels = list(dist.glob("cap_industrie-*.whl"))
    assert len(wheels) == 1, list(dist.iterdir())
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / "python"
    site = _run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                cwd=root).stdout.strip()
    # the dependencies (pygame-ce, pydantic, ...) from the running environment, not downloaded
    Path(site, "borrowed-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                    "--no-index", "--disable-pip-version-check", "-q", str(wheels[0])], cwd=root)
    if install.returncode != 0 and "no such option: --python" in install.stderr:
        pytest.skip("this pip cannot install into another environment (pip >= 22.3 needed)")
    assert install.returncode == 0, install.stderr
    return bindir


def test_the_installed_game_uses_the_packaged_content(installed: Path, tmp_path: Path) -> None:
    where = _run([str(installed / "python"), "-c",
                  "import game; print(game.__file__); print(game.CONTENT_ROOT)"], cwd=tmp_path)
    assert where.returncode == 0, where.stderr
    module, content = (Path(line) for line in where.stdout.split())
    env_dir = installed.parent.resolve()
    assert env_dir in module.resolve().parents, "game was imported from the checkout"
    assert content.resolve().is_relative_to(env_dir)
    for shipped in ("scenarios/cap-industrie/scenario.yaml", "levels/soudure.tmx",
                    "assets/sprites/avatar.png", "assets/sounds"):
        assert (content / shipped).exists(), shipped
    face = _run([str(installed / "python"), "-c",
                 "from game.ui import fonts; print(fonts.font_path('text'))"], cwd=tmp_path)
    assert face.returncode == 0 and face.stdout.strip().endswith(".ttf"), face.stderr


def test_cap_industrie_plays_the_default_scenario_from_any_folder(installed: Path,
                                                                 tmp_path: Path) -> None:
    run = _run([str(installed / "cap-industrie"), "--headless", "--autoplay", "--seed", "2",
                "--data-dir", str(tmp_path / "data")], cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["scenario"] == "cap-industrie"
    assert len(summary["worlds_completed"]) >= 3
    assert summary["stations_completed"] >= 15


def test_python_m_game_runs_every_sub_command(installed: Path, tmp_path: Path) -> None:
    python = str(installed / "python")
    helped = _run([python, "-m", "game", "--help"], cwd=tmp_path)
    assert helped.returncode == 0
    for command in ("validate", "schema", "report", "kiosk-pin"):
        assert command in helped.stdout
    schema = _run([python, "-m", "game", "schema"], cwd=tmp_path)
    assert schema.returncode == 0 and json.loads(schema.stdout)["title"]
    # an author's own folder, outside the package: a copy of the shipped example
    mine = tmp_path / "mon-scenario"
    shutil.copytree(PROJECT_ROOT / "scenarios" / "exemple-minimal", mine)
    checked = _run([python, "-m", "game", "validate", str(mine)], cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
