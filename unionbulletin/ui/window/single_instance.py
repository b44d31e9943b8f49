"""One window per data file: a second start on the same file brings the open window forward.

The first window listens on a local channel (QLocalServer: a Unix domain socket, a named pipe on
Windows; no network) whose name is derived from the user and the data file's resolved path. A second
start on the same file connects, asks the window to come forward, gets an answer and exits; a start on
another data file finds no listener and opens its own window as before. A channel left behind by a
crashed window is removed when the next window starts listening.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

REQUEST = b"raise\n"
ANSWER = b"ok\n"
CONNECT_MS = 500
ANSWER_MS = 2000


def channel_name(data_file: Path) -> str:
    """The channel of `data_file` for this user (short: Unix socket paths are limited in length)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = ""
    resolved = str(Path(data_file).expanduser().resolve())
    digest = hashlib.blake2b(f"{user}\n{resolved}".encode(), digest_size=10).hexdigest()
    return f"unionbulletin-{digest}"


def ask_running_window(name: str) -> bool:
    """True when a window listens on `name` and has come forward (then this start should end)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(REQUEST)
        if not socket.waitForBytesWritten(ANSWER_MS):
            return False
        answer = b""
        while not answer.endswith(b"\n"):
            if not socket.waitForReadyRead(ANSWER_MS):
                return False
            answer += bytes(socket.readAll().data())
        return answer == ANSWER
    finally:
        socket.disconnectFromServer()


class InstanceChannel(QObject):
    """The open window's end of the channel: `activationRequested` when a second start asks."""

    activationRequested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a stale channel of a crashed window is removed first. False if impossible."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _on_ready(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > 64:  # not one of ours: drop it
            socket.abort()
            self._forget(socket)
            return
        self._buffers[socket] = data
        if data.endswith(b"\n"):
            if data == REQUEST:
                socket.write(ANSWER)
                socket.flush()
                self.activationRequested.emit()
            socket.disconnectFromServer()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def bring_forward(window: QWidget) -> None:
    """Show `window` (restored if minimised), raise it and give it the focus."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
