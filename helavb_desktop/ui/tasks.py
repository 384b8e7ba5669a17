"""The one task runner: database work runs on one worker thread, results come back to the GUI.

Modelled on Anki's ``taskman``: one job at a time, so the register never sees two writers
from this process; callables get plain values, never widgets; the GUI thread only receives
the result (or the exception).

The worker hands each finished future to a signal of the runner; Qt queues it to the GUI
thread, where the callbacks run (``deliver`` of the queued connection).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on one worker thread; delivers results on the GUI thread."""

    # Emitted from the worker thread; Qt queues it to the runner's (GUI) thread.
    _completed = Signal(int, object)
    job_finished = Signal(int)  # after the job's callbacks ran, on the GUI thread
    job_failed = Signal(int, object)  # an exception nobody handled (after the default handler)
    busy_changed = Signal(bool)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="helavb-db")
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[OnDone | None, OnError | None]] = {}
        self._completed.connect(self._complete)
        self.error_handler: OnError | None = None  # set by the main window: message or dialog
        self._closed = False

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def is_idle(self) -> bool:
        return not self._callbacks

    @property
    def is_closed(self) -> bool:
        return self._closed

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue ``fn(*args, **kwargs)``; returns a job id (also carried by the signals).

        After ``shutdown`` nothing runs and -1 is returned.
        """
        if self._closed:
            # The window is closing (a late timer or repaint): nothing more is started.
            log.debug("task runner shut down; %s not run", getattr(fn, "__name__", fn))
            return -1
        job_id = next(self._ids)
        was_idle = not self._callbacks
        self._callbacks[job_id] = (on_done, on_error)
        future = self._executor.submit(fn, *args, **kwargs)

        def finished(done: Future[Any]) -> None:
            self._completed.emit(job_id, done)

        future.add_done_callback(finished)
        if was_idle:
            self.busy_changed.emit(True)
        return job_id

    @Slot(int, object)
    def _complete(self, job_id: int, future: Future[Any]) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        try:
            exc = future.exception()
            if exc is None:
                if on_done is not None:
                    on_done(future.result())
            elif on_error is not None:
                on_error(exc)
            else:
                self._report(exc)
                self.job_failed.emit(job_id, exc)
        except Exception as callback_exc:  # a bug in a GUI callback: show it, keep running
            log.exception("callback of job %s failed", job_id)
            self._report(callback_exc)
        finally:
            self.job_finished.emit(job_id)
            if not self._callbacks:
                self.busy_changed.emit(False)
                self.idle.emit()

    def _report(self, exc: BaseException) -> None:
        if self.error_handler is not None:
            self.error_handler(exc)
        else:
            log.error("unhandled task error", exc_info=exc)

    def shutdown(self, wait: bool = True) -> None:
        """Finish the running job (a write must complete), drop queued ones."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)


class ProgressProbe:
    """Progress reported from the worker (``probe(done, total)``), read by a GUI timer.

    A plain attribute swap (atomic under the GIL): the sample data reports every few rows,
    far more often than a progress bar needs repainting, so nothing is queued per report.
    """

    def __init__(self) -> None:
        self.value: tuple[int, int] = (0, 0)

    def __call__(self, done: int, total: int) -> None:
        self.value = (int(done), int(total))
