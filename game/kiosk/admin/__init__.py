"""The organiser's screens: PIN pad, menu (today's figures, export, report, leaderboard,
scenario, language, quit), destination folders and confirmations."""
