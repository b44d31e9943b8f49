"""Work-around for shiboken6 6.12 on Python 3.11: calls into Qt drop references to ``None`` (and
to ``True`` / ``False``) that they never took.

Python 3.12 made these singletons immortal, so the bug is harmless there; on 3.11 the reference count
of ``None`` falls by one per call of a method that returns nothing (``QPainter.save``,
``QGlyphRun.setPositions``, ``QImage.fill`` …, and ``QModelIndex.data`` when the model answers None),
and some path does the same to a boolean. After some ten thousand calls the interpreter aborts with
"none_dealloc: deallocating None" (or "bool_dealloc"). The preview paints thousands of glyph runs,
so the window would crash within minutes. shiboken6 6.11 does not have the bug (measured: 0
references lost over 100 calls, against 100 with 6.12.0).

`keep_none_alive` gives these singletons reference counts no program can exhaust, only when the
installed shiboken6 is a 6.12 release and Python is older than 3.12. It reads the version from the
package metadata and does not import Qt, so it may run before anything else.
"""

from __future__ import annotations

import ctypes
import importlib.metadata
import sys

_RESERVE = 1 << 40  # a trillion calls


def affected() -> bool:
    if sys.version_info >= (3, 12):
        return False
    try:
        version = importlib.metadata.version("shiboken6")
    except importlib.metadata.PackageNotFoundError:
        return False
    return version.startswith("6.12.")


_SINGLETONS: tuple[object, ...] = (None, True, False, Ellipsis, NotImplemented)


def keep_none_alive() -> bool:
    """Apply the work-around if this interpreter needs it; True when it was applied (once)."""
    if not affected() or sys.getrefcount(None) > _RESERVE // 2:
        return False
    for singleton in _SINGLETONS:
        # ob_refcnt is the first field of every PyObject (CPython < 3.12 layout).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    return True
