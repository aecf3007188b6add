"""`geomove serve` itself, over real HTTP (waitress on 127.0.0.1): it answers its host names
only, refuses writes without the CSRF token, refuses an oversized upload with a page naming
the limit, and needs --token to bind another interface."""

from __future__ import annotations

import http.client
import re
import subprocess
import sys

import pytest


@pytest.fixture
def served(tmp_path, gazetteer):
    process = subprocess.Popen([sys.executable, "-m", "geomove.cli", "serve", "--log", str(tmp_path / "l.sqlite"),
                                "--port", "0", "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    try:
        line = process.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", line).group(1))
        yield port
    finally:
        process.terminate()
        process.wait(timeout=20)


def request(port, method, path, host=None, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest(method, path, skip_host=True)
        conn.putheader("Host", host or f"127.0.0.1:{port}")
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace"), dict(response.getheaders())
    finally:
        conn.close()


def test_serve_answers_locally_and_guards_host_and_csrf(served):
    status, page, headers = request(served, "GET", "/")
    assert status == 200 and "geomove workbench" in page
    assert "script-src 'nonce-" in headers["Content-Security-Policy"]
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    status, body, _ = request(served, "GET", "/", host="attacker.example")
    assert status == 421 and "DNS rebinding" in body
    form = b"text=Troops+moved+from+Aleppo+to+Homs+on+2+May+2024."
    status, body, _ = request(served, "POST", "/reports", body=form,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "CSRF" in body
    status, _, headers = request(served, "POST", "/reports", body=form + f"&csrf={csrf}".encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 303 and headers["Location"].startswith("/report/")


def test_an_oversized_upload_is_refused_with_the_limit_named(served):
    _, page, _ = request(served, "GET", "/")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    boundary = "gmboundary"
    payload = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n"
               f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
               "Content-Type: text/plain\r\n\r\n").encode() + b"x" * (3 * 1024 * 1024) + f"\r\n--{boundary}--\r\n".encode()
    status, body, _ = request(served, "POST", "/reports", body=payload,
                              headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 413 and "larger than the limit of 2 MB" in body


def test_another_interface_needs_a_token(tmp_path):
    done = subprocess.run([sys.executable, "-m", "geomove.cli", "serve", "--log", str(tmp_path / "l.sqlite"),
                           "--host", "0.0.0.0", "--no-browser"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "--token" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "l.sqlite").exists()


def test_a_port_in_use_is_one_line_not_a_traceback(served, tmp_path):
    done = subprocess.run([sys.executable, "-m", "geomove.cli", "serve", "--log", str(tmp_path / "other.sqlite"),
                           "--port", str(served), "--no-browser"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{served}" in done.stderr and "Traceback" not in done.stderr
