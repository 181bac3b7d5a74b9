"""Cap Industrie: `python main.py` plays; `python main.py --help` lists the options."""
import os
import sys

# Before pygame is imported anywhere: no banner, and no screen or sound card when headless.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
if "--headless" in sys.argv or (len(sys.argv) > 1 and sys.argv[1] == "validate"):
    from game import use_headless_drivers

    use_headless_drivers()

from game.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
