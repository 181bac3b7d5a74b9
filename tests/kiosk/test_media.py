"""Where the admin menu can save: mounted removable drives, then the data folder."""
from __future__ import annotations

from pathlib import Path

from game.kiosk.media import destinations


def test_mounted_sticks_come_first_then_the_data_folder(tmp_path: Path) -> None:
    media, run_media, mnt = tmp_path / "media", tmp_path / "run" / "media", tmp_path / "mnt"
    for p in (media / "anne" / "CLE-USB", media / "anne" / "not-mounted", run_media / "lou" / "SD",
              mnt / "disk", media / "DIRECT"):
        p.mkdir(parents=True)
    mounted = {str(media / "anne" / "CLE-USB"), str(run_media / "lou" / "SD"), str(mnt / "disk"),
               str(media / "DIRECT")}
    data = tmp_path / "data"
    found = destinations(data, roots=(media, run_media, mnt), ismount=lambda p: p in mounted,
                         windows=False)
    assert [d.path for d in found] == [media / "DIRECT", media / "anne" / "CLE-USB",
                                       run_media / "lou" / "SD", mnt / "disk", data]
    assert [d.removable for d in found] == [True, True, True, True, False]


def test_no_media_no_roots_still_offers_the_data_folder(tmp_path: Path) -> None:
    found = destinations(tmp_path, roots=(tmp_path / "nowhere",), windows=False)
    assert [d.path for d in found] == [tmp_path]
