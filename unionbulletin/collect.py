"""Sending out and reading back the 征集表: the steps shared by the command line and the window.

`write_request_forms` writes one form per department of a bulletin's plan into a folder;
`prepare_collect` reads returned forms and computes, without saving anything, what merging them into
the issue being prepared would change (`Collected`); the caller shows it and then stores
`merged.issue` and `merged.previous`. Forms that cannot be used are listed with a Chinese reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .domain import Bulletin, OrgSettings
from .domain.requests import FormError, FormPlan, MergeResult, merge_forms, plan_form, request_forms
from .export import ExportError
from .export_followup import write_file


def write_request_forms(
    bulletin: Bulletin,
    bulletin_id: int,
    out_dir: Path,
    settings: OrgSettings | None = None,
    data_file: Path | None = None,
    deadline_note: str = "",
) -> list[Path]:
    """One DOCX per department into `out_dir`; ExportError when the folder is missing or a file fails."""
    from .render.request_docx import render_request_docx

    settings = settings or OrgSettings()
    if not out_dir.is_dir():
        raise ExportError(f"文件夹不存在：{out_dir}")
    forms = request_forms(bulletin, bulletin_id)
    if not forms:
        raise ExportError(f"第 {bulletin_id} 号简报的工作安排中没有写明责任部室的任务，无法生成征集表。")
    written = []
    for form in forms:
        target = out_dir / form.file_name
        write_file(target, render_request_docx(form, settings.docx_font_names, deadline_note), data_file)
        written.append(target)
    return written


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    department: str  # empty when refused
    changes: tuple[str, ...]
    error: str = ""


@dataclass(frozen=True)
class Collected:
    previous_id: int | None
    merged: MergeResult | None  # None when no form could be used
    files: tuple[FileOutcome, ...]

    @property
    def changed(self) -> bool:
        return self.merged is not None and bool(self.merged.changes)


def prepare_collect(bulletins: Mapping[int, Bulletin], issue_id: int, paths: Sequence[Path]) -> Collected:
    """What merging the forms at `paths` into issue `issue_id` would change (nothing is saved)."""
    from .importers.request_form import read_returned_form

    issue = bulletins[issue_id]
    previous_ids = sorted(
        (
            i
            for i, b in bulletins.items()
            if b.period.next() == issue.period and i != issue_id and b.plan is not None
        )
    )
    outcomes: list[FileOutcome] = []
    plans: list[tuple[Path, FormPlan]] = []
    chosen: int | None = None
    for path in paths:
        try:
            form = read_returned_form(path)
            if form.mark is None:
                raise FormError(f"{path.name}：不是本程序生成的征集表（找不到表单标识），未合并。")
            wanted = form.mark.bulletin_id
            if wanted not in previous_ids:
                if form.mark.period != issue.period:
                    got, want = form.mark.period, issue.period
                    raise FormError(
                        f"{path.name}：这是 {got.year}年{got.month}月 的征集表，"
                        f"本期报的是 {want.year}年{want.month}月，未合并。"
                    )
                raise FormError(
                    f"{path.name}：这份征集表是按第 {wanted} 号简报生成的，"
                    "该简报已不在数据文件中或不是本期的上月简报，未合并。"
                )
            if chosen is not None and wanted != chosen:
                raise FormError(
                    f"{path.name}：这份征集表是按第 {wanted} 号简报生成的，"
                    f"其他征集表是按第 {chosen} 号，未合并。"
                )
            plan = plan_form(form, bulletins[wanted], wanted, issue.period)
            chosen = wanted
            plans.append((path, plan))
        except FormError as exc:
            outcomes.append(FileOutcome(path, "", (), str(exc)))
    if chosen is None:
        return Collected(None, None, tuple(outcomes))
    merged = merge_forms(issue, bulletins[chosen], [p for _, p in plans])
    # the changes of each file, for the list the user confirms (merge_forms prefixes the department)
    for path, plan in plans:
        own = merge_forms(issue, bulletins[chosen], [plan]).changes
        outcomes.append(FileOutcome(path, plan.department, own))
    order = {p: n for n, p in enumerate(paths)}
    return Collected(chosen, merged, tuple(sorted(outcomes, key=lambda o: order.get(o.path, 0))))
