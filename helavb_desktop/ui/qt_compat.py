"""Work-arounds for bugs in the PySide6 release we run on.

PySide6 6.12.0: ``SignalInstance.emit()`` returns ``True`` without taking a reference, so
every emit from Python lowers ``True``'s reference count by one. On Python 3.11 (where
``True`` is not yet immortal) the app dies with ``Fatal Python error: bool_dealloc`` after a
few hundred emits. ``apply()`` measures whether the running PySide6 has the bug and, if so,
makes ``True`` effectively immortal the way Python 3.12 does: its reference count is raised
far beyond what any session could ever emit. ``True`` is a static object that is never freed,
so a large count changes nothing else. Remove once PySide6 is fixed or Python >= 3.12.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PADDING = 1 << 40  # a trillion emits
_applied = False


def emit_leaks_true() -> bool:
    """Whether ``Signal.emit()`` drops a reference to ``True`` in this PySide6."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    after = sys.getrefcount(True)
    # Measuring repairs nothing yet: give back what the probe took.
    for _ in range(before - after):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return after < before


def apply() -> None:
    global _applied
    if _applied:
        return
    _applied = True
    if sys.version_info >= (3, 12):  # True is immortal there
        return
    if not emit_leaks_true():
        return
    count = ctypes.c_ssize_t.from_address(id(True))
    count.value += _PADDING
    log.info("PySide6 emit() reference leak on True: padded its reference count")
