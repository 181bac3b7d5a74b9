"""The outbox: every fact the score file records, waiting to be pushed to a hub (schema v4).

Triggers fill it in the same transaction as the write itself, so a saved game is in the
outbox or nowhere: a power cut between the two cannot happen. Each row is one fact with a
UUID made here and the device's counter (``seq``, never reused): a game saved, a visit, a
nickname given to a game, a game taken off the boards. ``device`` holds the file's device
id. The hub side (:mod:`game.hub.outbox`) reads the rows and marks them sent; nothing here
talks to the network, and a device with no hub just keeps a small table of ids.
"""
from __future__ import annotations

import sqlite3

# a random (version 4) UUID in plain SQL
UUID_SQL = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
            "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || "
            "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")

DEVICE: tuple[str, ...] = (
    "CREATE TABLE device (one INTEGER PRIMARY KEY CHECK (one = 1), device_id TEXT NOT NULL)",
    f"INSERT INTO device (one, device_id) VALUES (1, {UUID_SQL})",
)
OUTBOX: tuple[str, ...] = (
    """CREATE TABLE outbox (
        seq      INTEGER PRIMARY KEY AUTOINCREMENT,  -- the device's counter, never reused
        uuid     TEXT NOT NULL UNIQUE,
        kind     TEXT NOT NULL CHECK (kind IN ('game', 'visit', 'nickname', 'hide', 'interests')),
        ref      INTEGER NOT NULL,  -- games.id (game, nickname, hide, interests) or visits.id
        value    TEXT,  -- the nickname given
        state    TEXT NOT NULL DEFAULT 'waiting'
                 CHECK (state IN ('waiting', 'sent', 'refused', 'gone')),
        problem  TEXT  -- why the hub refused it, or why it could not be sent
    )""",
    "CREATE INDEX outbox_by_state ON outbox (state, seq)",
    "CREATE INDEX outbox_by_ref ON outbox (kind, ref)",
    f"""CREATE TRIGGER outbox_game AFTER INSERT ON games BEGIN
        INSERT INTO outbox (uuid, kind, ref) VALUES ({UUID_SQL}, 'game', NEW.id); END""",
    f"""CREATE TRIGGER outbox_nickname AFTER UPDATE OF nickname ON games
        WHEN NEW.nickname IS NOT OLD.nickname BEGIN
        INSERT INTO outbox (uuid, kind, ref, value)
        VALUES ({UUID_SQL}, 'nickname', NEW.id, NEW.nickname); END""",
    f"""CREATE TRIGGER outbox_hide AFTER UPDATE OF off_board ON games
        WHEN NEW.off_board = 1 AND OLD.off_board = 0 BEGIN
        INSERT INTO outbox (uuid, kind, ref) VALUES ({UUID_SQL}, 'hide', NEW.id); END""",
    f"""CREATE TRIGGER outbox_visit AFTER INSERT ON visits BEGIN
        INSERT INTO outbox (uuid, kind, ref) VALUES ({UUID_SQL}, 'visit', NEW.id); END""",
)
TABLES = DEVICE + OUTBOX
TRIGGERS = ("outbox_game", "outbox_nickname", "outbox_hide", "outbox_visit")


def interests_queued(conn: sqlite3.Connection, game_id: int) -> None:
    """The jobs liked and the offers shown of a game changed: queue them (schema v7), in the
    caller's transaction, as the triggers queue the rest."""
    conn.execute(f"INSERT INTO outbox (uuid, kind, ref) VALUES ({UUID_SQL}, 'interests', ?)",
                 (game_id,))


def v6_to_v7(conn: sqlite3.Connection) -> None:
    """Version 7: the outbox takes the jobs liked and offers shown (kind ``interests``).

    SQLite cannot widen a CHECK: the table is built again with every row and its counter
    (``seq`` is never reused), its indexes and the triggers that fill it.
    """
    last = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    for trigger in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("ALTER TABLE outbox RENAME TO outbox_v6")
    for index in ("outbox_by_state", "outbox_by_ref"):
        conn.execute(f"DROP INDEX IF EXISTS {index}")
    conn.execute(OUTBOX[0])
    conn.execute("INSERT INTO outbox (seq, uuid, kind, ref, value, state, problem) "
                 "SELECT seq, uuid, kind, ref, value, state, problem FROM outbox_v6")
    conn.execute("DROP TABLE outbox_v6")
    if last is not None:
        conn.execute("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'outbox'",
                     (int(last[0]),))
    for statement in OUTBOX[1:]:
        conn.execute(statement)


def v4_to_v5(conn: sqlite3.Connection) -> None:
    """Version 5 adds the device id and the outbox; what the file already holds is queued."""
    for statement in TABLES:
        conn.execute(statement)
    conn.execute(f"INSERT INTO outbox (uuid, kind, ref) SELECT {UUID_SQL}, 'game', id "
                 "FROM games ORDER BY id")
    conn.execute(f"INSERT INTO outbox (uuid, kind, ref) SELECT {UUID_SQL}, 'hide', id "
                 "FROM games WHERE off_board = 1 ORDER BY id")
    conn.execute(f"INSERT INTO outbox (uuid, kind, ref) SELECT {UUID_SQL}, 'visit', id "
                 "FROM visits ORDER BY id")
