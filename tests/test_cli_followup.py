"""`unionbulletin next` and `unionbulletin ledger` as a user runs them: real subprocesses on real files."""

from __future__ import annotations

import csv
import datetime as _dt
import json
import subprocess
from pathlib import Path

import _libreoffice
import openpyxl
import pdfplumber
import pytest
from _cli import run_cli
from _ledger_years import make_years, write_data_file

from unionbulletin.domain import Period, TaskStatus
from unionbulletin.domain.ledger import COLUMNS, build_ledger, filter_ledger
from unionbulletin.domain.next_issue import with_task_statuses
from unionbulletin.storage import Database
from unionbulletin.storage.data_path import journal_path


@pytest.fixture(scope="module")
def years_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """30 months of generated bulletins (August 2020 – January 2023)."""
    path = tmp_path_factory.mktemp("years") / "bulletins.json"
    write_data_file(path, make_years(30))
    return path


@pytest.mark.slow
def test_next_creates_the_following_issue_from_the_stored_statuses(tmp_path: Path) -> None:
    db = tmp_path / "b.json"
    with Database.open(db) as d:  # the 2020 sample is number 2; mark three of its tasks
        sample = d.get(2)
        assert sample.plan is not None
        ids = [t.id for t in sample.plan.tasks]
        d.update(
            2,
            with_task_statuses(
                sample,
                {ids[0]: TaskStatus.DONE, ids[1]: TaskStatus.IN_PROGRESS, ids[2]: TaskStatus.CARRIED_OVER},
            ),
        )
    made = run_cli("next", "2", "--json", db=db)
    assert made.returncode == 0, made.stderr
    out = json.loads(made.stdout)
    assert out["id"] == 3 and out["period"] == {"year": 2020, "month": 9}
    assert out["items"] == 2 and out["tasks"] == 1
    assert out["checklist"] == {"draft_item": 2, "carried": 1, "listed": 6}
    with Database.open(db, read_only=True) as d:
        new = d.get(3)
    assert new.period == Period(2020, 9) and new.editor == sample.editor == "董军"
    assert new.plan is not None and new.plan.tasks[0].deadline == "十月份"

    again = run_cli("next", "2", db=db)
    assert again.returncode == 2
    assert "2020年9月已有简报（第 3 号），没有新建" in again.stderr
    forced = run_cli("next", "2", "--force", db=db)
    assert forced.returncode == 0 and "已根据第 2 号新建第 4 号" in forced.stdout
    missing = run_cli("next", "99", db=db)
    assert missing.returncode == 2 and "没有编号为 99 的简报" in missing.stderr


def test_ledger_json_is_the_domain_ledger_filtered_by_year_and_department(years_db: Path) -> None:
    done = run_cli("ledger", "--year", "2021", "--department", "经技部", "--json", db=years_db)
    assert done.returncode == 0, done.stderr
    lines = json.loads(done.stdout)
    expected = filter_ledger(build_ledger(make_years(30), _dt.date.today()), year=2021, department="经技部")
    assert [line["content"] for line in lines] == [e.task.content for e in expected]
    assert lines and all("经技部" in line["departments"] for line in lines)
    assert all(2021 in {o.plan_month.year for o in e.occurrences} for e in expected)
    assert {"first_planned", "months_carried", "overdue", "done_in", "due", "bulletin"} <= set(lines[0])


def test_ledger_text_lists_overdue_lines_first(years_db: Path) -> None:
    done = run_cli("ledger", "--status", "in_progress", db=years_db)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()[1:]
    assert rows and all("进行中" in r for r in rows)
    flags = ["【逾期】" in r for r in rows]
    assert flags == sorted(flags, reverse=True) and flags[0]


@pytest.mark.slow
def test_ledger_xlsx_read_back_frozen_header_filter_widths_and_dates(years_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "台账.xlsx"
    done = run_cli("ledger", "--year", "2021", "--xlsx", target, db=years_db)
    assert done.returncode == 0, done.stderr
    ws = openpyxl.load_workbook(target).active
    assert ws is not None
    assert ws["A1"].value == "2021年工作任务督办台账"
    assert tuple(c.value for c in ws[2]) == COLUMNS
    assert ws.freeze_panes == "C3"
    assert ws.auto_filter.ref == f"A2:L{ws.max_row}"
    assert ws.column_dimensions["B"].width > 3 * ws.column_dimensions["A"].width
    expected = filter_ledger(build_ledger(make_years(30), _dt.date.today()), year=2021)
    assert ws.max_row == 2 + len(expected)
    due_cells = [row[9] for row in ws.iter_rows(min_row=3)]
    assert all(isinstance(c.value, _dt.datetime) for c in due_cells if c.value is not None)
    first_due = due_cells[0].value
    assert isinstance(first_due, _dt.datetime)
    assert first_due.date() == expected[0].due
    assert ws.page_setup.orientation == "landscape"


@pytest.mark.libreoffice
@pytest.mark.skipif(not _libreoffice.available(), reason="needs soffice")
@pytest.mark.slow
def test_ledger_xlsx_opens_in_libreoffice(years_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "ledger.xlsx"
    assert run_cli("ledger", "--year", "2021", "--xlsx", target, db=years_db).returncode == 0
    out = tmp_path / "out"
    out.mkdir()
    lo = _libreoffice.LibreOffice(tmp_path / "lo")
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={lo.profile}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(target),
        ],
        env=lo.env,
        capture_output=True,
        check=True,
        timeout=_libreoffice.TIMEOUT,
    )
    rows = list(csv.reader((out / "ledger.csv").read_text("utf-8").splitlines()))
    assert rows[0][0] == "2021年工作任务督办台账" and tuple(rows[1]) == COLUMNS
    first = filter_ledger(build_ledger(make_years(30), _dt.date.today()), year=2021)[0]
    assert first.due is not None
    # LibreOffice read a date (written in a date format), not a text: the cell shows the date
    assert rows[2][9] in (
        f"{first.due.year}年{first.due.month}月{first.due.day}日",
        first.due.strftime("%m/%d/%Y"),
    ), rows[2]


@pytest.mark.slow
def test_ledger_pdf_is_landscape_in_the_official_faces_and_lists_every_line(
    years_db: Path, tmp_path: Path
) -> None:
    target = tmp_path / "ledger.pdf"
    done = run_cli("ledger", "--year", "2021", "--pdf", target, db=years_db)
    assert done.returncode == 0, done.stderr
    expected = filter_ledger(build_ledger(make_years(30), _dt.date.today()), year=2021)
    with pdfplumber.open(target) as pdf:
        assert all(p.width > p.height for p in pdf.pages)
        text = "".join((p.extract_text() or "") for p in pdf.pages).replace("\n", "")
        fonts = {ch["fontname"] for p in pdf.pages for ch in p.chars}
    assert "2021年工作任务督办台账" in text
    for e in expected:
        assert e.task.content[:8] in text
    assert any("Fandol" in f or "FZ" in f or "GB2312" in f for f in fonts), fonts


@pytest.mark.slow
def test_ledger_refuses_to_write_over_the_data_file_or_its_companions(years_db: Path) -> None:
    before = years_db.read_bytes()
    companions = (
        years_db,
        years_db.with_name(years_db.name + ".lock"),
        years_db.with_name(years_db.name + ".lock.holder"),
        journal_path(years_db),
    )
    for target in companions:
        for option in ("--xlsx", "--pdf"):
            done = run_cli("ledger", option, target, db=years_db)
            assert done.returncode == 2
            assert "这是数据文件" in done.stderr and "Traceback" not in done.stderr
    (years_db.parent / "backups").mkdir(exist_ok=True)
    into_backups = run_cli("ledger", "--pdf", years_db.parent / "backups" / "台账.pdf", db=years_db)
    assert into_backups.returncode == 2 and "备份文件夹" in into_backups.stderr
    assert years_db.read_bytes() == before
    assert not (years_db.parent / "backups" / "台账.pdf").exists()


@pytest.mark.slow
def test_ledger_bad_input_clear_messages(years_db: Path, tmp_path: Path) -> None:
    bad_year = run_cli("ledger", "--year", "20201", db=years_db)
    assert bad_year.returncode == 2 and "年份 20201 无效" in bad_year.stderr
    no_folder = run_cli("ledger", "--pdf", tmp_path / "missing" / "x.pdf", db=years_db)
    assert no_folder.returncode == 2 and "文件夹不存在" in no_folder.stderr
    folder = run_cli("ledger", "--xlsx", tmp_path, db=years_db)
    assert folder.returncode == 2 and "是一个文件夹" in folder.stderr
    nobody = run_cli("ledger", "--department", "不存在的部室", db=years_db)
    assert nobody.returncode == 0 and "没有符合条件的任务" in nobody.stdout
