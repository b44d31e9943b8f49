"""Operating-system errors become Chinese sentences that say what to do, with no English OS text
(issue 13; issue 12, finding 14): each mapping, then end to end through export, storage and import."""

from __future__ import annotations

import errno
import json
import os
import re
from pathlib import Path

import pytest
from _cli import run_cli

from unionbulletin import fileio, os_errors
from unionbulletin.domain import Bulletin, OrgSettings
from unionbulletin.domain.exchange import from_exchange
from unionbulletin.export import ExportError, export_bulletin
from unionbulletin.importers import ImportError_, import_file
from unionbulletin.storage import Database, StorageError

ENGLISH_OS_TEXT = re.compile(
    r"Permission denied|Is a directory|No such file|Errno|WinError|No space|"
    r"File name too long|Read-only|being used by another process",
    re.I,
)


def windows_error(winerror: int, err: int = errno.EACCES) -> OSError:
    exc = OSError(err, "English text from Windows")
    exc.winerror = winerror  # type: ignore[attr-defined]  # (set by Python only on Windows)
    return exc


@pytest.mark.parametrize(
    ("winerror", "expected"),
    [
        (32, os_errors.SHARING),  # ERROR_SHARING_VIOLATION
        (33, os_errors.SHARING),  # ERROR_LOCK_VIOLATION
        (5, os_errors.ACCESS),  # ERROR_ACCESS_DENIED
        (206, os_errors.TOO_LONG),  # ERROR_FILENAME_EXCED_RANGE
        (112, os_errors.DISK_FULL),  # ERROR_DISK_FULL
        (39, os_errors.DISK_FULL),  # ERROR_HANDLE_DISK_FULL
        (19, os_errors.READ_ONLY_DISK),  # ERROR_WRITE_PROTECT
        (2, os_errors.NOT_FOUND),
        (3, os_errors.NOT_FOUND),
        (123, os_errors.INVALID_NAME),
        (21, os_errors.NOT_READY),
        (225, os_errors.VIRUS),
        (53, os_errors.NETWORK),
    ],
)
def test_windows_errors(winerror: int, expected: str) -> None:
    # The Windows code wins over the errno Python derives from it (32 and 5 both become EACCES).
    assert os_errors.reason(windows_error(winerror)) == expected


@pytest.mark.parametrize(
    ("err", "expected"),
    [
        (errno.EACCES, os_errors.ACCESS),
        (errno.EPERM, os_errors.ACCESS),
        (errno.EROFS, os_errors.READ_ONLY_DISK),
        (errno.ENAMETOOLONG, os_errors.TOO_LONG),
        (errno.ENOSPC, os_errors.DISK_FULL),
        (errno.EDQUOT, os_errors.DISK_FULL),
        (errno.ENOENT, os_errors.NOT_FOUND),
        (errno.EISDIR, os_errors.IS_DIRECTORY),
        (errno.ENOTDIR, os_errors.NOT_DIRECTORY),
        (errno.EBUSY, os_errors.SHARING),
        (errno.EIO, os_errors.IO_ERROR),
        (errno.ELOOP, os_errors.LOOP),
    ],
)
def test_errno(err: int, expected: str) -> None:
    assert os_errors.reason(OSError(err, os.strerror(err))) == expected


def test_subclasses_without_errno_and_unknown_codes() -> None:
    assert os_errors.reason(PermissionError("denied")) == os_errors.ACCESS
    assert os_errors.reason(FileNotFoundError("gone")) == os_errors.NOT_FOUND
    unknown = os_errors.reason(windows_error(99999, 99999))
    assert "99999" in unknown and not ENGLISH_OS_TEXT.search(unknown)
    assert "未知" in os_errors.reason(OSError("no code at all"))


def test_every_sentence_is_chinese_and_says_what_to_do() -> None:
    sentences = {v for k, v in vars(os_errors).items() if k.isupper() and isinstance(v, str)}
    assert len(sentences) >= 18
    for sentence in sentences:
        assert "请" in sentence, sentence  # an instruction, not only a diagnosis
        assert not sentence.endswith("。"), sentence  # the caller ends the sentence
        assert not ENGLISH_OS_TEXT.search(sentence)


# ---- end to end ---------------------------------------------------------------------------------


def sample(fixtures_dir: Path) -> Bulletin:
    return from_exchange(json.loads((fixtures_dir / "sample-2020.json").read_text(encoding="utf-8")))


def assert_clean(message: str, expected: str) -> None:
    assert expected in message
    assert not ENGLISH_OS_TEXT.search(message), message


@pytest.mark.slow
def test_cli_export_onto_a_read_only_file(tmp_path: Path) -> None:
    db, target = tmp_path / "b.json", tmp_path / "简报.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)  # the read-only attribute of Windows; refused even for root
    result = run_cli("export", "2", "--pdf", target, db=db)
    assert result.returncode == 2
    assert_clean(result.stderr, os_errors.READ_ONLY_FILE)
    assert "原文件未被改动" in result.stderr
    assert target.read_bytes() == b"old"


def test_cli_export_onto_a_directory(tmp_path: Path) -> None:
    db, target = tmp_path / "b.json", tmp_path / "简报.docx"
    target.mkdir()
    result = run_cli("export", "2", "--docx", target, db=db)
    assert result.returncode == 2
    assert_clean(result.stderr, os_errors.IS_DIRECTORY)
    assert target.is_dir() and not any(target.iterdir())
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(fileio.TEMP_PREFIX)] == []


def test_export_with_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixtures_dir: Path
) -> None:
    bulletin = sample(fixtures_dir)
    target = tmp_path / "out.json"
    target.write_bytes(b"old")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("unionbulletin.fileio.os.fsync", no_space)
    with pytest.raises(ExportError) as caught:
        export_bulletin(bulletin, target, "json", OrgSettings())
    assert_clean(str(caught.value), os_errors.DISK_FULL)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_export_with_a_too_long_name(tmp_path: Path, fixtures_dir: Path) -> None:
    bulletin = sample(fixtures_dir)
    target = tmp_path / ("简" * 200 + ".json")  # 600 bytes: over NAME_MAX
    with pytest.raises(ExportError) as caught:
        export_bulletin(bulletin, target, "json", OrgSettings())
    assert_clean(str(caught.value), os_errors.TOO_LONG)


def test_cli_import_into_a_read_only_data_file_exits_3(tmp_path: Path, fixtures_dir: Path) -> None:
    db = tmp_path / "b.json"
    assert run_cli("list", db=db).returncode == 0
    with Database.open(db):
        pass  # create it
    db.chmod(0o444)
    before = db.read_bytes()
    result = run_cli("import", fixtures_dir / "sample-2018.json", db=db)
    assert result.returncode == 3
    assert_clean(result.stderr, os_errors.READ_ONLY_FILE)
    assert db.read_bytes() == before


def test_lock_file_that_cannot_be_created(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    (tmp_path / "b.json.lock").mkdir()  # where the lock file should be
    with pytest.raises(StorageError) as caught:
        Database.open(db)
    assert not ENGLISH_OS_TEXT.search(str(caught.value)), str(caught.value)
    assert "只读" in str(caught.value)


def test_import_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "八月.txt"
    folder.mkdir()
    with pytest.raises(ImportError_) as caught:
        import_file(folder, OrgSettings())
    assert_clean(str(caught.value), os_errors.IS_DIRECTORY)
