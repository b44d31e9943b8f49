"""The 版记 area after the 报/发 block (issue 12, finding 13): …印发 gives the issue date, 共印N份 the
copies, the issuing office is recognised; nothing from after the 报/发 block lands inside an item.

On main "2021年4月6日印发" was appended to the body of the last summary item.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from unionbulletin.domain.exchange import to_exchange
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import import_file, import_text

SAMPLES = ("2018-11-report.txt", "2020-08-summary-and-09-plan.txt")
BODY = [
    "荆州市总工会三月份工作综述",
    "一、召开全委会议。会议审议了工作报告。",
    "二、开展慰问活动。走访困难职工。",
    "报：省总工会",
    "发：各县市区总工会",
]
IMPRINT = ["荆州市总工会办公室　　　　2021年4月6日印发", "（共印50份）"]


def test_the_issue_example() -> None:
    text = "\n".join([*BODY, "2021年4月6日印发", ""])
    result = import_text(text, OrgSettings())
    b = result.bulletin
    assert b.date == dt.date(2021, 4, 6)
    assert b.summary.items[-1].body == "走访困难职工。"
    assert b.distribution.send_to == ("各县市区总工会",)
    assert not any("印发" in w for w in result.warnings)


@pytest.mark.parametrize("sample", SAMPLES)
def test_samples_with_an_imprint_keep_their_items(samples_dir: Path, tmp_path: Path, sample: str) -> None:
    original = import_file(samples_dir / sample, OrgSettings()).bulletin
    copy = tmp_path / sample
    copy.write_text(
        (samples_dir / sample).read_text(encoding="utf-8").rstrip() + "\n\n" + "\n".join(IMPRINT),
        encoding="utf-8",
    )
    result = import_file(copy, OrgSettings())
    b = result.bulletin
    assert to_exchange(b)["summary"] == to_exchange(original)["summary"]
    assert b.plan == original.plan
    assert b.copies == 50
    assert b.date == (original.date or dt.date(2021, 4, 6))
    assert any("荆州市总工会办公室" in w for w in result.warnings)  # the office: said, not in an item
    assert "2021" not in "".join(item.body for item in b.summary.items)


def test_imprint_date_that_differs_from_the_masthead_is_reported() -> None:
    text = "2020年9月1日\n荆州市总工会八月份工作综述\n一、甲事。内容。\n报：省总工会\n2020年9月3日印发\n"
    result = import_text(text, OrgSettings())
    assert result.bulletin.date == dt.date(2020, 9, 1)
    assert any("2020年9月3日" in w and "不同" in w for w in result.warnings)


def test_docx_imprint(tmp_path: Path) -> None:
    document = Document()
    for line in [*BODY, *IMPRINT]:
        document.add_paragraph(line)
    path = tmp_path / "imprint.docx"
    document.save(str(path))
    b = import_file(path, OrgSettings()).bulletin
    assert b.date == dt.date(2021, 4, 6) and b.copies == 50
    assert b.summary.items[-1].body == "走访困难职工。"
