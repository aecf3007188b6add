"""Serving the workbench with waitress (pure Python, production-grade, no C build)."""

from __future__ import annotations

import threading
import webbrowser

import waitress

from ..errors import GeomoveError
from .app import MAX_UPLOAD


def make_server(app, host: str = "127.0.0.1", port: int = 8765):
    """A waitress server bound to host:port (port 0: any free port, see ``.effective_port``)."""
    # waitress's own body limit is far above the app's: the app answers an upload over
    # MAX_UPLOAD with a page that says the limit (waitress would only say "too large").
    try:
        return waitress.create_server(app, host=host, port=port, threads=4,
                                      max_request_body_size=32 * MAX_UPLOAD, ident="geomove")
    except OSError as err:
        raise GeomoveError(f"cannot listen on {host}:{port}: {err.strerror or err} "
                           "(another program uses it? try --port)") from err


def url_of(server, host: str, token: str | None = None) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{server.effective_port}/" + (f"?token={token}" if token else "")


def _warm_borders() -> None:
    from ..errors import NO_BORDERS

    try:
        from .. import borders

        borders.basemap(None)
    except NO_BORDERS:  # (only a warm-up: the page loads them itself if this fails)
        pass


def run(app, *, host: str, port: int, open_browser: bool = True, token: str | None = None) -> None:
    server = make_server(app, host, port)
    url = url_of(server, host, token)
    print(f"geomove workbench: {url}  (log {app.config['GEOMOVE_LOG']}; Ctrl-C stops)", flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        import socket

        print(f"listening on {host}: other machines reach it at http://{socket.getfqdn()}:{server.effective_port}/"
              "?token=... and every request must show the token", flush=True)
    # Country outlines take ~2 s to load once: read them now, not on the first review page.
    threading.Thread(target=_warm_borders, daemon=True).start()
    if open_browser:
        threading.Timer(0.3, webbrowser.open, [url]).start()
    try:
        server.run()
    finally:
        server.close()
