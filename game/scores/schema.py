"""The score file's tables, its version in ``PRAGMA user_version``, and migrations.

To change the schema: bump ``SCHEMA_VERSION``, update ``TABLES`` to the new shape (new files
are created from it) and register ``MIGRATIONS[old] = fn`` that upgrades a version-``old``
file by one step. Each step runs in its own transaction together with the version bump.
Plain SQL only (no STRICT tables, no JSON functions) so older SQLite builds read the file.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

from game.scores import outbox
from game.scores.db import UnusableFile, transaction

SCHEMA_VERSION = 8

# The before/after stereotype probe: one row per statement a player answered.
PROBE_TABLE = """CREATE TABLE probe_answers (
        id       INTEGER PRIMARY KEY,
        game_id  INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        myth_id  TEXT NOT NULL,
        before   TEXT CHECK (before IS NULL OR before IN ('agree', 'disagree', 'unsure')),
        after    TEXT CHECK (after IS NULL OR after IN ('agree', 'disagree', 'unsure')),
        UNIQUE (game_id, myth_id)
    )"""

# The before/after question (version 6, game/beliefs.py): one row per item a player was
# asked, its answers on the 5-point scale (1 pas du tout d'accord ... 5 tout à fait d'accord).
# ``kind`` says how to read agreement: 'stereotype' (agreeing is the idée reçue), 'counter'
# (worded as its opposite) or 'self' (about herself, per world: « Je me sens capable de ... »,
# item id 'capable:<world>', or « Ce métier pourrait me plaire », 'plaire:<world>').
BELIEFS_TABLE = """CREATE TABLE belief_answers (
        id       INTEGER PRIMARY KEY,
        game_id  INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        item_id  TEXT NOT NULL CHECK (item_id <> ''),
        kind     TEXT NOT NULL CHECK (kind IN ('stereotype', 'counter', 'self')),
        myth_id  TEXT,
        world_id TEXT,
        before   INTEGER CHECK (before IS NULL OR before BETWEEN 1 AND 5),
        after    INTEGER CHECK (after IS NULL OR after BETWEEN 1 AND 5),
        UNIQUE (game_id, item_id)
    )"""
# Version 7: what a player showed interest in, known at the take-away card (after the game
# was saved): the jobs she ticked as liked, and the training offers the card showed. Both are
# replaced whole when the card changes them (game/scores/store.py: set_interests).
LIKED_TABLE = """CREATE TABLE liked_jobs (
        id         INTEGER PRIMARY KEY,
        game_id    INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        world_id   TEXT NOT NULL CHECK (world_id <> ''),
        station_id TEXT NOT NULL CHECK (station_id <> ''),
        UNIQUE (game_id, world_id, station_id)
    )"""
OFFERS_TABLE = """CREATE TABLE offers_shown (
        id         INTEGER PRIMARY KEY,
        game_id    INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        offer_id   TEXT NOT NULL CHECK (offer_id <> ''),
        UNIQUE (game_id, offer_id)
    )"""
GENDER_CHECK = "CHECK (gender IS NULL OR gender IN ('girl', 'boy', 'other', 'unsaid'))"
AGE_BAND_COLUMN = ("age_band TEXT CHECK (age_band IS NULL OR age_band IN "
                   "('under18', '18-29', '30-54', '55plus'))")
SITUATION_COLUMN = ("situation TEXT CHECK (situation IS NULL OR situation IN "
                    "('pupil', 'student', 'employed', 'jobseeker', 'other'))")
# version 8: the way through the game (game.flow.ROUTES: decouverte, world, grand_tour, ...);
# NULL in older games (their worlds tell a one-world game from the others)
ROUTE_COLUMN = "route TEXT CHECK (route IS NULL OR route <> '')"

# A kiosk visit: from the tap that started it to the end (finished, walked away, ...).
# Nothing about the person: when, how long, how it ended, and the game if one was saved.
VISITS_TABLE = """CREATE TABLE visits (
        id          INTEGER PRIMARY KEY,
        scenario_id TEXT NOT NULL CHECK (scenario_id <> ''),
        started_at  TEXT NOT NULL,  -- ISO 8601 with the UTC offset
        ended_at    TEXT NOT NULL,
        day         TEXT NOT NULL,  -- local YYYY-MM-DD the visit started on
        played_s    REAL NOT NULL CHECK (played_s >= 0),  -- first tap to last tap
        outcome     TEXT NOT NULL CHECK (outcome IN ('finished', 'walked_away', 'left', 'admin',
                                                     'crash')),
        lang        TEXT NOT NULL,
        game_id     INTEGER REFERENCES games (id) ON DELETE SET NULL
    )"""

GAMES_BY_UID = "CREATE UNIQUE INDEX games_by_uid ON games (uid) WHERE uid IS NOT NULL"

# The boards (see boards.py): a game is on them unless autoplay or taken off. One partial
# index per board, in board order (the rowid, i.e. ``id``, ends every index): the first rows
# of a board and the ties of a rank are read straight from it, whatever the file's size.
ON_BOARD = "mode <> 'autoplay' AND off_board = 0"
_ORDER_COLUMNS = "score DESC, finished_utc"
BOARD_INDEXES: tuple[str, ...] = tuple(
    f"CREATE INDEX {name} ON games ({prefix}{_ORDER_COLUMNS}) WHERE {ON_BOARD}{extra}"
    for name, prefix, extra in (
        ("board_all", "scenario_id, ", ""), ("board_day", "day, scenario_id, ", ""),
        ("board_session", "session, scenario_id, ", " AND session IS NOT NULL"),
        ("board_any", "", "")))

# How many games of each score each board holds, kept by triggers: a rank is the games with a
# better score (a sum over at most one row per score) plus the earlier ties (read from the
# board's index), never a walk through the games. ``board``: 'all', 'day:YYYY-MM-DD' or
# 'session:<code>'.
BOARD_COUNTS_TABLE = """CREATE TABLE board_counts (
        board       TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        score       INTEGER NOT NULL,
        games       INTEGER NOT NULL,
        PRIMARY KEY (board, scenario_id, score)
    ) WITHOUT ROWID"""


def _counted(row: str, sign: str) -> str:
    """Statements adding (``+``) or removing (``-``) the game ``row`` (NEW/OLD) to its boards.

    Plain INSERT OR IGNORE + UPDATE rather than an upsert, so older SQLite builds read the file.
    """
    match = (f"scenario_id = {row}.scenario_id AND score = {row}.score AND board IN "
             f"('all', 'day:' || {row}.day, 'session:' || {row}.session)")
    if sign == "+":
        return (f"INSERT OR IGNORE INTO board_counts VALUES ('all', {row}.scenario_id, "
                f"{row}.score, 0), ('day:' || {row}.day, {row}.scenario_id, {row}.score, 0); "
                f"INSERT OR IGNORE INTO board_counts SELECT 'session:' || {row}.session, "
                f"{row}.scenario_id, {row}.score, 0 WHERE {row}.session IS NOT NULL; "
                f"UPDATE board_counts SET games = games + 1 WHERE {match};")
    return (f"UPDATE board_counts SET games = games - 1 WHERE {match}; "
            f"DELETE FROM board_counts WHERE games <= 0 AND {match};")


def _on_board(row: str) -> str:
    return f"{row}.mode <> 'autoplay' AND {row}.off_board = 0"


_BOARD_FIELDS = "scenario_id, score, day, session, mode, off_board"
# (trigger name, event, row it counts, + or -)
_TRIGGERS = (("insert", "INSERT", "NEW", "+"), ("delete", "DELETE", "OLD", "-"),
             ("update_old", f"UPDATE OF {_BOARD_FIELDS}", "OLD", "-"),
             ("update_new", f"UPDATE OF {_BOARD_FIELDS}", "NEW", "+"))
BOARD_TRIGGERS: tuple[str, ...] = tuple(
    f"CREATE TRIGGER board_counts_{name} AFTER {event} ON games WHEN {_on_board(row)} "
    f"BEGIN {_counted(row, sign)} END" for name, event, row, sign in _TRIGGERS)

TABLES: tuple[str, ...] = (
    f"""CREATE TABLE games (
        id           INTEGER PRIMARY KEY,
        scenario_id  TEXT NOT NULL CHECK (scenario_id <> ''),
        nickname     TEXT CHECK (nickname IS NULL OR length(nickname) BETWEEN 1 AND 40),
        -- (40, looser than NICKNAME_MAX, so raising that limit needs no migration)
        started_at   TEXT NOT NULL,  -- ISO 8601 with the player's UTC offset
        finished_at  TEXT NOT NULL,  -- idem
        finished_utc TEXT NOT NULL,  -- fixed-width UTC, sorts in time order
        day          TEXT NOT NULL,  -- local YYYY-MM-DD the game finished on
        score        INTEGER NOT NULL CHECK (score >= 0),
        stars        INTEGER NOT NULL CHECK (stars >= 0),
        worlds       TEXT NOT NULL,  -- JSON list of world ids completed
        lang         TEXT NOT NULL CHECK (lang <> ''),
        mode         TEXT NOT NULL CHECK (mode IN ('play', 'autoplay', 'kiosk')),
        session      TEXT,
        gender       TEXT {GENDER_CHECK},
        -- the optional anonymous "je suis" answer; NULL when not asked or skipped
        off_board    INTEGER NOT NULL DEFAULT 0 CHECK (off_board IN (0, 1)),
        -- 1: taken off the leaderboards (an organiser cleared the day) but kept for the report
        -- (no comma in a comment before a column: DROP COLUMN looks back for the last comma)
        uid          TEXT,  -- a key per game (NULL before version 4): a journal imported
                            -- twice still adds its games once
        {AGE_BAND_COLUMN},  -- version 6: the optional anonymous context
        {SITUATION_COLUMN},
        {ROUTE_COLUMN}  -- version 8
    )""",
    "CREATE INDEX games_by_day ON games (day)",
    "CREATE INDEX games_by_session ON games (session)",
    GAMES_BY_UID,
    *BOARD_INDEXES,
    """CREATE TABLE task_results (
        id           INTEGER PRIMARY KEY,
        game_id      INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        seq          INTEGER NOT NULL,  -- order in which the tasks were played
        world_id     TEXT NOT NULL,
        station_id   TEXT NOT NULL,
        task_type    TEXT NOT NULL,
        score        INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        stars        INTEGER NOT NULL CHECK (stars BETWEEN 0 AND 3),
        duration_s   REAL NOT NULL CHECK (duration_s >= 0),
        details_json TEXT,
        UNIQUE (game_id, seq)
    )""",
    PROBE_TABLE,
    BELIEFS_TABLE,
    VISITS_TABLE,
    "CREATE INDEX visits_by_day ON visits (day)",
    BOARD_COUNTS_TABLE,
    *BOARD_TRIGGERS,
    *outbox.TABLES,  # version 5: the device id and what waits for the hub
    LIKED_TABLE,  # version 7
    OFFERS_TABLE,
)

Migration = Callable[[sqlite3.Connection], None]


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 adds the probe's answers and the optional gender question."""
    conn.execute("ALTER TABLE games ADD COLUMN gender TEXT CHECK "
                 "(gender IS NULL OR gender IN ('girl', 'boy', 'unsaid'))")
    conn.execute(PROBE_TABLE)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Version 3 adds kiosk visits and lets a day's games leave the boards but not the report."""
    conn.execute("ALTER TABLE games ADD COLUMN off_board INTEGER NOT NULL DEFAULT 0 "
                 "CHECK (off_board IN (0, 1))")
    conn.execute(VISITS_TABLE)
    conn.execute("CREATE INDEX visits_by_day ON visits (day)")


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Version 4: boards and ranks that stay fast at a million games, and a key per game.

    The all-scores index gives way to one partial index per board; the board counts are
    filled once from the games already there.
    """
    conn.execute("ALTER TABLE games ADD COLUMN uid TEXT")
    conn.execute(GAMES_BY_UID)
    conn.execute("DROP INDEX IF EXISTS games_by_score")
    for statement in (*BOARD_INDEXES, BOARD_COUNTS_TABLE):
        conn.execute(statement)
    on_board = f"FROM games WHERE {ON_BOARD}"
    conn.execute(f"INSERT INTO board_counts SELECT 'all', scenario_id, score, COUNT(*) {on_board} "
                 "GROUP BY scenario_id, score")
    conn.execute(f"INSERT INTO board_counts SELECT 'day:' || day, scenario_id, score, COUNT(*) "
                 f"{on_board} GROUP BY day, scenario_id, score")
    conn.execute(f"INSERT INTO board_counts SELECT 'session:' || session, scenario_id, score, "
                 f"COUNT(*) {on_board} AND session IS NOT NULL "
                 "GROUP BY session, scenario_id, score")
    for statement in BOARD_TRIGGERS:
        conn.execute(statement)


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """Version 6: the before/after question on a 5-point scale, and the optional context
    (age band, situation; the gender question gains « autre »).

    The gender column is rebuilt for its wider CHECK (SQLite 3.35 and later drop a column;
    an older SQLite keeps the old CHECK and the writer stores « autre » as unsaid there).
    """
    conn.execute(BELIEFS_TABLE)
    conn.execute(f"ALTER TABLE games ADD COLUMN {AGE_BAND_COLUMN}")
    conn.execute(f"ALTER TABLE games ADD COLUMN {SITUATION_COLUMN}")
    if sqlite3.sqlite_version_info >= (3, 35, 0):
        conn.execute(f"ALTER TABLE games ADD COLUMN gender_v6 TEXT "
                     f"{GENDER_CHECK.replace('gender', 'gender_v6')}")
        conn.execute("UPDATE games SET gender_v6 = gender WHERE gender IS NOT NULL")
        conn.execute("ALTER TABLE games DROP COLUMN gender")
        conn.execute("ALTER TABLE games RENAME COLUMN gender_v6 TO gender")


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    """Version 7: the jobs liked and the offers shown, and the outbox that sends them."""
    conn.execute(LIKED_TABLE)
    conn.execute(OFFERS_TABLE)
    outbox.v6_to_v7(conn)


def _v7_to_v8(conn: sqlite3.Connection) -> None:
    """Version 8: each game's route, so a leaderboard says what a score is from."""
    conn.execute(f"ALTER TABLE games ADD COLUMN {ROUTE_COLUMN}")


# version n -> upgrades a version-n file by one step
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4,
                                   4: outbox.v4_to_v5, 5: _v5_to_v6, 6: _v6_to_v7,
                                   7: _v7_to_v8}


def check(conn: sqlite3.Connection) -> None:
    """Read-only: raise :class:`UnusableFile` unless the file is empty, current or migratable."""
    version = _version(conn)
    if version == 0:
        if _table_names(conn):
            raise UnusableFile("tables without a schema version: not a score file")
        return
    if version > SCHEMA_VERSION:
        raise UnusableFile(f"schema version {version} is newer than {SCHEMA_VERSION}")
    for step in range(version, SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise UnusableFile(f"no migration from schema version {step}")
    if version == SCHEMA_VERSION:
        _check_columns(conn)


def prepare(conn: sqlite3.Connection) -> None:
    """Create the tables in an empty file or migrate an older one; raise if unusable."""
    check(conn)
    version = _version(conn)
    if version == 0:
        with transaction(conn):
            for statement in TABLES:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        return
    for step in range(version, SCHEMA_VERSION):
        try:
            with transaction(conn):
                MIGRATIONS[step](conn)
                conn.execute(f"PRAGMA user_version = {step + 1}")
        except sqlite3.Error as exc:
            raise UnusableFile(f"migration from version {step} failed: {exc}") from exc
    _check_columns(conn)


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _check_columns(conn: sqlite3.Connection) -> None:
    for table, needed in expected_columns().items():
        found = {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}
        missing = needed - found
        if missing:
            raise UnusableFile(f"table {table} lacks {', '.join(sorted(missing))}")


@cache
def expected_columns() -> dict[str, frozenset[str]]:
    """Each table's columns, read from ``TABLES`` itself so the two cannot drift apart."""
    scratch = sqlite3.connect(":memory:")
    try:
        for statement in TABLES:
            scratch.execute(statement)
        names = [str(row[0]) for row in scratch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            name: frozenset(str(row[1]) for row in scratch.execute(f"PRAGMA table_info({name})"))
            for name in names
        }
    finally:
        scratch.close()


def _table_names(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return [str(row[0]) for row in rows]
