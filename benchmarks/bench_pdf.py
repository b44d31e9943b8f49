"""PDF export speed of the long bulletin (tests/fixtures/long.json), with LibreOffice as the reference.

Prints, each as the median of several warm runs (fonts registered, modules imported):

* layout alone, from scratch (layout and line-break caches cleared before each run);
* layout served from the content-key cache (what the preview pays for an unchanged bulletin);
* the whole PDF export (layout from scratch + drawing with reportlab), the product target < 0.3 s;
* the reference: the same bulletin's DOCX (``render.docx.render_docx``) converted by
  ``soffice --headless --convert-to pdf`` with a private profile (optional: skipped with a note when
  soffice or the DOCX writer is missing), and the ratio (target ≥ 5×).

    python3 benchmarks/bench_pdf.py [--runs N] [--soffice-runs N] [--no-soffice] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionbulletin.domain import Bulletin, OrgSettings  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.layout import linebreak, titles  # noqa: E402
from unionbulletin.layout.compose import clear_cache, layout_bulletin, style_for  # noqa: E402
from unionbulletin.layout.fonts import resolver_for_settings  # noqa: E402
from unionbulletin.render.pdf import render_pdf_result  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import emit  # noqa: E402


def clear_all_caches() -> None:
    clear_cache()
    linebreak._break_cached.cache_clear()
    titles._break_title.cache_clear()


def median_time(
    fn: Callable[[], object],
    runs: int,
    before: Callable[[], None] | None = None,
    cpu: list[float] | None = None,
) -> float:
    """Median wall-clock seconds of ``fn``; the median CPU seconds go to ``cpu`` if given."""
    times = []
    cpu_times = []
    for _ in range(runs):
        if before is not None:
            before()
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - start_cpu)
    if cpu is not None:
        cpu.append(statistics.median(cpu_times))
    return statistics.median(times)


def soffice_reference(bulletin: Bulletin, settings: OrgSettings, runs: int) -> tuple[float | None, str]:
    """Median seconds of ``soffice --convert-to pdf`` on the bulletin's DOCX, or None and why not."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None, "soffice not installed (Debian: libreoffice-writer-nogui)"
    try:
        from unionbulletin.render.docx import render_docx
    except ImportError as exc:
        return None, f"DOCX writer not available ({exc})"
    from unionbulletin.layout.fonts import write_fontconfig

    with tempfile.TemporaryDirectory(prefix="bench-soffice-") as tmp:
        work = Path(tmp)
        docx = work / "long.docx"
        docx.write_bytes(render_docx(bulletin, settings))
        env = dict(os.environ, FONTCONFIG_FILE=str(write_fontconfig(work / "fontconfig")))
        profile = (work / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(docx),
        ]

        def convert() -> None:
            subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)

        convert()  # first run creates the profile: not timed
        seconds = median_time(convert, runs)
        produced = work / "out" / "long.pdf"
        if not produced.exists():
            return None, "soffice produced no PDF"
        return seconds, ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--soffice-runs", type=int, default=3)
    parser.add_argument("--no-soffice", action="store_true")
    parser.add_argument("--json", action="store_true", help="add a BENCH-JSON line for benchmarks/run")
    args = parser.parse_args(argv)

    data = json.loads((ROOT / "tests" / "fixtures" / "long.json").read_text(encoding="utf-8"))
    bulletin = from_exchange(data)
    settings = OrgSettings()
    style = style_for(settings)
    fonts = resolver_for_settings(settings)

    warm = render_pdf_result(bulletin, settings, fonts=fonts)  # registers the fonts, imports everything
    pages = len(layout_bulletin(bulletin, style).pages)
    print(
        f"long bulletin: {len(bulletin.summary.items)} items, "
        f"{len(bulletin.plan.tasks) if bulletin.plan else 0} tasks, {pages} pages, "
        f"PDF {len(warm.data) / 1024:.0f} KiB; fonts: "
        + ", ".join(f"{role.value}={face.path.name}" for role, face in warm.faces.items())
    )

    layout_s = median_time(lambda: layout_bulletin(bulletin, style), args.runs, clear_all_caches)
    cached_s = median_time(lambda: layout_bulletin(bulletin, style), args.runs)
    cpu: list[float] = []
    pdf_s = median_time(
        lambda: render_pdf_result(bulletin, settings, fonts=fonts), args.runs, clear_all_caches, cpu
    )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (high load slows wall times)")
    print(f"layout from scratch      {layout_s * 1000:8.1f} ms  (median of {args.runs})")
    print(f"layout from cache        {cached_s * 1000:8.3f} ms")
    print(
        f"PDF export (reportlab)   {pdf_s * 1000:8.1f} ms  (CPU {cpu[0] * 1000:.1f} ms)  target < 300 ms: "
        f"{'met' if pdf_s < 0.3 else 'NOT met'}"
    )
    figures: dict[str, object] = {
        "pages": pages,
        "layout_ms": layout_s * 1000,
        "layout_cached_ms": cached_s * 1000,
        "pdf_ms": pdf_s * 1000,
        "pdf_cpu_ms": cpu[0] * 1000,
    }
    for name in ("sample-2018", "sample-2020"):
        sample = from_exchange(json.loads((ROOT / "tests" / "fixtures" / f"{name}.json").read_text("utf-8")))
        render_pdf_result(sample, settings, fonts=fonts)
        sample_s = median_time(
            lambda b=sample: render_pdf_result(b, settings, fonts=fonts), args.runs, clear_all_caches
        )
        figures[f"pdf_{name}_ms"] = sample_s * 1000
        print(f"PDF export {name}   {sample_s * 1000:8.1f} ms")

    if args.no_soffice:
        print("LibreOffice reference: skipped (--no-soffice)")
        if args.json:
            emit(figures)
        return 0
    reference, why = soffice_reference(bulletin, settings, args.soffice_runs)
    if reference is None:
        print(f"LibreOffice reference: skipped: {why}")
        figures["soffice_skipped"] = why
        if args.json:
            emit(figures)
        return 0
    ratio = reference / pdf_s
    figures.update(soffice_ms=reference * 1000, ratio=ratio)
    print(f"DOCX → PDF (soffice)     {reference * 1000:8.1f} ms  (median of {args.soffice_runs})")
    print(f"ratio soffice / ours     {ratio:8.1f} ×  target ≥ 5×: {'met' if ratio >= 5 else 'NOT met'}")
    if args.json:
        emit(figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
