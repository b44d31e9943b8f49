"""DOCX bulletins (python-docx): paragraphs and tables in document order → the text recogniser.

A secretary's Word file holds the bulletin as paragraphs (title, items 一、…, 报：/发：), often with
the plan as a table whose header row names 工作任务 / 责任领导 / 责任部室 / 完成时限 in any order.
Word's automatic list numbering (一、 （一） 1.) is not in the paragraph text, so it is rebuilt from
the numbering definitions. Other tables (a masthead or 报尾 laid out in a table) are read cell by
cell. Text boxes are read as paragraphs of their own; headers, footers and deleted revisions are not.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from ..domain.conventions import chinese_numeral, marker_of, split_names
from ..domain.model import OrgSettings
from ..domain.text_cleanup import map_characters
from .bounds import check_counts, check_docx_archive, check_text_size
from .paragraphs import ends_paragraph, imported_paragraphs, starts_paragraph
from .result import ImportError_, ImportResult
from .text import Block, TaskRow, recognise

_P = qn("w:p")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")
_T = qn("w:t")
_TAB = qn("w:tab")
_BR = qn("w:br")
_CR = qn("w:cr")
_NB_HYPHEN = qn("w:noBreakHyphen")
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_VAL = qn("w:val")

_CONTENT_HEADERS = ("任务", "内容", "事项", "工作")
_INDEX_HEADERS = ("序号", "编号", "序")


def import_docx(path: Path, defaults: OrgSettings) -> ImportResult:
    """Read a .docx file; raises ImportError_ when it is not a readable Word document."""
    check_docx_archive(path)
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises many kinds (zip, XML, missing part) for a bad file
        raise ImportError_(
            "不是有效的 Word 文档（.docx）：文件可能已损坏，或是改了扩展名的其他文件。"
        ) from exc
    reader = _Reader(document)
    blocks = _cleaned(list(reader.blocks()))
    if not blocks:
        raise ImportError_("Word 文档中没有文字。")
    check_text_size([b if isinstance(b, str) else b.content for b in blocks])
    result = recognise(blocks, defaults, source_name=path.name)
    check_counts(result.bulletin)
    if reader.warnings:
        result = ImportResult(result.bulletin, tuple(reader.warnings) + result.warnings)
    return result


class _Raw(str):
    """The raw text of one Word paragraph, before the clean-up."""


def _printed_lines(texts: list[str]) -> bool:
    """True when most paragraphs end mid-sentence: PDF text pasted into Word, one printed line each."""
    long = [t for t in texts if len(t) >= 12]
    open_ended = sum(1 for t in long if not ends_paragraph(t))
    return open_ended >= 4 and open_ended * 2 > len(long)


def _cleaned(raw: list[_Raw | TaskRow]) -> list[Block]:
    """Clean the Word paragraphs. When they are printed lines (PDF text pasted into Word) they are
    re-joined exactly like plain text. Otherwise a Word paragraph is a paragraph, except that one
    ending mid-sentence (`…为一线职工` + `“送清凉…`, a page break that came in with pasted text) is
    re-joined with the next unless that one starts a paragraph of its own (marker, label, title)."""
    mapped = {id(b): map_characters(b).strip() for b in raw if isinstance(b, _Raw)}
    printed = _printed_lines([t.rsplit("\n", 1)[-1] for t in mapped.values() if t])
    out: list[Block] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            out.extend(imported_paragraphs("\n".join(group)))
            group.clear()

    for block in raw:
        if isinstance(block, TaskRow):
            flush()
            out.append(block)
            continue
        text = mapped[id(block)]
        if not text:
            continue
        if not printed and starts_paragraph(text.split("\n", 1)[0]):
            flush()
        group.append(block)
        if not printed and ends_paragraph(text.rsplit("\n", 1)[-1]):
            flush()
    flush()
    return out


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = _Numbering(document)
        self.warnings: list[str] = []

    def blocks(self) -> Iterator[_Raw | TaskRow]:
        yield from self._container(self.document.element.body)

    def _container(self, element: Any) -> Iterator[_Raw | TaskRow]:
        for child in element.iterchildren():
            if child.tag == _P:
                yield from self._paragraph(child)
            elif child.tag == _TBL:
                yield from self._table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self._container(content)

    def _paragraph(self, p: Any) -> Iterator[_Raw | TaskRow]:
        parts: list[str] = []
        boxes: list[Any] = []
        _collect_text(p, parts, boxes)
        for box in boxes:
            yield from self._container(box)
        yield _Raw(self.numbering.marker(p) + "".join(parts))

    def _table(self, tbl: Any) -> Iterator[_Raw | TaskRow]:
        rows = [_row_cells(tr) for tr in tbl.iterchildren(qn("w:tr"))]
        header_at, columns = _plan_header(rows)
        seen: set[Any] = set()  # merged cells appear once per grid column and row they span
        if columns is None:
            header_at = len(rows)
        for row in rows[:header_at]:
            for cell in row:
                if cell not in seen:
                    seen.add(cell)
                    yield from self._container(cell)
        if columns is None:
            return
        extra_used: set[str] = set()
        for row in rows[header_at + 1 :]:
            texts = [self._cell_text(cell) for cell in row]
            if not any(texts):
                continue
            if len(row) > 1 and all(cell is row[0] for cell in row):  # a merged row: a sub-heading
                yield _Raw(texts[0])
                continue
            yield self._task_row(texts, columns, extra_used)
        for header in sorted(extra_used):
            self.warnings.append(f"工作安排表中“{header}”列的内容已并入工作任务，请核对")

    def _cell_text(self, tc: Any) -> str:
        raw = "\n".join(block for block in self._container(tc) if isinstance(block, _Raw))
        return "\n".join(imported_paragraphs(raw))

    def _task_row(self, texts: list[str], columns: dict[int, str], extra_used: set[str]) -> TaskRow:
        content: list[str] = []
        leaders: list[str] = []
        departments: list[str] = []
        deadline: list[str] = []
        extras: list[str] = []
        for i, text in enumerate(texts):
            role = columns.get(i, "")
            if not text or role == "index":
                continue
            if role == "content":
                content.append(text.replace("\n", ""))
            elif role == "leaders":
                leaders.extend(split_names(text))
            elif role == "departments":
                departments.extend(split_names(text))
            elif role == "deadline":
                deadline.append(text.replace("\n", ""))
            else:
                header = role.removeprefix("other:") or f"第{i + 1}列"
                extras.append(f"（{header}：{text.replace(chr(10), '')}）")
                extra_used.add(header)
        joined = "".join(content)
        marker = marker_of(joined)
        if marker is not None and marker[0] in (0, 2):  # the number is generated, never stored
            joined = joined[marker[2] :]
        return TaskRow(
            content=joined + "".join(extras),
            leaders=tuple(leaders),
            departments=tuple(departments),
            deadline="、".join(deadline),
        )


def _collect_text(element: Any, parts: list[str], boxes: list[Any]) -> None:
    """The visible text of a paragraph; text boxes are collected apart (their content is block-level)."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _TAB:
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NB_HYPHEN:
            parts.append("-")
        elif tag == _TXBX:
            boxes.append(child)
        elif tag == _FALLBACK or tag in (qn("w:delText"), qn("w:instrText"), qn("w:pPr"), qn("w:rPr")):
            continue
        else:
            _collect_text(child, parts, boxes)


def _row_cells(tr: Any) -> list[Any]:
    """The `w:tc` elements of a row, one per grid column; a vertically merged cell repeats the cell
    above so every task under a merged 责任领导 cell gets that leader."""
    cells: list[Any] = []
    for tc in tr.iterchildren(qn("w:tc")):
        root = tc
        while _vmerge(root) == "continue":
            above = _cell_above(root)
            if above is None:
                break
            root = above
        span = _grid_span(tc)
        cells.extend([root] * span)
    return cells


def _tc_pr(tc: Any) -> Any:
    return tc.find(qn("w:tcPr"))


def _vmerge(tc: Any) -> str | None:
    pr = _tc_pr(tc)
    if pr is None:
        return None
    vm = pr.find(qn("w:vMerge"))
    if vm is None:
        return None
    value = vm.get(_VAL)
    return "continue" if value in (None, "continue") else str(value)


def _grid_span(tc: Any) -> int:
    pr = _tc_pr(tc)
    span = pr.find(qn("w:gridSpan")) if pr is not None else None
    try:
        return max(1, int(span.get(_VAL))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _cell_above(tc: Any) -> Any:
    tr = tc.getparent()
    col = 0
    for other in tr.iterchildren(qn("w:tc")):
        if other is tc:
            break
        col += _grid_span(other)
    prev = tr.getprevious()
    while prev is not None and prev.tag != qn("w:tr"):
        prev = prev.getprevious()
    if prev is None:
        return None
    cells = _row_cells(prev)
    return cells[col] if col < len(cells) else None


def _header_role(text: str) -> str:
    compact = "".join(text.split())
    if not compact:
        return ""
    if compact in _INDEX_HEADERS:
        return "index"
    if "领导" in compact:
        return "leaders"
    if any(word in compact for word in ("部室", "部门", "单位")):
        return "departments"
    if any(word in compact for word in ("时限", "时间", "期限")):
        return "deadline"
    if any(word in compact for word in _CONTENT_HEADERS):
        return "content"
    return "other:" + compact


def _plan_header(rows: list[list[Any]]) -> tuple[int, dict[int, str] | None]:
    """Index of the header row of a plan table and the role of each column, or (0, None)."""
    for index, row in enumerate(rows[:2]):
        roles: dict[int, str] = {}
        for i, tc in enumerate(row):
            if i > 0 and tc is row[i - 1]:
                continue
            text = "".join(t.text or "" for t in tc.iter(_T))
            roles[i] = _header_role(text)
        found = set(roles.values())
        if "content" in found and found & {"leaders", "departments", "deadline"}:
            return index, roles
    return 0, None


_FORMATS_CHINESE = (
    "chineseCounting",
    "chineseCountingThousand",
    "japaneseCounting",
    "taiwaneseCounting",
    "koreanCounting",
)
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _format_number(n: int, fmt: str) -> str:
    if fmt in _FORMATS_CHINESE:
        return chinese_numeral(n) if 0 < n < 1000 else str(n)
    if fmt == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified" and 0 < n < 10:
        return _LEGAL[n]
    if fmt in ("ideographTraditional", "ideographZodiac") and 0 < n <= 10:
        return _HEAVENLY[n - 1]
    if fmt == "decimalEnclosedCircle" and 0 < n <= 20:
        return _CIRCLED[n - 1]
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("upperLetter", "lowerLetter") and n > 0:
        letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += letters
            n -= value
    return out


class _Numbering:
    """Rebuilds Word's automatic list numbers (一、 （一） 1.) for paragraphs that use them."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # numId → ilvl → (start, fmt, text)
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numpr: dict[str, tuple[str, int] | None] = {}
        self.styles = _styles_element(document)
        try:
            numbering = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for an in numbering.iterchildren(qn("w:abstractNum")):
            abstract[an.get(qn("w:abstractNumId"), "")] = {
                int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in an.iterchildren(qn("w:lvl"))
            }
        for num in numbering.iterchildren(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is None:
                continue
            levels = dict(abstract.get(ref.get(_VAL, ""), {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                start = override.find(qn("w:startOverride"))
                if ilvl in levels and start is not None:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (_int(start.get(_VAL), 1), fmt, text)
            self.levels[num.get(qn("w:numId"), "")] = levels

    def marker(self, p: Any) -> str:
        ref = self._numpr(p)
        if ref is None:
            return ""
        num_id, ilvl = ref
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start = levels[ilvl][0]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""
        for level in range(ilvl + 1):
            if f"%{level + 1}" in text:
                value = counters.get(level, levels.get(level, (1, "", ""))[0])
                level_fmt = levels.get(level, (1, "decimal", ""))[1]
                text = text.replace(f"%{level + 1}", _format_number(value, level_fmt))
        return text

    def _numpr(self, p: Any) -> tuple[str, int] | None:
        ppr = p.find(qn("w:pPr"))
        if ppr is not None:
            numpr = ppr.find(qn("w:numPr"))
            if numpr is not None:
                return _numpr_ref(numpr, 0)
            style = ppr.find(qn("w:pStyle"))
            if style is not None:
                return self._style_numpr(style.get(_VAL, ""), 0)
        return None

    def _style_numpr(self, style_id: str, depth: int) -> tuple[str, int] | None:
        if style_id in self.style_numpr:
            return self.style_numpr[style_id]
        result: tuple[str, int] | None = None
        if self.styles is not None and depth < 10:
            for style in self.styles.iterchildren(qn("w:style")):
                if style.get(qn("w:styleId")) != style_id:
                    continue
                ppr = style.find(qn("w:pPr"))
                numpr = ppr.find(qn("w:numPr")) if ppr is not None else None
                if numpr is not None:
                    result = _numpr_ref(numpr, 0)
                else:
                    based = style.find(qn("w:basedOn"))
                    if based is not None:
                        result = self._style_numpr(based.get(_VAL, ""), depth + 1)
                break
        self.style_numpr[style_id] = result
        return result


def _styles_element(document: Any) -> Any:
    try:
        return document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return None


def _numpr_ref(numpr: Any, default_ilvl: int) -> tuple[str, int] | None:
    num_id = numpr.find(qn("w:numId"))
    if num_id is None or num_id.get(_VAL) in (None, "0"):
        return None
    ilvl = numpr.find(qn("w:ilvl"))
    return str(num_id.get(_VAL)), _int(ilvl.get(_VAL) if ilvl is not None else None, default_ilvl)


def _level(lvl: Any) -> tuple[int, str, str]:
    start = lvl.find(qn("w:start"))
    fmt = lvl.find(qn("w:numFmt"))
    text = lvl.find(qn("w:lvlText"))
    return (
        _int(start.get(_VAL) if start is not None else None, 1),
        fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
        text.get(_VAL, "") if text is not None else "",
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
