"""The DOCX importer on Word files written here with python-docx in the shapes secretaries' files have
(paragraphs, the plan as a table, PDF text pasted line by line, Word's automatic numbering, merged
cells), on files LibreOffice wrote, and on broken files."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from unionbulletin.domain.conventions import item_marker
from unionbulletin.domain.exchange import to_exchange
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import ImportError_, import_file

TASK_HEADERS = ("序号", "工作任务", "责任领导", "责任部室", "完成时限")


def _fixture(fixtures_dir: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((fixtures_dir / name).read_text(encoding="utf-8"))
    return data


def _cell_value(task: dict[str, Any], header: str, index: int) -> str:
    return str(
        {
            "序号": str(index + 1),
            "工作任务": task["content"],
            "责任领导": "、".join(task["leaders"]),
            "责任部室": "、".join(task["departments"]),
            "完成时限": task["deadline"],
        }.get(header, "")
    )


def _secretary_docx(fx: dict[str, Any], path: Path, headers: tuple[str, ...] = TASK_HEADERS) -> Any:
    """Issuer, title, one paragraph per item, plan title, plan table, 报/发, editor, phone."""
    doc = Document()
    doc.add_paragraph(fx["org"])
    doc.add_paragraph(fx["summary"]["title"])
    for i, item in enumerate(fx["summary"]["items"]):
        doc.add_paragraph(item_marker(i) + item["heading"] + item["body"])
    doc.add_paragraph(fx["plan"]["title"])
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = header
    for i, task in enumerate(fx["plan"]["tasks"]):
        for cell, header in zip(table.add_row().cells, headers, strict=True):
            cell.text = _cell_value(task, header, i)
    dist = fx["distribution"]
    doc.add_paragraph("报：" + "、".join(dist["report_to"]))
    doc.add_paragraph("发：" + "、".join(dist["send_to"]))
    doc.add_paragraph("责任编辑：" + fx["editor"])
    doc.add_paragraph("联系电话：" + fx["phone"])
    doc.save(str(path))
    return table


@pytest.mark.parametrize(
    "headers",
    [
        TASK_HEADERS,
        ("完成时限", "责任部室", "工作任务", "责任领导"),
    ],
)
def test_secretary_docx_imports_like_its_text(
    tmp_path: Path, fixtures_dir: Path, samples_dir: Path, headers: tuple[str, ...]
) -> None:
    fx = _fixture(fixtures_dir, "sample-2020.json")
    path = tmp_path / "2020-08-summary-and-09-plan.docx"
    _secretary_docx(fx, path, headers)
    result = import_file(path, OrgSettings())
    assert to_exchange(result.bulletin) == fx
    text_result = import_file(samples_dir / "2020-08-summary-and-09-plan.txt", OrgSettings())
    assert to_exchange(result.bulletin) == to_exchange(text_result.bulletin)
    assert result.warnings == text_result.warnings


def test_merged_leader_cells_and_an_extra_column(tmp_path: Path, fixtures_dir: Path) -> None:
    fx = _fixture(fixtures_dir, "sample-2020.json")
    path = tmp_path / "2020-08.docx"
    headers = (*TASK_HEADERS, "备注")
    table = _secretary_docx(fx, path, headers)
    # Tasks 1–4 share the leader 高启秀: one cell merged down over four rows, as people do in Word.
    leader_col = headers.index("责任领导")
    for row in table.rows[2:5]:
        row.cells[leader_col].text = ""
    table.cell(1, leader_col).merge(table.cell(4, leader_col))
    table.cell(3, headers.index("备注")).text = "与法院联合"
    table._parent.part.document.save(str(path))

    result = import_file(path, OrgSettings())
    b = result.bulletin
    assert b.plan is not None
    assert [t.leaders for t in b.plan.tasks[:4]] == [("高启秀",)] * 4
    assert b.plan.tasks[2].content == "推进“法院+工会”劳动争议诉调对接机制建设提质扩面（备注：与法院联合）"
    assert "工作安排表中“备注”列的内容已并入工作任务，请核对" in result.warnings
    expected = fx
    expected["plan"]["tasks"][2]["content"] += "（备注：与法院联合）"
    assert to_exchange(b) == expected


def test_pdf_text_pasted_into_word_line_by_line(
    tmp_path: Path, fixtures_dir: Path, samples_dir: Path
) -> None:
    """One Word paragraph per printed line (what pasting PDF text into Word gives) is re-joined."""
    raw = (samples_dir / "2018-11-report.txt").read_text(encoding="utf-8")
    doc = Document()
    for line in raw.split("\n"):
        doc.add_paragraph(line)
    path = tmp_path / "pasted.docx"
    doc.save(str(path))
    result = import_file(path, OrgSettings())
    assert to_exchange(result.bulletin) == _fixture(fixtures_dir, "sample-2018.json")
    assert result.warnings == ()


def test_soft_line_breaks_and_page_breaks_inside_paragraphs(tmp_path: Path, fixtures_dir: Path) -> None:
    fx = _fixture(fixtures_dir, "sample-2018.json")
    doc = Document()
    doc.add_paragraph("荆州市总工会\t\t2018年12月12日")
    doc.add_paragraph(fx["summary"]["title"])
    for i, item in enumerate(fx["summary"]["items"]):
        text = item_marker(i) + item["heading"] + item["body"]
        paragraph = doc.add_paragraph()
        for start in range(0, len(text), 28):  # the printed lines, kept as manual line breaks
            run = paragraph.add_run(text[start : start + 28])
            run.add_break(WD_BREAK.PAGE if start == 56 else WD_BREAK.LINE)
    doc.add_paragraph("报：" + "、".join(fx["distribution"]["report_to"]))
    doc.add_paragraph("发：" + "、".join(fx["distribution"]["send_to"]))
    path = tmp_path / "breaks.docx"
    doc.save(str(path))
    assert to_exchange(import_file(path, OrgSettings()).bulletin) == fx


NUMBERING = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _numbered(doc: Any, text: str, level: int) -> None:
    paragraph = doc.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


def test_word_automatic_numbering_is_rebuilt(tmp_path: Path) -> None:
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(NUM))
    doc.add_paragraph("荆州市总工会 2020年9月1日")
    doc.add_paragraph("荆州市总工会八月份工作综述")
    _numbered(doc, "开展活动。活动内容。", 0)
    _numbered(doc, "第一个小点。小点内容。", 1)
    _numbered(doc, "细项", 2)
    _numbered(doc, "第二个小点。", 1)
    _numbered(doc, "召开会议。会议内容。", 0)
    doc.add_paragraph("会议的第二段。")
    _numbered(doc, "第三项工作。", 0)
    path = tmp_path / "numbered.docx"
    doc.save(str(path))

    b = import_file(path, OrgSettings()).bulletin
    items = b.summary.items
    assert [(it.heading, it.body) for it in items] == [
        ("开展活动。", "活动内容。"),
        ("召开会议。", "会议内容。\n会议的第二段。"),
        ("第三项工作。", ""),
    ]
    assert [(s.heading, s.body) for s in items[0].subpoints] == [
        ("第一个小点。", "小点内容。\n1.细项"),
        ("第二个小点。", ""),
    ]


def test_distribution_block_laid_out_as_a_table(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("荆州市总工会八月份工作综述")
    doc.add_paragraph("一、开展活动。内容。")
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "报：省总工会、市“四大家”有关领导"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "发：各县市区总工会"
    table.cell(2, 0).text = "责任编辑：董军"
    table.cell(2, 1).text = "联系电话：8219262"
    path = tmp_path / "2020-08.docx"
    doc.save(str(path))
    b = import_file(path, OrgSettings()).bulletin
    assert b.distribution.report_to == ("省总工会", "市“四大家”有关领导")
    assert b.distribution.send_to == ("各县市区总工会",)
    assert (b.editor, b.phone) == ("董军", "8219262")


def test_broken_docx_files_are_refused(tmp_path: Path) -> None:
    not_zip = tmp_path / "a.docx"
    not_zip.write_bytes(b"this is not a zip file")
    with pytest.raises(ImportError_, match="不是有效的 Word 文档"):
        import_file(not_zip, OrgSettings())
    wrong_zip = tmp_path / "b.docx"
    with zipfile.ZipFile(wrong_zip, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ImportError_, match="不是有效的 Word 文档"):
        import_file(wrong_zip, OrgSettings())
    empty = tmp_path / "c.docx"
    Document().save(str(empty))
    with pytest.raises(ImportError_, match="没有文字"):
        import_file(empty, OrgSettings())


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_files_written_by_libreoffice(tmp_path: Path, fixtures_dir: Path, samples_dir: Path) -> None:
    """LibreOffice's own DOCX: the secretary's file re-saved, and the plain-text sample opened and saved."""
    fx = _fixture(fixtures_dir, "sample-2020.json")
    source = tmp_path / "in"
    source.mkdir()
    _secretary_docx(fx, source / "2020-08-word.docx")
    shutil.copy(samples_dir / "2020-08-summary-and-09-plan.txt", source / "2020-08-text.txt")
    out = tmp_path / "out"
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(source / "2020-08-word.docx"),
            str(source / "2020-08-text.txt"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    for name in ("2020-08-word.docx", "2020-08-text.docx"):
        with zipfile.ZipFile(out / name) as z:
            assert "LibreOffice" in z.read("docProps/app.xml").decode("utf-8")  # really its own XML
        assert to_exchange(import_file(out / name, OrgSettings()).bulletin) == fx, name
