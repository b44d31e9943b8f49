"""The suite-wide guard really refuses internet sockets (and leaves local ones alone)."""

import socket

import pytest


def test_internet_socket_is_refused() -> None:
    with pytest.raises(RuntimeError, match="network access"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(RuntimeError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


def test_unix_socket_still_works() -> None:
    a, b = socket.socketpair()
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()
