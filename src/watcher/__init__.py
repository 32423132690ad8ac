"""watcher: watch news feeds for events and alert when they appear or change status."""

__version__ = "0.1.0"
HOMEPAGE = "https://github.com/watcher-news/watcher"
USER_AGENT = f"watcher/{__version__} (+{HOMEPAGE})"
