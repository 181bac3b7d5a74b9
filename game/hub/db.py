"""The hub's two backends behind one small interface: SQLite (a file) or PostgreSQL (a pool).

Statements are written once with ``:name`` parameters (SQLite's style) and turned into
psycopg's ``%(name)s`` for PostgreSQL; values always travel as parameters, never in the text.
``write()`` is one transaction (committed at the end of the block, rolled back if it raises);
``read()`` one consistent snapshot.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, Self

from game.hub import schema

Params = Mapping[str, Any]
HUB_FILE = "hub.db"
_LOCK_ID = 7_270_010  # PostgreSQL advisory lock taken while the schema is migrated


class Tx(Protocol):
    def run(self, sql: str, params: Params | None = None) -> int:
        """Execute; return the number of rows changed."""

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        """Execute; return every row."""

    def many(self, sql: str, params: Sequence[Params]) -> None:
        """Execute once per parameter set."""

    def returning(self, sql: str, params: Sequence[Params]) -> list[tuple[Any, ...] | None]:
        """Execute once per parameter set; each one's first returned row (None if none)."""


class Database(ABC):
    dialect: str
    where: str  # for messages: the file, or the server without its password

    @abstractmethod
    def write(self) -> Any:
        """A context manager giving a :class:`Tx` in one transaction."""

    @abstractmethod
    def read(self) -> Any:
        """A context manager giving a :class:`Tx` on one snapshot."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def _has_version_table(self, tx: Tx) -> bool: ...

    def prepare(self) -> int:
        """Create the tables or migrate them; return the schema version now in force."""
        with self.write() as tx:
            if self.dialect == "postgresql":
                tx.rows("SELECT pg_advisory_xact_lock(:lock)", {"lock": _LOCK_ID})
            if not self._has_version_table(tx):
                tx.run("CREATE TABLE hub_schema (version INTEGER NOT NULL)")
                tx.run("INSERT INTO hub_schema (version) VALUES (0)")
            version = int(tx.rows("SELECT version FROM hub_schema")[0][0])
            steps = schema.plan(self.dialect, version)
            for target, statements in steps[:1]:  # the first step in this transaction
                for statement in statements:
                    tx.run(statement)
                tx.run("UPDATE hub_schema SET version = :v", {"v": target})
        for target, statements in steps[1:]:
            with self.write() as tx:
                for statement in statements:
                    tx.run(statement)
                tx.run("UPDATE hub_schema SET version = :v", {"v": target})
        return schema.SCHEMA_VERSION

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _SqliteTx:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def run(self, sql: str, params: Params | None = None) -> int:
        return int(self.conn.execute(sql, params or {}).rowcount)

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(sql, params or {}).fetchall()]

    def many(self, sql: str, params: Sequence[Params]) -> None:
        if params:
            self.conn.executemany(sql, params)

    def returning(self, sql: str, params: Sequence[Params]) -> list[tuple[Any, ...] | None]:
        out: list[tuple[Any, ...] | None] = []
        for p in params:
            row = self.conn.execute(sql, p).fetchone()
            out.append(None if row is None else tuple(row))
        return out


class SqliteDatabase(Database):
    """One file; one writing connection and one reading connection (WAL lets both run)."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.where = str(path)
        self._writer = self._connect()
        self._reader = self._connect()
        self._wlock = threading.Lock()
        self._rlock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10.0, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL").fetchone()
        conn.execute("PRAGMA synchronous=FULL")  # an acknowledged batch survives a power cut
        conn.execute("PRAGMA cache_size=-65536")  # 64 MB: a million games' indexes stay warm
        return conn

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self._wlock:
            self._writer.execute("BEGIN IMMEDIATE")
            try:
                yield _SqliteTx(self._writer)
            except BaseException:
                self._writer.execute("ROLLBACK")
                raise
            self._writer.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self._rlock:
            self._reader.execute("BEGIN")
            try:
                yield _SqliteTx(self._reader)
            finally:
                self._reader.execute("COMMIT")

    def _has_version_table(self, tx: Tx) -> bool:
        return bool(tx.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'hub_schema'"))

    def close(self) -> None:
        with self._wlock, self._rlock:
            with suppress(sqlite3.Error):
                self._writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._writer.close()
            self._reader.close()


@lru_cache(maxsize=512)
def pg_text(sql: str) -> str:
    """``:name`` parameters as psycopg's ``%(name)s`` (a literal % doubled)."""
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql.replace("%", "%%"))


class _PgTx:
    def __init__(self, cur: Any) -> None:
        self.cur = cur

    def run(self, sql: str, params: Params | None = None) -> int:
        self.cur.execute(pg_text(sql), params or {})
        return int(self.cur.rowcount)

    def rows(self, sql: str, params: Params | None = None) -> list[tuple[Any, ...]]:
        self.cur.execute(pg_text(sql), params or {})
        return [tuple(r) for r in self.cur.fetchall()]

    def many(self, sql: str, params: Sequence[Params]) -> None:
        if params:
            self.cur.executemany(pg_text(sql), params)

    def returning(self, sql: str, params: Sequence[Params]) -> list[tuple[Any, ...] | None]:
        """One round trip for the lot (psycopg pipelines ``executemany``)."""
        if not params:
            return []
        self.cur.executemany(pg_text(sql), params, returning=True)
        out: list[tuple[Any, ...] | None] = []
        while True:
            row = self.cur.fetchone()
            out.append(None if row is None else tuple(row))
            if not self.cur.nextset():
                break
        return out


class PostgresDatabase(Database):
    """A PostgreSQL server through a psycopg 3 connection pool."""

    dialect = "postgresql"

    def __init__(self, url: str, max_size: int = 8) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self.where = _without_password(url)
        self.pool = ConnectionPool(url, min_size=1, max_size=max_size, open=False,
                                   kwargs={"autocommit": True}, name="cap-hub")
        self.pool.open(wait=True, timeout=10.0)

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            yield _PgTx(cur)

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self.pool.connection() as conn, conn.transaction(), conn.cursor() as cur:
            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield _PgTx(cur)

    def _has_version_table(self, tx: Tx) -> bool:
        return tx.rows("SELECT to_regclass('hub_schema') IS NOT NULL")[0][0] is True

    def close(self) -> None:
        self.pool.close()


def is_server_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def open_database(db: str | None, data_dir: Path) -> Database:
    """PostgreSQL when ``db`` is a ``postgresql://`` URL, else SQLite (``db`` or the data folder's).

    The schema is created or migrated before this returns.
    """
    database: Database
    if db and is_server_url(db):
        database = PostgresDatabase(db)
    else:
        database = SqliteDatabase(Path(db) if db else data_dir / HUB_FILE)
    try:
        database.prepare()
    except BaseException:
        database.close()
        raise
    return database


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
