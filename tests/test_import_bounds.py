"""Bounded imports (issue 12, finding 8): zip bombs, paragraph floods and over-long bulletins are
refused with a Chinese message naming the limit, before the file is read in full.

On main the 1 GiB bomb was read into memory (2 GiB peak) and 2,000,000 paragraphs became a
2-million-item bulletin. Each import here runs in a child process whose peak memory is read back.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _docx_bombs import _with_document_xml, expansion_bomb, numbered_items, paragraph_flood

from unionbulletin.domain import limits
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import ImportError_, import_file, import_text

REPO = Path(__file__).resolve().parent.parent
CHILD = r"""
import json, sys
from pathlib import Path
from unionbulletin.domain.model import OrgSettings
from unionbulletin.importers import ImportError_, import_file
try:
    import_file(Path(sys.argv[1]), OrgSettings())
    message = None
except ImportError_ as exc:
    message = str(exc)
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over an exec, so a child of a large pytest process
# would report its parent's size; the high-water mark of the new address space starts afresh.
status = Path("/proc/self/status").read_text()
hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
print(json.dumps({"message": message, "rss_mib": hwm / 1024}))
"""


def _import_in_child(path: Path) -> tuple[str | None, float]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=300,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures["message"], figures["rss_mib"]


@pytest.mark.slow
def test_expansion_bomb_is_refused_without_reading_it(tmp_path: Path) -> None:
    bomb = expansion_bomb(tmp_path / "bomb.docx", 300)  # 300 MiB of XML in a few hundred KB
    assert bomb.stat().st_size < 2_000_000
    message, rss = _import_in_child(bomb)
    assert message == limits.DOCX_EXPANDED_MB.exceeded(301)
    assert rss < 500


@pytest.mark.slow
def test_two_million_paragraphs_are_refused(tmp_path: Path) -> None:
    flood = paragraph_flood(tmp_path / "flood.docx", 2_000_000)
    message, rss = _import_in_child(flood)
    assert message is not None and "超过了上限" in message
    assert rss < 500


def test_high_compression_ratio_is_refused(tmp_path: Path) -> None:
    path = _with_document_xml(tmp_path / "ratio.docx", (b"<w:p/>" * 10_000 for _ in range(100)), 9)
    with pytest.raises(ImportError_, match=r"压缩前的 [0-9]+ 倍"):
        import_file(path, OrgSettings())


def test_paragraph_count_is_capped_while_streaming(tmp_path: Path) -> None:
    """Varied paragraphs (an ordinary compression ratio), a little over the limit."""
    count = limits.IMPORT_PARAGRAPHS.value + 500
    path = _with_document_xml(
        tmp_path / "many.docx", (f"<w:p><w:r><w:t>{i}</w:t></w:r></w:p>".encode() for i in range(count))
    )
    with pytest.raises(ImportError_) as refused:
        import_file(path, OrgSettings())
    assert str(refused.value).startswith(limits.IMPORT_PARAGRAPHS.message())


def test_too_many_items_in_a_docx(tmp_path: Path) -> None:
    path = numbered_items(tmp_path / "items.docx", limits.ITEMS.value + 1)
    with pytest.raises(ImportError_) as refused:
        import_file(path, OrgSettings())
    assert str(refused.value).startswith(limits.ITEMS.exceeded(limits.ITEMS.value + 1))


def test_too_many_items_tasks_and_subpoints_in_text() -> None:
    from unionbulletin.domain.conventions import chinese_numeral

    items = "".join(f"{chinese_numeral(n)}、第{n}件事。内容。\n" for n in range(1, 111))
    with pytest.raises(ImportError_, match=limits.ITEMS.exceeded(110)):
        import_text("荆州市总工会八月份工作综述\n" + items, OrgSettings())
    tasks = "".join(f"{chinese_numeral(n)}、第{n}项任务。\n" for n in range(1, 101))
    with pytest.raises(ImportError_, match=limits.TASKS.exceeded(100)):
        import_text("荆州市总工会九月份工作安排\n" + tasks, OrgSettings())
    subs = "".join(f"（{chinese_numeral(n)}）第{n}点。\n" for n in range(1, 32))
    with pytest.raises(ImportError_, match=limits.SUBPOINTS.exceeded(31)):
        import_text("荆州市总工会八月份工作综述\n一、甲事。内容。\n" + subs, OrgSettings())


def test_text_longer_than_a_bulletin_is_refused() -> None:
    text = "荆州市总工会八月份工作综述\n一、甲事。" + "内容很长。" * 70_000
    with pytest.raises(ImportError_, match="一期简报的全部文字有"):
        import_text(text, OrgSettings())
