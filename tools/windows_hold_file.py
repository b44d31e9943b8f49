"""Hold a file open the way another Windows program would (run by the Windows Python under Wine).

    python windows_hold_file.py PATH none|read|readwrite

Opens PATH with CreateFileW for reading and writing and the given share mode, prints "held", and keeps
it open until its standard input is closed. Used by tools/windows_wine.py for the share-mode checks.
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes

GENERIC_READ = 0x80000000
GENERIC_WRITE = 0x40000000
OPEN_EXISTING = 3
FILE_ATTRIBUTE_NORMAL = 0x80
SHARE_MODES = {"none": 0, "read": 1, "readwrite": 1 | 2}  # FILE_SHARE_READ = 1, FILE_SHARE_WRITE = 2


def main() -> int:
    path, mode = sys.argv[1], sys.argv[2]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    create = kernel32.CreateFileW
    create.restype = wintypes.HANDLE
    create.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    ]
    handle = create(
        path,
        GENERIC_READ | GENERIC_WRITE,
        SHARE_MODES[mode],
        None,
        OPEN_EXISTING,
        FILE_ATTRIBUTE_NORMAL,
        None,
    )
    if handle is None or handle == ctypes.c_void_p(-1).value:
        print(f"error {ctypes.get_last_error()}", flush=True)  # type: ignore[attr-defined]
        return 1
    print("held", flush=True)
    sys.stdin.read()  # until the caller closes the pipe
    kernel32.CloseHandle(handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
