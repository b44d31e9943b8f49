"""Wiring of the window: QApplication, translators, settings, store, controller, main window."""

from __future__ import annotations

import argparse
import sys


def run_gui(args: argparse.Namespace) -> int:
    print("主窗口尚在开发中；请先使用命令行子命令（unionbulletin --help）。", file=sys.stderr)
    return 2
