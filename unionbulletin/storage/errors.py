"""What can go wrong with the data file, each with a Chinese message that names the file.

The command line prints `str(exc)` and exits 3; the window shows the same text in a dialog.
"""

from __future__ import annotations

from pathlib import Path


class FileDamage(Exception):
    """Internal: the bytes are not a usable database; the message is the Chinese reason."""


class StorageError(Exception):
    """A problem with the data file; `str()` is a message for the user."""

    def __init__(self, path: Path, message: str) -> None:
        self.path = Path(path)
        super().__init__(message)


def _backup_hint(backup: Path | None) -> str:
    if backup is None:
        return "没有找到完好的备份。"
    return f"最近的完好备份：{backup}（可复制一份改名后用 --db 打开）。"


class DatabaseDamaged(StorageError):
    """The file cannot be read as a unionbulletin database; it was not touched."""

    def __init__(self, path: Path, backup: Path | None, reason: str = "") -> None:
        self.backup = backup
        self.reason = reason
        why = f"（{reason}）" if reason else ""
        super().__init__(
            path, f"数据文件 {path} 已损坏，无法读取{why}。程序没有改动它。{_backup_hint(backup)}"
        )


class DatabaseLocked(StorageError):
    """Another copy of the program has the file open for writing.

    ``holder`` is what the other copy said it is ("window", "command"; "" when unknown), so a
    refused command never blames a window that is not open."""

    def __init__(self, path: Path, holder: str = "") -> None:
        self.holder = holder
        if holder == "window":
            text = "正被另一个 unionbulletin 窗口使用，不能同时写入。请先关闭那个窗口；也可以只读方式打开。"
        elif holder == "command":
            text = (
                "正被另一个 unionbulletin 命令（如正在进行的导入）使用，不能同时写入。请等它完成后重试；"
                "只读的查看（list、show）不受影响。"
            )
        else:
            text = "正被另一个 unionbulletin 程序使用，不能同时写入。请等它结束后重试；也可以只读方式打开。"
        super().__init__(path, f"数据文件 {path} {text}")


class DataFolderNotWritable(StorageError):
    """The lock file cannot be created beside the data file (a read-only folder, a CD, a share)."""

    def __init__(self, path: Path, folder: Path, reason: str) -> None:
        super().__init__(
            path, f"无法在 {folder} 中创建锁文件（{reason}），不能写入数据文件 {path}；可以只读方式打开。"
        )


class DatabaseTooNew(StorageError):
    """The file was written by a newer version of the program; it was not touched."""

    def __init__(self, path: Path, version: int, supported: int = 0, backup: Path | None = None) -> None:
        self.version = version
        self.backup = backup
        limit = f"，本程序只支持到 {supported}" if supported else ""
        hint = f"最近的备份：{backup}。" if backup else ""
        super().__init__(
            path,
            f"数据文件 {path} 由更新版本的 unionbulletin 写入"
            f"（数据格式版本 {version}{limit}）。程序没有改动它，"
            f"请升级 unionbulletin 后再打开。{hint}",
        )


class DatabaseReadOnly(StorageError):
    """A write was attempted on a database opened read-only."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, f"数据文件 {path} 是以只读方式打开的，不能保存修改。")


class DatabaseWriteFailed(StorageError):
    """The new state could not be written; the file on disk keeps the previous state."""

    def __init__(self, path: Path, reason: str) -> None:
        self.reason = reason
        super().__init__(
            path, f"无法保存到数据文件 {path}：{reason}。文件保持上一次保存的内容，请处理后重试。"
        )


class WriteRefused(StorageError):
    """Nothing was written: the content would exceed a limit or could not be opened again as it is.

    `reasons` are the Chinese sentences; the file keeps its previous state.
    """

    def __init__(self, path: Path, reasons: list[str]) -> None:
        self.reasons = reasons
        super().__init__(path, "没有保存：" + "".join(reasons) + f"数据文件 {path} 保持上一次保存的内容。")
