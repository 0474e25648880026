"""Progress of long runs: a live bar on a terminal, plain log lines otherwise, nothing with --quiet."""

from __future__ import annotations

import sys
import time

LOG_EVERY_SECONDS = 10.0


class Progress:
    def __init__(self, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.articles = 0
        self.events = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar = None
        if not quiet and self.stream.isatty():
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
            self._task = self._bar.add_task("starting")
            self._bar.start()

    def update(self, events: int) -> None:
        self.articles += 1
        self.events += events
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(self._task, description=self._line(now))
        elif not self.quiet and now - self._last_log >= LOG_EVERY_SECONDS:
            self._last_log = now
            print(f"kg: {self._line(now)}", file=self.stream, flush=True)

    def _line(self, now: float) -> str:
        rate = self.articles / max(now - self.started, 1e-9)
        return f"{self.articles} articles, {self.events} events, {rate:.1f} articles/s"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def note(self, message: str) -> None:
        if not self.quiet:
            print(f"kg: {message}", file=self.stream, flush=True)
