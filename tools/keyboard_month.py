"""A month's bulletin by keyboard only, on a real X server without a window manager, at 1366×697:
根据上月新建 (Ctrl+Alt+N) with a status chosen by arrow keys, the draft item written, a new item
(Ctrl+Shift+N) with a long body, a task in the plan (Alt+2, Ctrl+Shift+N, Tab between cells), the
印发日期 typed as in Word (Alt+3, Tab), the 校对 list folded (F7), saved (Ctrl+S), print preview
(Ctrl+Shift+P) and the user guide (F1). Keys go to the widget that has the focus; Chinese arrives as an
input method's commit string. A screenshot after every step goes into FOLDER; exit status 1 if the
bulletin is not what was typed.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python tools/keyboard_month.py FOLDER

Xvfb has no window manager: when a dialog closes nobody activates the main window again, so the
script does (as Windows does).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from unionbulletin.app import create_window, ensure_cjk_interface_font, install_translators
from unionbulletin.storage import Database

M = Qt.KeyboardModifier
C, S, A, N = M.ControlModifier, M.ShiftModifier, M.AltModifier, M.NoModifier
K = Qt.Key


def wait(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def focus() -> QWidget:
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    assert widget is not None, "no window has the keyboard"
    return widget


def key(k: Qt.Key, mod: Qt.KeyboardModifier = N, n: int = 1) -> None:
    for _ in range(n):
        QTest.keyClick(focus(), k, mod)
        wait(60)


def type_chinese(text: str) -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focus(), event)
    wait(60)


def tab_to(widget: QWidget, limit: int = 20) -> bool:
    for _ in range(limit):
        if focus() is widget:
            return True
        key(K.Key_Tab)
    return focus() is widget


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["unionbulletin"])
    install_translators(app)
    ensure_cjk_interface_font(app)
    scratch = Path(tempfile.mkdtemp(prefix="ub-keyboard-"))
    db = Database.open(scratch / "bulletins.json")
    parts = create_window(db, QSettings(str(scratch / "w.ini"), QSettings.Format.IniFormat), debounce_ms=100)
    w = parts.window
    w.resize(1366, 697)
    w.show()
    w.activateWindow()
    parts.session.open_newest()
    wait(1500)
    shots = [0]

    def shot(name: str, widget: QWidget | None = None) -> None:
        wait(700)
        shots[0] += 1
        (widget or w).grab().save(str(out / f"{shots[0]:02d}-{name}.png"))
        print(f"{shots[0]:02d}-{name}: focus on {type(focus()).__name__} {focus().objectName()}")

    shot("start")
    key(K.Key_N, C | A)  # 根据上月新建
    wait(800)
    dialog = w.workflow.dialog
    assert dialog is not None and dialog.objectName() == "newIssueDialog"
    dialog.combos[0].setFocus()  # (Tab order reaches it too)
    key(K.Key_Up, N, 3)  # 未说明，不带入 → 已完成
    shot("new-issue-dialog", dialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()
    key(K.Key_Return)
    wait(1500)
    w.activateWindow()
    wait(300)
    shot("new-issue-created")
    items = w.items
    ok = focus() is items.body_edit  # the 【待补充】 selected: typing replaces it
    type_chinese("9月，市总工会组织开展党风廉政建设宣传月活动，举办专题讲座3场，参加干部职工260人次。")
    key(K.Key_Return)
    type_chinese("各基层工会同步开展警示教育，发放学习资料1200份。")
    shot("item-1-written")
    key(K.Key_N, C | S)  # 添加条目
    ok &= focus() is items.heading_edit
    type_chinese("开展“金秋助学”活动。")
    key(K.Key_Return)  # Enter in the lead sentence moves on
    ok &= tab_to(items.body_edit)
    type_chinese("全市各级工会筹集助学资金85万元，资助困难职工子女326名。")
    for i in range(8):
        key(K.Key_Return)
        type_chinese(f"第{i + 1}批助学金已于9月{10 + i}日前发放到位，受助学生家长普遍表示感谢。")
    shot("item-2-preview-follows")
    key(K.Key_2, A)  # 工作安排
    key(K.Key_N, C | S)  # 添加任务
    type_chinese("开展国庆假期职工疗休养活动")
    for text in ("高启秀", "权益保障部", "十月份"):
        key(K.Key_Tab)
        type_chinese(text)
    key(K.Key_Return)
    shot("plan-task")
    key(K.Key_3, A)  # 报头与报送
    ok &= tab_to(w.meta.date.edit)
    key(K.Key_A, C)
    QTest.keyClicks(focus(), "2020.10.9")
    key(K.Key_Tab)
    shot("masthead-date")
    key(K.Key_F7)
    shot("proofreading-folded")
    key(K.Key_F7)
    key(K.Key_S, C)
    shot("saved")
    key(K.Key_P, C | S)
    wait(2500)
    preview = QApplication.activeModalWidget() or (w.workflow.printing._preview or (w,))[0]
    shot("print-preview", preview)
    print("print preview", preview.width(), "×", preview.height(), "on", w.screen().availableGeometry())
    preview.close()
    w.activateWindow()
    wait()
    key(K.Key_F1)
    wait(800)
    guide = w.workflow.dialog
    shot("user-guide", guide)
    if guide is not None:
        guide.close()

    b = parts.session.document.bulletin
    tasks = b.plan.tasks if b.plan else ()
    print("bulletin:", b.period, "date", b.date, len(b.summary.items), "items", len(tasks), "tasks")
    ok &= b.date == dt.date(2020, 10, 9) and len(b.summary.items) == 2 and len(tasks) == 1
    ok &= tasks[0].leaders == ("高启秀",) and tasks[0].deadline == "十月份"
    ok &= "【待补充】" not in b.summary.items[0].body and not parts.session.document.is_modified()
    w.close()
    parts.worker.shutdown()
    db.close()
    print("keyboard month:", "ok" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("keyboard-month")))
