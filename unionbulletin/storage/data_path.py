"""Which path is the data file, and which paths an export may never write.

`real_data_path` resolves a symbolic link to the file it points at, so the lock, the backups, the
recovery journal and the atomic replace all act beside the real file (a replace of the link itself
would turn it into a plain file and leave the real one behind). Anything but a regular file — a
folder, a named pipe (FIFO), a device, a socket, a link to nothing — is refused at once with a
Chinese message, before anything reads it.

`export_target_problem` is the one check every export uses (the command line's `export`, the
window's export and email export): the target must not be the data file, its lock, its recovery
journal or a backup copy, compared by real path and by `os.path.samefile`, so symbolic and hard links
are caught too.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ..os_errors import reason
from .backups import backup_folder, list_backups
from .errors import StorageError
from .lock import holder_path, lock_path

JOURNAL_SUFFIX = ".recovery.json"  # controller.journal.journal_path names the journal this way


def journal_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + JOURNAL_SUFFIX)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "文件夹"
    if stat.S_ISFIFO(mode):
        return "命名管道（FIFO）"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备"
    if stat.S_ISSOCK(mode):
        return "套接字"
    return "特殊文件"


def real_data_path(path: Path | str) -> Path:
    """The absolute path of the data file with symbolic links resolved; StorageError unless it is a
    regular file or does not exist yet (then it will be created there)."""
    path = Path(path).expanduser().absolute()
    if not os.path.lexists(path):
        return path
    real = Path(os.path.realpath(path))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError as exc:
        raise StorageError(
            path,
            f"数据文件 {path} 是一个链接，指向的 {real} 不存在。"
            "请检查链接（例如 U 盘是否已插入），或用 --db 指定数据文件。",
        ) from exc
    except OSError as exc:
        raise StorageError(path, f"无法读取数据文件 {path}：{reason(exc)}") from exc
    if not stat.S_ISREG(mode):
        shown = path if real == path else f"{path}（指向 {real}）"
        raise StorageError(
            path,
            f"{shown} 是{_kind(mode)}，不是数据文件。程序没有读取或改动它；"
            "请用 --db 指定一个 .json 数据文件。",
        )
    return real


def _protected(db_path: Path) -> list[Path]:
    given = Path(db_path).expanduser().absolute()
    real = Path(os.path.realpath(given))
    out: list[Path] = []
    for base in dict.fromkeys((given, real)):
        out += [base, lock_path(base), holder_path(base), journal_path(base), *list_backups(base)]
    return out


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def export_target_problem(target: Path | str, db_path: Path | str) -> str | None:
    """Why `target` must not be written by an export (a Chinese sentence), or None when it may."""
    target = Path(target).expanduser().absolute()
    real_target = Path(os.path.realpath(target))
    db = Path(db_path)
    message = (
        f"不能导出到 {target}：这是数据文件 {db.name} 或它的锁文件、恢复文件、备份，"
        "覆盖它会毁掉全部简报。请另选文件名或文件夹。"
    )
    for p in _protected(db):
        if real_target == Path(os.path.realpath(p)):
            return message
        with contextlib.suppress(OSError):
            if target.exists() and p.exists() and os.path.samefile(target, p):
                return message
    real_db = Path(os.path.realpath(Path(db).expanduser().absolute()))
    for folder in dict.fromkeys((backup_folder(db.expanduser().absolute()), backup_folder(real_db))):
        if _inside(real_target, Path(os.path.realpath(folder))):
            return f"不能导出到 {target}：备份文件夹 {folder} 只存放数据文件的备份。请另选文件夹。"
    return None
