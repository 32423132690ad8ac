"""`python -m watcher` is the same as the `watcher` command."""

from watcher.cli import main

if __name__ == "__main__":  # not when a spawned worker imports this module
    raise SystemExit(main())
