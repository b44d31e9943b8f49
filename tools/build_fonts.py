#!/usr/bin/env python3
"""Build the free stand-in fonts shipped in ``unionbulletin/data/fonts/`` (official-format.md §3.2).

Source: the Fandol fonts (GPL-3 + GPL font exception) in Debian's ``texlive-lang-chinese`` package.
The script downloads that package with ``apt-get download`` (from the configured Debian mirror; no
TeX is installed), unpacks it with ``dpkg-deb -x`` and, for each of FandolFang-Regular,
FandolHei-Regular, FandolKai-Regular, FandolSong-Regular and FandolSong-Bold:

1. removes the Kangxi radicals and CJK compatibility ideographs (U+2E80-U+2FDF, U+F900-U+FAFF) from
   the cmap: with them mapped, Qt's PDF writer extracts "工" as the radical "⼯";
2. subsets the font to the glyphs reachable from the remaining cmap, without hinting and without
   the GPOS/BASE/VORG/vhea/vmtx tables (no default-on feature is lost: GPOS only holds
   cpct/halt/ujis/vhal);
3. converts the CFF outlines to quadratic TrueType (``glyf``) outlines with fontTools' cu2qu
   (reportlab embeds TrueType outlines only), post table format 3 (no glyph names);
4. renames it to a family of its own, ``UB FandolFang`` / ``UB FandolHei`` / ``UB FandolKai`` /
   ``UB FandolSong`` / ``UB FandolSong Bold`` (each file is a family with one "Regular" style, so a
   fontconfig alias or a Qt family lookup can never mix it up with an installed original Fandol OTF,
   whose cmap still has the radicals);
5. writes ``<Name>.ttf`` (e.g. ``FandolFang-Regular.ttf``) into the output directory, plus
   ``LICENSE-Fandol.txt`` (the package's Fandol README and COPYING, which holds GPL-3 and the font
   exception) and ``README.md`` (source package, version, conversion).

The output is reproducible: timestamps come from the source fonts, so re-running the script on the
same package version gives byte-identical files.

Usage::

    python tools/build_fonts.py                    # download, convert, write unionbulletin/data/fonts
    python tools/build_fonts.py --deb path.deb     # use an already downloaded package (offline)
    python tools/build_fonts.py --jobs 2           # convert two fonts at a time

Needs ``fonttools`` (a project dependency), ``apt-get`` (unless ``--deb``) and ``dpkg-deb``.
"""

from __future__ import annotations

import argparse
import gzip
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

PACKAGE = "texlive-lang-chinese"
FANDOL_DIR = "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
FANDOL_DOC_DIR = "usr/share/doc/texlive-doc/fonts/fandol"
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "unionbulletin" / "data" / "fonts"

# Code points removed from every cmap: Kangxi radicals + CJK radicals supplement + ideographic
# description characters (U+2E80-U+2FDF), CJK compatibility ideographs (U+F900-U+FAFF).
REMOVED_RANGES: tuple[tuple[int, int], ...] = ((0x2E80, 0x2FDF), (0xF900, 0xFAFF))

# cu2qu tolerance in font units (the fonts have 1000 units per em): 1 unit is 0.016 pt at 16 pt.
MAX_ERR = 1.0


@dataclass(frozen=True)
class FontSpec:
    source: str  # OTF base name inside the package
    family: str  # new family name (nameID 1 and 16)
    postscript: str  # new PostScript name (nameID 6)
    weight: int  # OS/2 usWeightClass


FONTS: tuple[FontSpec, ...] = (
    FontSpec("FandolFang-Regular", "UB FandolFang", "UBFandolFang-Regular", 400),
    FontSpec("FandolHei-Regular", "UB FandolHei", "UBFandolHei-Regular", 400),
    FontSpec("FandolKai-Regular", "UB FandolKai", "UBFandolKai-Regular", 400),
    FontSpec("FandolSong-Regular", "UB FandolSong", "UBFandolSong-Regular", 400),
    FontSpec("FandolSong-Bold", "UB FandolSong Bold", "UBFandolSong-Bold", 700),
)

DROPPED_TABLES = ["GPOS", "GSUB", "BASE", "VORG", "vhea", "vmtx", "DSIG", "kern"]


def removed(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in REMOVED_RANGES)


def fetch_package(workdir: Path) -> Path:
    """``apt-get download`` the package into ``workdir`` and return the .deb path."""
    subprocess.run(["apt-get", "download", PACKAGE], cwd=workdir, check=True)
    debs = sorted(workdir.glob(f"{PACKAGE}_*.deb"))
    if not debs:
        raise SystemExit(f"apt-get download did not produce {PACKAGE}_*.deb in {workdir}")
    return debs[-1]


def deb_version(deb: Path) -> str:
    out = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Version"], check=True, capture_output=True, text=True
    ).stdout
    return out.strip()


def extract(deb: Path, dest: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(dest)], check=True)


def subset_font(font: TTFont) -> None:
    """Keep only glyphs reachable from the cmap minus the removed ranges; drop hinting and extras."""
    keep = sorted(cp for cp in font.getBestCmap() if not removed(cp))
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.recommended_glyphs = True
    options.glyph_names = False
    options.legacy_cmap = False
    options.symbol_cmap = False
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.drop_tables = [*options.drop_tables, *DROPPED_TABLES]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    for table in font["cmap"].tables:  # belt and braces: the subsetter keeps only `keep`
        table.cmap = {cp: name for cp, name in table.cmap.items() if not removed(cp)}


def cff_to_glyf(font: TTFont, max_err: float = MAX_ERR) -> None:
    """Replace the CFF table by quadratic TrueType outlines (after fontTools' otf2ttf snippet)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=True))
        glyphs[name] = tt_pen.glyph()

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)  # computes bounding boxes

    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        advance, _ = hmtx[name]
        hmtx[name] = (advance, glyph.xMin if glyph.numberOfContours else 0)

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = 0
    maxp.maxComponentDepth = 0

    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = None

    gasp = font["gasp"] = newTable("gasp")
    gasp.version = 1
    gasp.gaspRange = {0xFFFF: 0x000A}  # unhinted: smoothing at all sizes, no grid-fitting

    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont, spec: FontSpec, package_version: str) -> None:
    """Give the font its own family (one "Regular" style per file) and record what was done."""
    name = font["name"]
    copyright_ = name.getDebugName(0) or "Copyright (c) 2012-2013, the Fandol team."
    version = f"{font['head'].fontRevision:.3f}"
    description = (
        f"{spec.source} from Debian {PACKAGE} {package_version}, converted to TrueType outlines by "
        "unionbulletin tools/build_fonts.py; Kangxi radicals and CJK compatibility ideographs "
        "removed from the cmap."
    )
    license_ = (
        "GNU GPL version 3 with the GPL font exception (see LICENSE-Fandol.txt). The font exception "
        "is extended to this modified version."
    )
    name.names = []
    records = {
        0: copyright_,
        1: spec.family,
        2: "Regular",
        3: f"{version};UB;{spec.postscript}",
        4: spec.family,
        5: f"Version {version}; TrueType conversion for unionbulletin",
        6: spec.postscript,
        8: "Project Fandol",
        9: "Clerk Ma, Jie Su",
        10: description,
        11: "https://ctan.org/pkg/fandol",
        13: license_,
        14: "https://www.gnu.org/licenses/gpl-3.0.html",
    }
    for name_id, text in records.items():
        name.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
    os2 = font["OS/2"]
    os2.usWeightClass = spec.weight
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | 0b1000000  # REGULAR, not BOLD/ITALIC
    font["head"].macStyle = 0


def convert(otf: Path, out: Path, spec: FontSpec, package_version: str) -> tuple[str, float, int]:
    """Convert one OTF; return (file name, seconds, size in bytes)."""
    start = time.perf_counter()
    font = TTFont(otf, recalcTimestamp=False)
    subset_font(font)
    cff_to_glyf(font)
    rename(font, spec, package_version)
    font.save(out, reorderTables=True)
    font.close()
    # Round-trip check: still TrueType, radicals gone.
    check = TTFont(out)
    assert "glyf" in check and "CFF " not in check, out
    assert not any(removed(cp) for cp in check.getBestCmap()), out
    check.close()
    return out.name, time.perf_counter() - start, out.stat().st_size


def write_license(extracted: Path, out_dir: Path) -> None:
    doc = extracted / FANDOL_DOC_DIR
    readme = (doc / "README").read_text(encoding="utf-8")
    with gzip.open(doc / "COPYING.gz", "rt", encoding="utf-8") as fh:
        copying = fh.read()
    header = (
        "Licence of the bundled fonts FandolFang-Regular.ttf, FandolHei-Regular.ttf,\n"
        "FandolKai-Regular.ttf, FandolSong-Regular.ttf and FandolSong-Bold.ttf.\n\n"
        "They are modified versions (TrueType outlines, reduced cmap, renamed) of the Fandol fonts,\n"
        "Copyright (c) 2012-2013 Clerk Ma, Jie Su (the Fandol team), released under the GNU General\n"
        "Public License version 3 with the GPL font exception (both texts follow). The font\n"
        "exception is extended to these modified versions. The corresponding source is the original\n"
        f"OTF files in Debian's {PACKAGE} package and tools/build_fonts.py in this program's\n"
        "source (see README.md in this folder).\n\n"
        "===== " + FANDOL_DOC_DIR.rsplit("/", 1)[-1] + "/README (from the Debian package) =====\n\n"
    )
    text = header + readme.rstrip() + "\n\n===== COPYING (from the Debian package) =====\n\n" + copying
    (out_dir / "LICENSE-Fandol.txt").write_text(text, encoding="utf-8")


def write_readme(out_dir: Path, package_version: str, results: Iterable[tuple[str, int]]) -> None:
    rows = "\n".join(
        f"| `{fname}` | {spec.family} | {spec.source}.otf | {size / 1e6:.1f} MB |"
        for (fname, size), spec in zip(results, FONTS, strict=True)
    )
    text = f"""# Bundled fonts

Free stand-ins for the official faces (official-format.md §3.2), used when the official Windows fonts
are not installed. Generated by `tools/build_fonts.py`; do not edit by hand, re-run the script.

Source: Debian package `{PACKAGE}` version `{package_version}`
(`apt-get download {PACKAGE}`), directory `/{FANDOL_DIR}`.
Fandol v0.3 (2015-07-18) by Clerk Ma and Jie Su, licensed GPL-3 with the GPL font exception: see
`LICENSE-Fandol.txt`. The corresponding source of these modified fonts is that package's OTF files
plus `tools/build_fonts.py`.

| file | family name | made from | size |
|---|---|---|---|
{rows}

Each file is its own family with a single "Regular" style (also the bold Song, whose OS/2 weight is
700), so it can be named unambiguously in fontconfig aliases and Qt.

Conversion (fontTools):

1. cmap: removed U+2E80–U+2FDF (Kangxi radicals, CJK radicals supplement) and U+F900–U+FAFF (CJK
   compatibility ideographs), because with them Qt's PDF writer extracts e.g. "工" as "⼯";
2. subset to the glyphs reachable from the remaining cmap; no hinting; dropped GPOS (only
   cpct/halt/ujis/vhal, none on by default), BASE, VORG, vhea, vmtx;
3. CFF → quadratic TrueType outlines with cu2qu (max error {MAX_ERR:g} unit of 1000/em), `maxp` 1.0,
   `post` format 3, `gasp` smoothing without grid-fitting, no instructions;
4. renamed (family "UB Fandol…", PostScript name "UBFandol…-…").
"""
    (out_dir / "README.md").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, help=f"use this {PACKAGE} .deb instead of downloading it")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    parser.add_argument("--jobs", type=int, default=1, help="fonts converted in parallel (default 1)")
    args = parser.parse_args(argv)

    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ub-fonts-") as tmp:
        work = Path(tmp)
        deb = args.deb.resolve() if args.deb else fetch_package(work)
        version = deb_version(deb)
        print(f"{PACKAGE} {version}: {deb.name}", flush=True)
        extracted = work / "x"
        extract(deb, extracted)
        src_dir = extracted / FANDOL_DIR
        missing = [s.source for s in FONTS if not (src_dir / f"{s.source}.otf").is_file()]
        if missing:
            raise SystemExit(f"not in the package: {', '.join(missing)}")

        jobs = [(src_dir / f"{s.source}.otf", out_dir / f"{s.source}.ttf", s, version) for s in FONTS]
        if args.jobs > 1:
            with ProcessPoolExecutor(max_workers=args.jobs) as pool:
                results = list(pool.map(convert, *zip(*jobs, strict=True)))
        else:
            results = [convert(*job) for job in jobs]
        for fname, seconds, size in results:
            print(f"  {fname}: {size / 1e6:.2f} MB in {seconds:.1f} s", flush=True)

        write_license(extracted, out_dir)
        write_readme(out_dir, version, [(fname, size) for fname, _, size in results])
    total = sum(size for _, _, size in results)
    print(
        f"wrote {len(results)} fonts, {total / 1e6:.1f} MB, to {out_dir} in {time.perf_counter() - t0:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
