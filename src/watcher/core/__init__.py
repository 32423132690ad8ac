"""The pure core: watch matching, status cues, event clustering, the event state machine and
alert decisions. Nothing here does I/O or reads the clock: ``now`` is always passed in."""
