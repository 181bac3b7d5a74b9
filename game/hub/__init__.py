"""The hub: many devices, one place (``python main.py hub``; see docs/EVENT.md).

Devices keep writing into their own score file first; each write also lands in the file's
outbox (:mod:`game.scores.outbox`), which a background thread (:mod:`game.hub.sync`) pushes
to the hub in batches. The hub keeps the facts append-only, keyed by the UUID the device gave
them, in SQLite (default) or PostgreSQL, and serves the big-screen board, the summary and the
report's rows. Modules:

- :mod:`game.hub.wire`: what crosses the network (pydantic models, limits);
- :mod:`game.hub.db` and :mod:`game.hub.schema`: the two backends, the versioned schema;
- :mod:`game.hub.ingest`, :mod:`game.hub.queries`: storing a batch, reading boards and rows;
- :mod:`game.hub.server`, :mod:`game.hub.keys`: the HTTP service and its event key;
- :mod:`game.hub.client`, :mod:`game.hub.sync`: the device side;
- :mod:`game.hub.board`: the big-screen scene (``main.py --board``).

Nothing here but :mod:`game.hub.board` imports pygame.
"""
