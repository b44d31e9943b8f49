"""Printing and export-for-e-mail speed: both samples and the long synthetic bulletin.

Prints, per bulletin, the median time of ``render.qt_print.print_document`` onto a QPrinter writing
Qt's PDF (the same painting a real printer gets, fonts warm), the size of that PDF, the longest pause
of the GUI thread's event loop while the same job runs in a BackgroundJob (what the user would feel:
a timer ticks every 5 ms on the GUI thread during the job), and the time of "export for e-mail"
(DOCX and PDF, atomic writes). The product asks that printing never freezes the window (target:
under 50 ms, one 16 ms frame where possible). `QPainter.end()`, where Qt writes the PDF's font
subsets (some 100 ms), used to hold the Python lock and made the GUI thread's Python slots wait
57–69 ms; `render.qt_print.end_without_gil` now calls it without the lock, and the style name of each
font file is read once per process instead of once per job.

    python3 benchmarks/bench_print.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from unionbulletin.controller.file_menu_steps import export_many  # noqa: E402
from unionbulletin.controller.jobs import BackgroundJob, JobContext  # noqa: E402
from unionbulletin.domain import Bulletin, OrgSettings  # noqa: E402
from unionbulletin.domain.exchange import from_exchange  # noqa: E402
from unionbulletin.domain.file_names import export_file_name  # noqa: E402
from unionbulletin.export import RenderOptions  # noqa: E402
from unionbulletin.layout.compose import layout_bulletin, style_for  # noqa: E402
from unionbulletin.layout.fonts import FontResolver  # noqa: E402
from unionbulletin.render.qt_print import print_document, setup_printer  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from _report import emit  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


class _Ctx:
    def progress(self, done: int, total: int) -> None:
        pass

    def check(self) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_printer(printer)
    return printer


def gui_stall_ms(app: QApplication, job: BackgroundJob) -> float:
    """Longest gap between ticks of a 5 ms timer on the GUI thread while `job` runs."""
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    clock.start()
    timer.start()
    job.start()
    loop.exec()
    timer.stop()
    return max(gaps) if gaps else 0.0


def _print_job(bulletin: Bulletin, target: Path, fonts: FontResolver, _ctx: JobContext) -> bool:
    document = layout_bulletin(bulletin)
    return print_document(document, pdf_printer(target), fonts, list(range(len(document.pages))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="add a BENCH-JSON line for benchmarks/run")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    fonts = FontResolver()
    render = RenderOptions(fonts, style_for(OrgSettings()))
    figures: dict[str, object] = {}
    print(f"printing to Qt's PDF output and export for e-mail, median of {args.runs} warm runs")
    idle = gui_stall_ms(app, BackgroundJob(lambda _ctx: time.sleep(0.3)))
    figures["gui_timer_jitter_ms"] = idle
    print(f"  longest GUI pause while an idle job runs (timer jitter): {idle:5.1f} ms")
    with tempfile.TemporaryDirectory(prefix="ub-bench-print-") as tmp:
        for name in ("sample-2018", "sample-2020", "long"):
            bulletin = from_exchange(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))
            document = layout_bulletin(bulletin)
            pages = list(range(len(document.pages)))
            target = Path(tmp) / f"{name}.pdf"
            print_document(document, pdf_printer(target), fonts, pages)  # warm-up: fonts registered
            times = []
            for _ in range(args.runs):
                printer = pdf_printer(target)
                t0 = time.perf_counter()
                print_document(document, printer, fonts, pages)
                times.append(time.perf_counter() - t0)
            size = target.stat().st_size

            stall = gui_stall_ms(app, BackgroundJob(functools.partial(_print_job, bulletin, target, fonts)))
            email = []
            targets = [(Path(tmp) / export_file_name(bulletin, kind), kind) for kind in ("docx", "pdf")]
            for _ in range(args.runs):
                t0 = time.perf_counter()
                export_many(bulletin, targets, OrgSettings(), _Ctx(), render)  # type: ignore[arg-type]
                email.append(time.perf_counter() - t0)
            print_ms = statistics.median(times) * 1000
            email_ms = statistics.median(email) * 1000
            figures[f"print_{name}_ms"] = print_ms
            figures[f"print_{name}_gui_stall_ms"] = stall
            figures[f"email_export_{name}_ms"] = email_ms
            print(
                f"  {name:<12} {len(pages)} pages: print {print_ms:6.1f} ms, PDF {size / 1024:6.1f} KiB, "
                f"longest GUI pause during a background print {stall:5.1f} ms; "
                f"export for e-mail (DOCX + PDF) {email_ms:6.1f} ms"
            )
    if args.json:
        emit(figures)


if __name__ == "__main__":
    main()
