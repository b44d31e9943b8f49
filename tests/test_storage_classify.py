"""A file that never was a data file says so plainly; real damage keeps the damage message (issue 15,
item 8)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from _cli import run_cli
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_helpers import dispose, make_window

from unionbulletin.domain import OrgSettings
from unionbulletin.domain.exchange import to_exchange
from unionbulletin.export import RenderOptions, export_bulletin
from unionbulletin.storage import Database, DatabaseDamaged
from unionbulletin.storage.classify import NotABulletinFile, was_data_file


def _word(path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("荆州市总工会八月份工作综述")
    document.save(str(path))


def _pdf(path: Path) -> None:
    with Database.open(path.parent / "for-pdf.json") as db:
        export_bulletin(
            db.get(db.list_bulletins()[0].id), path, "pdf", render=RenderOptions.for_settings(OrgSettings())
        )


def _exchange(path: Path) -> None:
    with Database.open(path.parent / "for-json.json") as db:
        bulletin = db.get(db.list_bulletins()[0].id)
    path.write_text(json.dumps(to_exchange(bulletin), ensure_ascii=False), encoding="utf-8")


FOREIGN: dict[str, Callable[[Path], object]] = {
    "word.docx": _word,
    "report.pdf": _pdf,
    "notes.txt": lambda p: p.write_text("工作要点：\n一、加强学习。\n", encoding="utf-8"),
    "gbk.txt": lambda p: p.write_bytes("工作要点：加强学习。".encode("gbk")),
    "random.json": lambda p: p.write_text('{"name": "会员名单", "items": [1, 2]}', encoding="utf-8"),
    "list.json": lambda p: p.write_text("[1, 2, 3]", encoding="utf-8"),
    "deep.json": lambda p: p.write_text("[" * 200_000, encoding="utf-8"),  # no RecursionError traceback
    "bulletin-exchange.json": _exchange,
}


@pytest.mark.parametrize("name", list(FOREIGN))
def test_a_file_that_never_was_a_data_file_says_so(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    FOREIGN[name](path)
    before = path.read_bytes()
    assert not was_data_file(before)
    for read_only in (False, True):
        with pytest.raises(NotABulletinFile) as info:
            Database.open(path, read_only=read_only)
        message = str(info.value)
        assert message.startswith(f"这不是简报数据文件：{path}")
        assert "已损坏" not in message and "没有找到完好的备份" not in message
        assert "JSON" not in message and "UTF-8" not in message  # no technical detail
    if name == "bulletin-exchange.json":
        assert "导入" in message
    assert path.read_bytes() == before


def _data_file(tmp_path: Path) -> bytes:
    path = tmp_path / "original.json"
    Database.open(path).close()
    return path.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: b"",
        lambda raw: b"  \n",
        lambda raw: raw[: len(raw) // 3],  # cut off by a crash
        lambda raw: raw[:50] + b"\xff\xfe\x00" + raw[53:],  # garbled bytes
        lambda raw: b'{"bulletins": {}}',  # the tables but no meta
        lambda raw: b"\x00" * 100 + raw,  # a disk's zeros in front
    ],
)
def test_a_damaged_data_file_keeps_the_damage_message(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    raw = damage(_data_file(tmp_path))
    path = tmp_path / "bulletins.json"
    path.write_bytes(raw)
    assert was_data_file(raw)
    with pytest.raises(DatabaseDamaged) as info:
        Database.open(path)
    assert not isinstance(info.value, NotABulletinFile)
    assert "已损坏" in str(info.value)


def test_the_command_line_says_it_plainly(tmp_path: Path) -> None:
    path = tmp_path / "工作总结.docx"
    _word(path)
    result = run_cli("list", db=path)
    assert result.returncode == 3
    assert f"这不是简报数据文件：{path}" in result.stderr
    assert "Traceback" not in result.stderr and "已损坏" not in result.stderr


def test_opening_a_word_file_in_the_window_says_it_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    word = tmp_path / "工作总结.docx"
    _word(word)
    with Database.open(tmp_path / "bulletins.json") as db:
        parts = make_window(db, tmp_path)
        try:
            flow = parts.window.workflow
            launched: list[object] = []

            def launch(program: str, args: list[str]) -> bool:
                launched.append(args)
                return True

            flow.launch = launch
            flow.ask_open_path = lambda *_args: str(word)
            flow.open_data_file()
            boxes = [b for b in parts.window.findChildren(QMessageBox) if b.objectName() == "workflowWarning"]
            assert launched == [] and len(boxes) == 1
            assert boxes[0].text().startswith(f"这不是简报数据文件：{word}")
            boxes[0].close()
        finally:
            dispose(parts)
