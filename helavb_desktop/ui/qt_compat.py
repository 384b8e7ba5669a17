"""Work-arounds for bugs in the PySide6 release we run on.

PySide6 6.12.0 on Python 3.11: methods return ``None`` (every void method: ``setText``,
``processEvents`` ...) and ``True`` (``SignalInstance.emit``) without taking a reference.
The wheel seems to assume Python 3.12's immortal singletons; on 3.11 each such call lowers
the singleton's reference count by one, and after a few hundred or thousand calls the app
dies with ``Fatal Python error: none_dealloc`` (or ``bool_dealloc``).

``apply()`` measures whether the running PySide6 leaks and, if so, makes ``None``, ``True``
and ``False`` effectively immortal the way Python 3.12 does: their reference counts are raised
far beyond what any session could drop. They are static objects that are never freed, so a
large count changes nothing else. Harmless and skipped on Python >= 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_PADDING = 1 << 40  # a trillion leaked references
_applied = False


def leaks() -> dict[str, int]:
    """References to None/True lost per call of a void method and of ``emit()``."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    calls = 16
    none_before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    none_lost = none_before - sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(calls):
        probe.ping.emit()
    true_lost = true_before - sys.getrefcount(True)
    # Give back what the probe itself took, whatever apply() decides.
    for obj, lost in ((None, none_lost), (True, true_lost)):
        for _ in range(max(lost, 0)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
    return {"None": none_lost // calls, "True": true_lost // calls}


def apply() -> None:
    global _applied
    if _applied:
        return
    _applied = True
    if sys.version_info >= (3, 12):  # None, True and False are immortal there
        return
    lost = leaks()
    if not any(n > 0 for n in lost.values()):
        return
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))
        count.value += _PADDING
    log.info("PySide6 leaks references to singletons (%s); padded their counts", lost)
