"""Build the one-folder app, dist/cap-industrie/, zip it, and (with --smoke) try it as a school
PC would.

    python tools/build_bundle.py [--smoke] [--skip-build]

Needs PyInstaller (`pip install -e ".[bundle]"`). PyInstaller does not cross-build: run this on
the system the bundle is for (the CI workflow .github/workflows/bundle.yml builds Windows and
Linux). Makes:
    dist/cap-industrie/                            the app (cap-industrie, cap-industrie-cli)
    dist/cap-industrie-<version>-<platform>.zip    what a trainer copies to the room's PCs
    dist/cap-industrie-<version>-<platform>.zip.sha256
--smoke then starts the bundled program from another folder, with no network (unshare -n) and
no Python on PATH: a headless autoplay game, `validate` on a scenario folder outside the bundle,
and the time to the first title frame. The last line printed is one JSON object.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"  # PyInstaller's own, emptied by --clean
RESOURCES = ROOT / "build" / "bundle-resources"  # the version resource and the icon
APP = DIST / "cap-industrie"
SPEC = ROOT / "packaging" / "cap-industrie.spec"
PUBLISHER = "Cap vers l'Industrie au Féminin"
FIRST_FRAME_TARGET_S = 2.0
ZIP_TARGET_MB = 120


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"])


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def program(name: str) -> Path:
    return APP / (name + (".exe" if sys.platform == "win32" else ""))


# --- the Windows resources: version information and the icon --------------------------------

def version_resource(path: Path, ver: str) -> Path:
    """The VS_VERSIONINFO text PyInstaller reads (name, version, publisher in Explorer)."""
    nums = [int(part) for part in (ver.split(".") + ["0"] * 4)[:4] if part.isdigit()]
    nums = (nums + [0] * 4)[:4]
    strings = {"CompanyName": PUBLISHER, "FileDescription": "Cap Industrie",
               "FileVersion": ver, "InternalName": "cap-industrie",
               "LegalCopyright": PUBLISHER, "OriginalFilename": "cap-industrie.exe",
               "ProductName": "Cap Industrie", "ProductVersion": ver}
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(nums)}, prodvers={tuple(nums)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040c04b0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x040c, 1200])])
  ]
)
""", encoding="utf-8")
    return path


def icon_png(size: int) -> bytes:
    """The app's icon, drawn here: a spark over a plate, in the game's colours."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    surface = pygame.Surface((size, size), pygame.SRCALPHA)
    s = size / 256
    pygame.draw.rect(surface, (32, 64, 140), (0, 0, size, size), border_radius=int(48 * s))
    pygame.draw.rect(surface, (230, 236, 245), (int(40 * s), int(150 * s), int(176 * s),
                                                 int(46 * s)), border_radius=int(10 * s))
    centre = (size // 2, int(118 * s))
    for i in range(8):
        import math

        angle = i * math.pi / 4
        long = (62 if i % 2 == 0 else 36) * s
        tip = (centre[0] + math.cos(angle) * long, centre[1] + math.sin(angle) * long)
        pygame.draw.line(surface, (255, 186, 40), centre, tip, max(2, int(12 * s)))
    pygame.draw.circle(surface, (255, 244, 200), centre, int(24 * s))
    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "icon.png")
    return buffer.getvalue()


def icon_file(path: Path) -> Path:
    """A .ico holding PNG images (Windows Vista and later read them), 16 to 256 px."""
    sizes = (16, 32, 48, 256)
    images = [icon_png(n) for n in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for n, data in zip(sizes, images, strict=True):
        entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    path.write_bytes(header + entries + blobs)
    return path


# --- build and zip ---------------------------------------------------------------------------

def build(ver: str) -> None:
    RESOURCES.mkdir(parents=True, exist_ok=True)
    env = {**os.environ,
           "CAP_VERSION_FILE": str(version_resource(RESOURCES / "version_info.txt", ver)),
           "CAP_ICON_FILE": str(icon_file(RESOURCES / "cap-industrie.ico"))}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
                    "WARN", "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)],
                   cwd=ROOT, env=env, check=True)


def make_zip(ver: str) -> Path:
    target = DIST / f"cap-industrie-{ver}-{platform_tag()}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(APP.rglob("*")):
            info = zipfile.ZipInfo.from_file(path, path.relative_to(DIST).as_posix())
            if path.is_dir():
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as source, archive.open(info, "w") as sink:
                    shutil.copyfileobj(source, sink)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    Path(f"{target}.sha256").write_text(f"{digest}  {target.name}\n", encoding="ascii")
    return target


# --- the smoke test: a school PC with no Python and no network ---------------------------------

def isolated(cmd: list[str]) -> tuple[list[str], bool]:
    """``cmd`` without network where this system lets us cut it, and whether it was cut."""
    unshare = shutil.which("unshare")
    if unshare and sys.platform.startswith("linux"):
        probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return [unshare, "-n", *cmd], True
    return cmd, False


def classroom(exe: Path, env: dict[str, str], work: Path, here: Path) -> dict[str, object]:
    """The bundled trainer's side: ``class new``, ``hub`` serving the dashboard's own files,
    one student's PC pushing to it (all on loopback)."""
    import socket
    import urllib.request

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(exe), *args], cwd=work, env=env, capture_output=True,
                              text=True, timeout=600, check=False)

    hub_dir = here / "hub"
    made = run("class", "new", "--world", "soudure", "--stations", "epi", "--data-dir",
               str(hub_dir))
    if made.returncode != 0:
        raise SystemExit(f"class new failed:\n{made.stderr}")
    code = json.loads(made.stdout.strip().splitlines()[-1])["code"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    hub = subprocess.Popen([str(exe), "hub", "--port", str(port), "--data-dir", str(hub_dir)],
                           cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        served: dict[str, int] = {}
        deadline = time.monotonic() + 60
        while not served and time.monotonic() < deadline and hub.poll() is None:
            try:
                for name in ("class.js", "class.css"):
                    with urllib.request.urlopen(f"{url}/class-static/{name}", timeout=5) as r:
                        served[name] = len(r.read())
            except OSError:
                served = {}
                time.sleep(0.5)
        if not served or min(served.values()) < 500:
            err = hub.stderr.read().decode() if hub.poll() is not None and hub.stderr else ""
            raise SystemExit(f"the bundled hub did not serve the dashboard's files {err}")
        played = run("--class", code, "--student", "Léa", "--hub", url, "--headless",
                     "--autoplay", "--data-dir", str(here / "student"))
        if played.returncode != 0:
            raise SystemExit(f"a student's game failed:\n{played.stderr[-3000:]}")
        got = json.loads(played.stdout.strip().splitlines()[-1])["classroom"]
        if not got["synced"]:
            raise SystemExit(f"the student's records did not reach the bundled hub: {got}")
        return {"served": served, "pushed": got["pushed"]}
    finally:
        hub.kill()
        hub.wait(30)


def smoke(archive: Path) -> dict[str, object]:
    """Unzip the archive as a trainer would and play it with no Python and no network."""
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="cap-smoke-") as tmp:
        here = Path(tmp)
        with zipfile.ZipFile(archive) as zipped:
            zipped.extractall(here / "unzipped")
        app = here / "unzipped" / "cap-industrie"
        exe = app / program("cap-industrie-cli").name
        if sys.platform != "win32":  # zipfile keeps no permissions: restore the programs' bit
            for name in ("cap-industrie", "cap-industrie-cli"):
                (app / name).chmod(0o755)
        empty_bin = here / "bin"
        empty_bin.mkdir()
        env = {"PATH": str(empty_bin), "HOME": str(here / "home"), "SDL_VIDEODRIVER": "dummy",
               "SDL_AUDIODRIVER": "dummy", "LANG": "C.UTF-8"}
        if sys.platform == "win32":
            env.update({"SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows"),
                        "APPDATA": str(here / "home"), "LOCALAPPDATA": str(here / "home")})
        work = here / "elsewhere"  # started from a folder that is neither the app's nor ours
        work.mkdir()

        def run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
            cmd, cut = isolated([str(exe), *args])
            out["network_cut"] = cut
            return subprocess.run(cmd, cwd=work, env=env, capture_output=True, text=True,
                                  timeout=timeout, check=False)

        started = time.perf_counter()
        played = run("--headless", "--autoplay", "--seed", "2", "--data-dir", str(here / "data"))
        out["autoplay_s"] = round(time.perf_counter() - started, 2)
        if played.returncode != 0:
            raise SystemExit(f"autoplay failed ({played.returncode}):\n{played.stderr[-3000:]}")
        summary = json.loads(played.stdout.strip().splitlines()[-1])
        out["autoplay"] = {k: summary[k] for k in ("worlds_completed", "stations_completed")}
        mine = here / "mon-scenario"
        shutil.copytree(ROOT / "scenarios" / "exemple-minimal", mine)
        checked = run("validate", str(mine), timeout=300)
        if checked.returncode != 0:
            raise SystemExit(f"validate failed:\n{checked.stdout}{checked.stderr}")
        out["validate_outside"] = "ok"
        out["classroom"] = classroom(exe, env, work, here)
        times = []
        for _ in range(3):  # process start to the first title frame, drawn and shown
            started = time.perf_counter()
            if run("--headless", "--frames", "1", "--data-dir", str(here / "data")).returncode:
                raise SystemExit("the title screen did not start")
            times.append(time.perf_counter() - started)
        out["first_frame_s"] = round(sorted(times)[1], 3)
        out["first_frame_target_s"] = FIRST_FRAME_TARGET_S
        (app / "portable.txt").write_text("scores and settings stay in data/ beside the app\n")
        if run("--headless", "--frames", "1").returncode or not (app / "data").is_dir():
            raise SystemExit("portable mode: no data/ folder beside the app")
        out["portable"] = sorted(p.name for p in (app / "data").iterdir())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="try the bundle (see above)")
    parser.add_argument("--skip-build", action="store_true", help="use the dist/ already built")
    args = parser.parse_args(argv)
    ver = version()
    if not args.skip_build:
        build(ver)
    archive = make_zip(ver)
    size_mb = archive.stat().st_size / 2**20
    result: dict[str, object] = {"version": ver, "platform": platform_tag(),
                                 "zip": str(archive.relative_to(ROOT)),
                                 "zip_mb": round(size_mb, 1), "zip_target_mb": ZIP_TARGET_MB,
                                 "sha256": Path(f"{archive}.sha256").read_text().split()[0]}
    if args.smoke:
        result.update(smoke(archive))
    print(json.dumps(result, ensure_ascii=False))
    too_slow = float(str(result.get("first_frame_s", 0))) > FIRST_FRAME_TARGET_S
    return 1 if size_mb > ZIP_TARGET_MB or too_slow else 0


if __name__ == "__main__":
    sys.exit(main())
