"""Chinese sentences for the operating-system errors met when reading, writing or replacing a file.

`reason(exc)` turns an `OSError` into one Chinese clause that says what happened and what to do,
without the English OS text ("Permission denied", "[WinError 32] …"). The Windows error code is
used first when there is one (it is more precise than the errno Python derives from it), then the
errno. Callers write "无法写入 {path}：{reason(exc)}。" and add what happened to the old file.
"""

from __future__ import annotations

import errno

# One clause per kind; no final full stop (the caller ends the sentence).
SHARING = "文件正被其他程序（如 WPS、Word、杀毒软件或网盘同步程序）打开，请关闭该程序后重试"
ACCESS = (
    "没有访问权限，或文件正被其他程序占用：请关闭可能打开它的程序（如 WPS、Word），"
    "检查文件属性中是否勾选了“只读”、文件夹是否允许写入，或换一个文件夹后重试"
)
READ_ONLY_FILE = "文件设为了只读，请在文件属性中取消“只读”后重试，或换一个文件名保存"
READ_ONLY_DISK = "磁盘或 U 盘是只读的（或打开了写保护），请换一个可以写入的位置"
TOO_LONG = "路径或文件名太长，请换一个较短的文件名，或保存到层次较浅的文件夹（如桌面）"
DISK_FULL = "磁盘空间不足，请清理磁盘或换一个空间足够的位置后重试"
NOT_FOUND = "文件或文件夹不存在，请检查路径是否正确、U 盘或网络盘是否已连接"
IS_DIRECTORY = "这是一个文件夹而不是文件，请选择或输入一个文件名"
NOT_DIRECTORY = "路径中有一部分不是文件夹，请检查路径是否正确"
INVALID_NAME = '文件名含有不允许的字符（如 \\ / : * ? " < > |）或格式不对，请改用其他文件名'
EXISTS = "同名的文件或文件夹已经存在，请换一个名字"
NOT_READY = "磁盘没有准备好（U 盘或光盘可能已经拔出），请重新插入后重试"
IO_ERROR = "读写磁盘时出错，磁盘可能损坏或 U 盘已经拔出，请换一个位置保存并检查磁盘"
NETWORK = "网络位置无法访问，请检查网络连接，或先保存到本机"
TOO_MANY_FILES = "同时打开的文件太多，请关闭一些程序后重试"
VIRUS = "杀毒软件阻止了这个文件，请检查杀毒软件的隔离区，或把该文件夹加入信任后重试"
LOOP = "路径中的快捷链接（符号链接）形成了循环，请检查路径"
TOO_BIG = "文件太大，超出了这个磁盘允许的大小，请换一个位置保存"
OTHER = "操作系统报告了错误（错误代码 {code}），请检查文件和所在文件夹后重试"

# Windows system error codes (winerror.h).
_BY_WINERROR: dict[int, str] = {
    2: NOT_FOUND,  # ERROR_FILE_NOT_FOUND
    3: NOT_FOUND,  # ERROR_PATH_NOT_FOUND
    4: TOO_MANY_FILES,  # ERROR_TOO_MANY_OPEN_FILES
    5: ACCESS,  # ERROR_ACCESS_DENIED (also os.replace onto a file another program holds open)
    15: NOT_FOUND,  # ERROR_INVALID_DRIVE
    19: READ_ONLY_DISK,  # ERROR_WRITE_PROTECT
    21: NOT_READY,  # ERROR_NOT_READY
    23: IO_ERROR,  # ERROR_CRC
    29: IO_ERROR,  # ERROR_WRITE_FAULT
    30: IO_ERROR,  # ERROR_READ_FAULT
    32: SHARING,  # ERROR_SHARING_VIOLATION
    33: SHARING,  # ERROR_LOCK_VIOLATION
    39: DISK_FULL,  # ERROR_HANDLE_DISK_FULL
    53: NETWORK,  # ERROR_BAD_NETPATH
    59: NETWORK,  # ERROR_UNEXP_NET_ERR
    64: NETWORK,  # ERROR_NETNAME_DELETED
    67: NETWORK,  # ERROR_BAD_NET_NAME
    80: EXISTS,  # ERROR_FILE_EXISTS
    112: DISK_FULL,  # ERROR_DISK_FULL
    123: INVALID_NAME,  # ERROR_INVALID_NAME
    161: INVALID_NAME,  # ERROR_BAD_PATHNAME
    183: EXISTS,  # ERROR_ALREADY_EXISTS
    206: TOO_LONG,  # ERROR_FILENAME_EXCED_RANGE
    223: TOO_BIG,  # ERROR_FILE_TOO_LARGE
    225: VIRUS,  # ERROR_VIRUS_INFECTED
    226: VIRUS,  # ERROR_VIRUS_DELETED
    267: NOT_DIRECTORY,  # ERROR_DIRECTORY
    1117: IO_ERROR,  # ERROR_IO_DEVICE
    1224: SHARING,  # ERROR_USER_MAPPED_FILE
    1231: NETWORK,  # ERROR_NETWORK_UNREACHABLE
    1392: IO_ERROR,  # ERROR_FILE_CORRUPT
    1920: ACCESS,  # ERROR_CANT_ACCESS_FILE
}

_BY_ERRNO: dict[int, str] = {
    errno.EACCES: ACCESS,
    errno.EPERM: ACCESS,
    errno.EROFS: READ_ONLY_DISK,
    errno.ENAMETOOLONG: TOO_LONG,
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.ENOENT: NOT_FOUND,
    errno.EISDIR: IS_DIRECTORY,
    errno.ENOTDIR: NOT_DIRECTORY,
    errno.EEXIST: EXISTS,
    errno.EINVAL: INVALID_NAME,
    errno.EBUSY: SHARING,
    errno.ETXTBSY: SHARING,
    errno.EIO: IO_ERROR,
    errno.ENXIO: NOT_READY,
    errno.ENODEV: NOT_READY,
    errno.EMFILE: TOO_MANY_FILES,
    errno.ENFILE: TOO_MANY_FILES,
    errno.ELOOP: LOOP,
    errno.EFBIG: TOO_BIG,
    errno.ENETDOWN: NETWORK,
    errno.ENETUNREACH: NETWORK,
    errno.EHOSTUNREACH: NETWORK,
    errno.ETIMEDOUT: NETWORK,
    errno.ESTALE: NETWORK,
}


class ExplainedOSError(OSError):
    """An OSError whose `strerror` already is the Chinese clause (raised by fileio)."""


def reason(exc: OSError) -> str:
    """The Chinese clause for `exc`: what happened and what to do (no final full stop)."""
    if isinstance(exc, ExplainedOSError) and exc.strerror:
        return exc.strerror
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _BY_WINERROR:
        return _BY_WINERROR[winerror]
    if isinstance(exc.errno, int) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno]
    if isinstance(exc, FileNotFoundError):
        return NOT_FOUND
    if isinstance(exc, IsADirectoryError):
        return IS_DIRECTORY
    if isinstance(exc, PermissionError):
        return ACCESS
    code = winerror if isinstance(winerror, int) else exc.errno
    return OTHER.format(code=code if code is not None else "未知")
