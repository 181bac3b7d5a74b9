"""The hub's tables, one text for SQLite and PostgreSQL, versioned and migrated by the hub.

``hub_schema`` holds the version. To change the schema: bump ``SCHEMA_VERSION``, update
``TABLES`` (new databases are created from it) and add ``MIGRATIONS[old]``: the statements
that take a version-``old`` database one step up. Each step runs in one transaction with the
version bump (PostgreSQL: under an advisory lock, so two hubs starting together migrate once).

``{id}`` stands for the dialect's auto-numbered primary key; nothing else is substituted, and
nothing a device sends is ever part of a statement's text. Times are ISO 8601 text (the
``*_utc`` columns fixed-width UTC, so they sort), like the devices' own score files.

Version 2 (issue 11) adds the classroom: ``class_sessions`` (what ``class new`` made),
``class_students`` (each student's accommodations, set from the dashboard or a roster) and
``class_records`` (the students' journal records, one row per UUID, pushed or imported).
Version 3 (issue 12) adds the 5-point before/after answers (``belief_answers``) and the
games' optional context (``age_band``, ``situation``).
Version 4 (issue 10) adds what the take-away cards say: the jobs each player liked
(``liked_jobs``) and the offers her card showed (``offers_shown``), with a running count of
the jobs liked each day for the big screen (``day_liked``).
Version 5 (issue 9) adds each game's route (``games.route``: decouverte, world, grand_tour,
class…, as the device's own score file has it), so the big screen says what a score is from.
"""
from __future__ import annotations

from collections.abc import Sequence

SCHEMA_VERSION = 5

# version 3: the 5-point before/after question, one row per item a game was asked (the old
# 3-point answers stay in probe_answers); its format is in docs/KIOSK.md, « Before/after »
BELIEFS_TABLE = """CREATE TABLE belief_answers (
        game_id  BIGINT NOT NULL REFERENCES games (id),
        item_id  TEXT NOT NULL,
        kind     TEXT NOT NULL,  -- stereotype | counter | self
        myth_id  TEXT,
        world_id TEXT,
        before   INTEGER,  -- 1 pas du tout d'accord ... 5 tout à fait d'accord; NULL: not given
        after    INTEGER,
        PRIMARY KEY (game_id, item_id)
    )"""

TABLES: tuple[str, ...] = (
    # every fact a device sent, as it was accepted: the append-only log, one row per UUID
    """CREATE TABLE records (
        uuid        TEXT PRIMARY KEY,
        device_id   TEXT NOT NULL,
        seq         BIGINT NOT NULL,
        kind        TEXT NOT NULL,
        received_utc TEXT NOT NULL,
        body        TEXT NOT NULL
    )""",
    "CREATE INDEX records_by_device ON records (device_id, seq)",
    """CREATE TABLE devices (
        device_id   TEXT PRIMARY KEY,
        first_utc   TEXT NOT NULL,
        last_utc    TEXT NOT NULL,
        last_seq    BIGINT NOT NULL DEFAULT 0,
        records     BIGINT NOT NULL DEFAULT 0,
        skew_s      DOUBLE PRECISION NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE games (
        id           {id},
        uuid         TEXT NOT NULL UNIQUE,
        device_id    TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        nickname     TEXT,
        started_at   TEXT NOT NULL,
        finished_at  TEXT NOT NULL,
        finished_utc TEXT NOT NULL,  -- corrected by the device's clock skew
        day          TEXT NOT NULL,  -- the hub's local date of finished_utc
        score        INTEGER NOT NULL,
        stars        INTEGER NOT NULL,
        worlds       TEXT NOT NULL,
        lang         TEXT NOT NULL,
        mode         TEXT NOT NULL,
        session      TEXT,
        gender       TEXT,
        off_board    INTEGER NOT NULL DEFAULT 0
    )""",
    # the board's query: today's best, never autoplay nor games taken off the boards
    ("CREATE INDEX games_board_day ON games (day, score DESC, finished_utc, id) "
     "WHERE mode <> 'autoplay' AND off_board = 0"),
    ("CREATE INDEX games_board_all ON games (score DESC, finished_utc, id) "
     "WHERE mode <> 'autoplay' AND off_board = 0"),
    "CREATE INDEX games_by_day ON games (day)",
    "CREATE INDEX games_by_session ON games (session)",
    """CREATE TABLE task_results (
        game_id      BIGINT NOT NULL REFERENCES games (id),
        seq          INTEGER NOT NULL,
        world_id     TEXT NOT NULL,
        station_id   TEXT NOT NULL,
        task_type    TEXT NOT NULL,
        score        INTEGER NOT NULL,
        stars        INTEGER NOT NULL,
        duration_s   DOUBLE PRECISION NOT NULL,
        details_json TEXT,
        PRIMARY KEY (game_id, seq)
    )""",
    """CREATE TABLE probe_answers (
        game_id  BIGINT NOT NULL REFERENCES games (id),
        myth_id  TEXT NOT NULL,
        before   TEXT,
        after    TEXT,
        PRIMARY KEY (game_id, myth_id)
    )""",
    """CREATE TABLE visits (
        id          {id},
        uuid        TEXT NOT NULL UNIQUE,
        device_id   TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        started_utc TEXT NOT NULL,
        ended_at    TEXT NOT NULL,
        day         TEXT NOT NULL,
        played_s    DOUBLE PRECISION NOT NULL,
        outcome     TEXT NOT NULL,
        lang        TEXT NOT NULL,
        game_uuid   TEXT
    )""",
    "CREATE INDEX visits_by_day ON visits (day)",
    # running totals, so the board reads a handful of rows whatever the number of games
    """CREATE TABLE day_totals (
        day          TEXT PRIMARY KEY,
        games        BIGINT NOT NULL DEFAULT 0,
        visits       BIGINT NOT NULL DEFAULT 0,
        linked       BIGINT NOT NULL DEFAULT 0,  -- visits that saved a game
        stations     BIGINT NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE day_stations (
        day          TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        world_id     TEXT NOT NULL,
        station_id   TEXT NOT NULL,
        games        BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (day, scenario_id, world_id, station_id)
    )""",
    # one row: a counter bumped by every batch that stored something (the board polls it)
    "CREATE TABLE hub_state (one INTEGER PRIMARY KEY CHECK (one = 1), change BIGINT NOT NULL)",
    "INSERT INTO hub_state (one, change) VALUES (1, 0)",
)

# version 2: classroom sessions (issue 11)
CLASS_TABLES: tuple[str, ...] = (
    """CREATE TABLE class_sessions (
        code         TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        scenario_path TEXT,             -- the folder class new read (NULL: the shipped one)
        world        INTEGER NOT NULL,  -- 0: every world; k: the scenario's k-th world
        world_id     TEXT,
        route        TEXT NOT NULL,
        stations     TEXT,              -- JSON list of station ids; NULL: all of them
        timers       INTEGER NOT NULL,
        speed_bonus  INTEGER NOT NULL,
        pin_hash     TEXT,
        created_utc  TEXT NOT NULL,
        closed_utc   TEXT
    )""",
    """CREATE TABLE class_students (
        session      TEXT NOT NULL REFERENCES class_sessions (code),
        student_key  TEXT NOT NULL,     -- the name folded (case, spaces): one student, one row
        student      TEXT NOT NULL,
        accommodations TEXT NOT NULL,   -- StudentAccommodations as JSON
        updated_utc  TEXT NOT NULL,
        PRIMARY KEY (session, student_key)
    )""",
    """CREATE TABLE class_records (
        uuid         TEXT PRIMARY KEY,
        session      TEXT NOT NULL,
        student_key  TEXT NOT NULL,
        kind         TEXT NOT NULL,
        at_utc       TEXT NOT NULL,
        received_utc TEXT NOT NULL,
        source       TEXT NOT NULL,     -- push or import
        body         TEXT NOT NULL
    )""",
    "CREATE INDEX class_records_by_session ON class_records (session, at_utc)",
)
# version 3: the 5-point before/after answers, and the games' optional context
# (game/scores/records.py: AGE_BANDS, SITUATIONS)
BELIEF_STATEMENTS: tuple[str, ...] = (
    "ALTER TABLE games ADD COLUMN age_band TEXT",
    "ALTER TABLE games ADD COLUMN situation TEXT",
    BELIEFS_TABLE,
)
TABLES = TABLES + CLASS_TABLES + BELIEF_STATEMENTS

# version 4: the jobs liked and the offers shown (a device's ``interests`` records, which
# replace what an earlier one said of the same game), and the board's count of the jobs liked
INTEREST_TABLES: tuple[str, ...] = (
    """CREATE TABLE liked_jobs (
        game_id    BIGINT NOT NULL REFERENCES games (id),
        world_id   TEXT NOT NULL,
        station_id TEXT NOT NULL,
        PRIMARY KEY (game_id, world_id, station_id)
    )""",
    """CREATE TABLE offers_shown (
        game_id    BIGINT NOT NULL REFERENCES games (id),
        offer_id   TEXT NOT NULL,
        PRIMARY KEY (game_id, offer_id)
    )""",
    """CREATE TABLE day_liked (
        day          TEXT NOT NULL,
        scenario_id  TEXT NOT NULL,
        world_id     TEXT NOT NULL,
        station_id   TEXT NOT NULL,
        games        BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (day, scenario_id, world_id, station_id)
    )""",
)
TABLES = TABLES + INTEREST_TABLES

# version 5: what a game was (game.flow.ROUTES); NULL: a game from a device that did not say
ROUTE_STATEMENTS: tuple[str, ...] = ("ALTER TABLE games ADD COLUMN route TEXT",)
TABLES = TABLES + ROUTE_STATEMENTS

# version n -> the statements that upgrade a version-n database to n + 1
MIGRATIONS: dict[int, Sequence[str]] = {
    1: CLASS_TABLES,
    2: BELIEF_STATEMENTS,
    3: INTEREST_TABLES,
    4: ROUTE_STATEMENTS,
}

ID_COLUMN = {
    "sqlite": "INTEGER PRIMARY KEY",
    "postgresql": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
}


def plan(dialect: str, version: int) -> list[tuple[int, list[str]]]:
    """The steps that bring a database at ``version`` (0: empty) to the current one.

    Each step is (the version it reaches, its statements); raises RuntimeError when this
    program cannot use the database (newer, or no way up).
    """
    if version > SCHEMA_VERSION:
        raise RuntimeError(f"the hub database has schema version {version}, newer than this "
                           f"program's {SCHEMA_VERSION}: update the game on the hub")
    if version == 0:
        return [(SCHEMA_VERSION, [s.replace("{id}", ID_COLUMN[dialect]) for s in TABLES])]
    steps: list[tuple[int, list[str]]] = []
    for step in range(version, SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise RuntimeError(f"no migration from hub schema version {step}")
        steps.append((step + 1, [s.replace("{id}", ID_COLUMN[dialect]) for s in MIGRATIONS[step]]))
    return steps
