"""征集表: forms written per department, filled in as a department would (python-docx, messy edits,
re-saved by LibreOffice as another word processor would), merged back through the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import _libreoffice
import pytest
from _cli import run_cli
from docx import Document
from docx.table import Table

from unionbulletin.domain import Item, Period, TaskStatus
from unionbulletin.domain.exchange import from_exchange, to_exchange
from unionbulletin.domain.requests import FormMark, form_file_name, read_status, request_forms
from unionbulletin.importers.request_form import read_returned_form
from unionbulletin.storage import Database

SEP = Period(2020, 9)
JINGJI = "征集表-经技部-2020年9月.docx"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """A data file with the examples (2 = the 2020-08 sample), issue 3 made by `next 2`, forms in a folder."""
    db = tmp_path / "b.json"
    forms = tmp_path / "forms"
    forms.mkdir()
    made = run_cli("requests", "2", "--out", forms, "--due", "9月25日", db=db)
    assert made.returncode == 0, made.stderr
    assert run_cli("next", "2", db=db).returncode == 0
    return db, forms


def _cells(table: Table, row: int) -> list:  # type: ignore[type-arg]
    return list(table.rows[row].cells)


def _set(cell: object, *paragraphs: str) -> None:
    """Replace a cell's text by one or more paragraphs, as typing in Word does."""
    cell.text = paragraphs[0]  # type: ignore[attr-defined]
    for more in paragraphs[1:]:
        cell.add_paragraph(more)  # type: ignore[attr-defined]


def _fill_plainly(src: Path, dst: Path) -> None:
    d = Document(str(src))
    tasks, other, nxt = d.tables
    _set(_cells(tasks, 1)[4], "已在全市启动“双创”大赛，新建创新工作室3个。")
    _set(_cells(tasks, 1)[5], "√已完成", "□进行中", "□转下月")
    _set(_cells(tasks, 2)[5], "□已完成", "□进行中", "☑转下月")
    _set(_cells(other, 1)[0], "开展职工技能培训。")
    _set(_cells(other, 1)[1], "培训职工200人次。")
    _set(_cells(nxt, 1)[1], "举办全市职工创新成果展")
    _set(_cells(nxt, 1)[2], "张征军、王俊")
    _set(_cells(nxt, 1)[3], "十月底")
    d.save(str(dst))


def _issue(db: Path, n: int) -> dict:  # type: ignore[type-arg]
    with Database.open(db, read_only=True) as d:
        return to_exchange(d.get(n))


@pytest.mark.slow
def test_one_form_per_department_named_by_convention(setup: tuple[Path, Path]) -> None:
    _db, forms = setup
    names = sorted(p.name for p in forms.iterdir())
    assert JINGJI in names and len(names) == 6
    form = read_returned_form(forms / JINGJI)
    assert form.mark == FormMark(2, "经技部", SEP)
    assert [r.number for r in form.reports] == ["8", "9"]
    assert form.reports[1].content.startswith("举办荆州市家政服务业职业技能竞赛")
    assert len(form.other_work) == 3 and len(form.next_tasks) == 3
    d = Document(str(forms / JINGJI))
    section = d.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert "完成情况" in [c.text for c in d.tables[0].rows[0].cells]
    assert "□已完成" in d.tables[0].rows[1].cells[5].text


def test_file_names_are_safe_and_the_mark_reads_back() -> None:
    assert form_file_name("办公室/信访", SEP) == "征集表-办公室_信访-2020年9月.docx"
    mark = FormMark(12, "经技部", Period(2021, 1))
    assert FormMark.parse("表单标识（请勿删除）：" + mark.text()) == mark
    assert FormMark.parse("UB-征集表;bulletin=1;period=2020-13;department=x") is None


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (("√已完成\n□进行中\n□转下月",), TaskStatus.DONE),
        (("□已完成 ■进行中 □转下月",), TaskStatus.IN_PROGRESS),
        (("转下月",), TaskStatus.CARRIED_OVER),
        (("□已完成\n□进行中\n☑转下月",), TaskStatus.CARRIED_OVER),
        (("□已完成□进行中□转下月",), None),
        (("□已完成□进行中□转下月", "已经完成了，√已完成"), TaskStatus.DONE),  # ticked in the wrong cell
        (("□已完成\n◎进行中\n□转下月",), TaskStatus.IN_PROGRESS),  # a mark we do not know as a tick
        (("",), None),
    ],
)
def test_the_status_a_clerk_chose(texts: tuple[str, ...], status: TaskStatus | None) -> None:
    assert read_status(*texts) == status


@pytest.mark.slow
def test_collect_merges_a_filled_form_and_merging_twice_adds_nothing(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    db, forms = setup
    filled = tmp_path / "back.docx"
    _fill_plainly(forms / JINGJI, filled)
    done = run_cli("collect", "3", filled, db=db)
    assert done.returncode == 0, done.stderr
    assert "上月任务 8 的状态改为“已完成”" in done.stdout and "已合并到第 3 号" in done.stdout
    issue = _issue(db, 3)
    items = issue["summary"]["items"]
    assert [(i["heading"][:10], i.get("source")) for i in items] == [
        ("推进创建职工（劳模、", "经技部"),
        ("开展职工技能培训。", "经技部"),
    ]
    assert items[0]["body"] == "已在全市启动“双创”大赛，新建创新工作室3个。"
    tasks = issue["plan"]["tasks"]
    assert tasks[0]["content"].startswith("举办荆州市家政服务业") and tasks[0]["deadline"] == "十月份"
    assert tasks[1] == {
        "content": "举办全市职工创新成果展",
        "leaders": ["张征军", "王俊"],
        "departments": ["经技部"],
        "deadline": "十月底",
        "status": "planned",
    }
    previous = _issue(db, 2)["plan"]["tasks"]
    assert [t["status"] for t in previous[7:]] == ["done", "carried_over"]
    assert previous[0]["status"] == "planned"  # other departments' tasks untouched

    before = db.read_bytes()
    again = run_cli("collect", "3", filled, filled, db=db)
    assert again.returncode == 0, again.stderr
    assert "没有需要合并的新内容" in again.stdout
    assert db.read_bytes() == before


def _fill_messily(src: Path, dst: Path) -> None:
    """What departments do: delete a row, add rows, type in the wrong cell, add paragraphs."""
    d = Document(str(src))
    tasks, other, nxt = d.tables
    tasks._tbl.remove(tasks.rows[1]._tr)  # task 8 deleted (they forgot it)
    # task 9: the completion typed into the status cell, two paragraphs
    _set(_cells(tasks, 1)[5], "完成选树推荐12人。", "√已完成")
    extra = tasks.add_row().cells  # a row added for work that was not planned
    _set(extra[1], "承办全省职工书法比赛")
    _set(extra[4], "参赛作品300件。", "获奖20件。")
    _set(_cells(other, 1)[0], "开展职工心理健康讲座。讲座3场，职工500人参加。")  # all in the lead cell
    _set(_cells(other, 2)[1], "组织劳模宣讲进企业。宣讲5场。")  # all in the details cell
    row = other.add_row().cells
    _set(row[0], "慰问一线职工。")
    _set(row[1], "慰问职工1000人。", "发放物资500份。")
    _set(_cells(nxt, 2)[1], "推进职工书屋建设")
    d.add_paragraph("以上内容已经分管领导审核。")  # extra paragraph outside the tables
    d.save(str(dst))


@pytest.mark.libreoffice
@pytest.mark.skipif(not _libreoffice.available(), reason="needs soffice")
@pytest.mark.slow
def test_a_messy_form_resaved_by_libreoffice_merges(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, forms = setup
    messy = tmp_path / "messy" / JINGJI
    messy.parent.mkdir()
    _fill_messily(forms / JINGJI, messy)
    resaved = _libreoffice.LibreOffice(tmp_path / "lo").convert([messy], "docx", tmp_path / "resaved")[0]
    assert resaved.read_bytes() != messy.read_bytes()
    assert read_returned_form(resaved).mark == FormMark(2, "经技部", SEP)

    done = run_cli("collect", "3", resaved, db=db)
    assert done.returncode == 0, done.stderr
    items = {i["heading"]: i for i in _issue(db, 3)["summary"]["items"]}
    home = next(h for h in items if h.startswith("举办荆州市家政服务业"))
    assert items[home]["body"] == "完成选树推荐12人。" and items[home]["source"] == "经技部"
    assert items["承办全省职工书法比赛。"]["body"] == "参赛作品300件。\n获奖20件。"
    assert items["开展职工心理健康讲座。"]["body"] == "讲座3场，职工500人参加。"
    assert items["组织劳模宣讲进企业。"]["body"] == "宣讲5场。"
    assert items["慰问一线职工。"]["body"] == "慰问职工1000人。\n发放物资500份。"
    assert all(i["source"] == "经技部" for i in items.values())
    assert [t["content"] for t in _issue(db, 3)["plan"]["tasks"]] == ["推进职工书屋建设"]
    previous = _issue(db, 2)["plan"]["tasks"]
    assert [t["status"] for t in previous[7:]] == ["planned", "done"]  # the deleted row changed nothing


@pytest.mark.libreoffice
@pytest.mark.skipif(not _libreoffice.available(), reason="needs soffice")
@pytest.mark.slow
def test_the_mark_line_identifies_a_form_whose_properties_were_lost(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    _db, forms = setup
    stripped = tmp_path / "in" / "form.docx"
    stripped.parent.mkdir()
    d = Document(str(forms / JINGJI))
    d.core_properties.keywords = ""
    d.save(str(stripped))
    resaved = _libreoffice.LibreOffice(tmp_path / "lo").convert([stripped], "docx", tmp_path / "out")[0]
    assert read_returned_form(resaved).mark == FormMark(2, "经技部", SEP)


@pytest.mark.slow
def test_forms_for_another_month_or_department_or_no_form_are_refused(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    db, forms = setup
    # another month: issue 1 is the 2018 sample
    wrong_month = run_cli("collect", "1", forms / JINGJI, db=db)
    assert wrong_month.returncode == 2
    assert "这是 2020年9月 的征集表，本期报的是 2018年11月，未合并" in wrong_month.stderr
    # another department: the mark edited to a department without tasks last month
    other = tmp_path / "other.docx"
    d = Document(str(forms / JINGJI))
    d.core_properties.keywords = FormMark(2, "财务部", SEP).text()
    d.save(str(other))
    refused = run_cli("collect", "3", other, db=db)
    assert refused.returncode == 2 and "没有“财务部”负责的任务" in refused.stderr
    # not a form at all: the bulletin exported as DOCX, a text file, a damaged file
    exported = tmp_path / "bulletin.docx"
    assert run_cli("export", "2", "--docx", exported, db=db).returncode == 0
    text = tmp_path / "notes.txt"
    text.write_text("hello", "utf-8")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not really")
    before = db.read_bytes()
    done = run_cli("collect", "3", exported, text, damaged, db=db)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "bulletin.docx：不是本程序生成的征集表" in done.stderr
    assert "notes.txt：征集表应为 Word 文件" in done.stderr
    assert "damaged.docx：不是有效的 Word 文档" in done.stderr
    assert db.read_bytes() == before
    assert run_cli("collect", "3", tmp_path / "nowhere.docx", db=db).returncode == 2


@pytest.mark.slow
def test_a_good_form_merges_beside_a_refused_one(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, forms = setup
    filled = tmp_path / "back.docx"
    _fill_plainly(forms / JINGJI, filled)
    junk = tmp_path / "junk.docx"
    shutil.copy(filled, junk)
    d = Document(str(junk))  # still a filled form, but its mark names a bulletin not in the file
    d.core_properties.keywords = FormMark(99, "经技部", SEP).text()
    d.save(str(junk))
    done = run_cli("collect", "3", junk, filled, db=db)
    assert done.returncode == 2  # something was refused …
    assert "按第 99 号简报生成" in done.stderr
    assert "已合并到第 3 号。另有 1 份未合并" in done.stdout  # … and the good one is in
    assert _issue(db, 3)["summary"]["items"][0]["source"] == "经技部"


@pytest.mark.slow
def test_requests_bad_input(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, _forms = setup
    assert "文件夹不存在" in run_cli("requests", "2", "--out", tmp_path / "nope", db=db).stderr
    no_plan = run_cli("requests", "1", "--out", tmp_path, db=db)
    assert no_plan.returncode == 2 and "没有写明责任部室的任务" in no_plan.stderr
    assert run_cli("requests", "42", "--out", tmp_path, db=db).returncode == 2


def test_the_item_source_survives_exchange_json_and_the_data_file(tmp_path: Path) -> None:
    b = from_exchange(json.loads(json.dumps(to_exchange(from_exchange(_issue_with_source())))))
    assert b.summary.items[0].source == "经技部" and b.summary.items[1].source == ""
    assert "source" not in to_exchange(b)["summary"]["items"][1]  # additive: absent when empty
    with Database.open(tmp_path / "s.json", seed_examples=False) as d:
        n = d.add(b)
    with Database.open(tmp_path / "s.json", read_only=True) as d:
        assert d.get(n).summary.items[0] == Item("一、", "正文", source="经技部")


def _issue_with_source() -> dict:  # type: ignore[type-arg]
    return {
        "version": 1,
        "org": "荆州市总工会",
        "series": "工会要情摘报",
        "period": {"year": 2020, "month": 9},
        "summary": {
            "title": "",
            "items": [{"heading": "一、", "body": "正文", "source": "经技部"}, {"heading": "二", "body": ""}],
        },
        "plan": None,
        "distribution": {},
        "editor": "",
        "phone": "",
    }


def test_request_forms_of_the_sample_list_each_departments_tasks() -> None:
    from _ledger_years import sample_2020

    forms = {f.mark.department: f for f in request_forms(sample_2020(), 2)}
    assert list(forms) == ["机关党委", "权益保障部", "宣教网络部", "基层工作部", "经技部", "商贸服务业工会"]
    assert [ft.number for ft in forms["经技部"].tasks] == [8, 9]
    assert forms["商贸服务业工会"].file_name == "征集表-商贸服务业工会-2020年9月.docx"
