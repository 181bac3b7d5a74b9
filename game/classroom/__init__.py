"""Classroom sessions (issue 11): a trainer's session code, students' records, the debrief.

The contract every part of the classroom shares lives here, so the hub side (sessions,
dashboard, report, import) and the game side (« J'ai un code », accommodations, offline
play, projector mode) agree without reading each other:

- :mod:`game.classroom.code`: the 6-letter session code, which also carries the session's
  content (world, route, timers) so that a PC with no network can play it;
- :mod:`game.classroom.journal`: what a student's PC records (join, each station, the
  beliefs, the end; a projector's tallies), one JSON object per line, the same records
  whether they are pushed to the hub or written to a file for ``class import``;
- :mod:`game.classroom.spec`: what the hub tells a student's PC about the session
  (content, settings, that student's accommodations).

The trainer's side, on the hub's database: :mod:`~game.classroom.sessions` (sessions,
accommodations, records once by UUID), :mod:`~game.classroom.choice` (``class new``'s
checks against the scenario), :mod:`~game.classroom.roster`, :mod:`~game.classroom.debrief`
(the class's results, one value for the dashboard, the CSV and the print), :mod:`~game.
classroom.report` (the CSV files) and :mod:`~game.classroom.cli` (``main.py class …``); the
hub's routes and pages are in :mod:`game.hub.classapi` and :mod:`game.hub.classpages`.

See docs/classroom-protocol.md for the HTTP side and docs/CLASSE.md for the trainer's guide.
"""
