"""Headless Chromium and a local static server, as the tests and `make bench` use them.

One place for the browser's path and flags, and for serving a built site on 127.0.0.1.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXECUTABLE = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
"""Debian's Chromium (`apt-get install chromium`), the browser readers run; Playwright's own browsers are
never downloaded. `CHROMIUM` names another: Debian's `chromium-headless-shell`, the same engine without
the browser around it, runs the tests on a third less CPU (CONTRIBUTING.md, "Running the tests")."""

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Headless, no GPU, and nothing fetched from the network but what a page asks for."""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, logging nothing."""

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    """A browser that closes a tab drops its requests in flight: that is not an error of the site."""

    def handle_error(self, request: socket.socket | tuple[bytes, socket.socket], client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(
    directory: Path | str, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[tuple[str, http.server.ThreadingHTTPServer]]:
    """Serve `directory` on 127.0.0.1 (a free port) from a thread: yields (base URL, server).

    The server is shut down and its socket closed on leaving the block.
    """
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
