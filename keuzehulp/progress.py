"""A progress bar on stderr: only on a terminal, and only once the work takes more than a moment."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TextIO

BAR_WIDTH = 20


class Progress:
    """Shows which stage of ``stages`` is running, as a bar, when ``stream`` is a terminal."""

    def __init__(self, stages: Sequence[str], stream: TextIO | None = None, delay: float = 0.4):
        self.stages = list(stages)
        self.stream = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.delay = delay
        self.started = time.monotonic()
        self.done_count = 0
        self.shown = False

    def stage(self, name: str) -> None:
        """Mark the start of stage ``name`` (one of ``stages``)."""
        self.done_count = self.stages.index(name) if name in self.stages else self.done_count
        if self.enabled and time.monotonic() - self.started >= self.delay:
            self._draw(name)

    def finish(self) -> None:
        """Clear the bar, so that what follows starts on a clean line."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def _draw(self, name: str) -> None:
        filled = BAR_WIDTH * self.done_count // max(len(self.stages), 1)
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        self.stream.write(f"\r\033[K{bar} {self.done_count + 1}/{len(self.stages)} {name}")
        self.stream.flush()
        self.shown = True


class Silent:
    """A stand-in with the same methods that shows nothing (pipes, --quiet, library use)."""

    def stage(self, name: str) -> None:
        pass

    def finish(self) -> None:
        pass
