"""Nothing acknowledged is lost: the real server under concurrent feedback submissions is
killed with SIGKILL in the middle of the load, started again on the same database, and every
receipt code it had answered with must be there, with no duplicate and no gap in the day's
sequence.

usage: run.py BINARY WORKDIR [--postgres URL --psql PATH]

Without --postgres the database is a SQLite file in WORKDIR (WAL journal; SQLite's default
synchronous=FULL, so a commit is on disk before the server answers; a killed process loses
nothing it committed). With --postgres, a fresh database on that server.
Prints a summary; exits 1 when a check fails."""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

import requests

FIELDS = {
    "loai": "individual", "ho-ten": "Người Thử Nghiệm", "dia-chi": "Xóm 1, xã Diễn Hồng", "dien-thoai": "0912 345 678",
    "email": "", "to-chuc": "", "ma-thu-tuc": "", "quy-dinh": "Thông tư 04/2020/TT-BTP, Điều 9", "loai-noi-dung": "unsuited",
    "noi-dung": "Kiểm tra độ bền: phản ánh gửi trong lúc máy chủ bị dừng đột ngột.", "dong-y": "1", "website": "",
}
CODE = re.compile(r"ma=(PAKN\.\d{8}\.\d{4})")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(binary: str, env: dict[str, str], log) -> subprocess.Popen:
    server = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{env['PORT']}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode} before answering")
        try:
            if requests.get(base + "/healthz/live", timeout=1).ok:
                return server
        except requests.RequestException:
            pass
        time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not answer /healthz/live within 120 s")


def submitter(base: str, worker: int, acknowledged: list[str], stop: threading.Event, lock: threading.Lock) -> None:
    session = requests.Session()
    n = 0
    while not stop.is_set():
        n += 1
        forwarded = f"10.{worker}.{n // 250 % 250}.{n % 250 + 1}"
        try:
            session.get(base + "/phan-anh-kien-nghi", timeout=5)
            data = dict(FIELDS, _csrf=session.cookies.get("mb_csrf", ""))
            response = session.post(base + "/phan-anh-kien-nghi", data=data, allow_redirects=False, timeout=10,
                                    headers={"X-Forwarded-For": forwarded})
        except requests.RequestException:
            if stop.is_set():
                return
            time.sleep(0.05)
            continue
        if response.status_code == 303:
            match = CODE.search(urllib.parse.unquote(response.headers.get("Location", "")))
            if match:
                with lock:
                    acknowledged.append(match.group(1))


def stored_codes(args, db_path: str, database_url: str | None) -> list[str]:
    if database_url:
        out = subprocess.run([args.psql, database_url, "-At", "-c", "SELECT code FROM feedback_cases"],
                             check=True, capture_output=True, text=True).stdout
        return [line for line in out.splitlines() if line]
    with sqlite3.connect(db_path) as db:
        return [row[0] for row in db.execute("SELECT code FROM feedback_cases")]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workdir")
    parser.add_argument("--postgres")
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--workers", type=int, default=12)
    parser.add_argument("--before-kill", type=int, default=150, help="acknowledged submissions before the kill")
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    db_path = os.path.join(args.workdir, "durability.sqlite")
    database_url = None
    if args.postgres:
        name = f"durability_{os.getpid()}"
        subprocess.run([args.psql, args.postgres, "-q", "-c", f"CREATE DATABASE {name}"], check=True)
        parts = urllib.parse.urlsplit(args.postgres)
        database_url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/" + name, "", ""))
    env = dict(os.environ, PORT=str(free_port()), HOST="127.0.0.1", MINHBACH_TRUST_PROXY="1", LOG_LEVEL="error",
               MINHBACH_DB=db_path, MINHBACH_UPLOADS=os.path.join(args.workdir, "uploads"))
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    base = f"http://127.0.0.1:{env['PORT']}"
    where = "PostgreSQL" if database_url else "SQLite (WAL)"
    with open(os.path.join(args.workdir, "server.log"), "ab") as log:
        server = start(args.binary, env, log)
        acknowledged: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()
        threads = [threading.Thread(target=submitter, args=(base, w + 1, acknowledged, stop, lock), daemon=True)
                   for w in range(args.workers)]
        for thread in threads:
            thread.start()
        deadline = time.time() + 120
        while time.time() < deadline:
            with lock:
                if len(acknowledged) >= args.before_kill:
                    break
            time.sleep(0.01)
        os.kill(server.pid, signal.SIGKILL)  # in the middle of the load: requests are in flight
        server.wait()
        killed_at = len(acknowledged)
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
        server = start(args.binary, env, log)  # the same database: it must open and serve
        after = requests.get(base + "/healthz", timeout=5)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    stored = stored_codes(args, db_path, database_url)
    failures = []
    missing = sorted(set(acknowledged) - set(stored))
    if killed_at == 0:
        failures.append("no submission was acknowledged before the kill")
    if missing:
        failures.append(f"{len(missing)} acknowledged codes are not stored: {missing[:5]}")
    if len(stored) != len(set(stored)):
        failures.append("duplicate codes are stored")
    by_day: dict[str, list[int]] = {}
    for code in stored:
        _, day, number = code.split(".")
        by_day.setdefault(day, []).append(int(number))
    for day, numbers in by_day.items():
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            failures.append(f"the sequence of {day} has a gap or does not start at 0001")
    if after.status_code != 200:
        failures.append(f"after the restart /healthz answered {after.status_code}")
    print(f"{where}: {killed_at} submissions acknowledged when the server was killed (SIGKILL), "
          f"{len(stored)} stored after the restart, {len(missing)} acknowledged but missing, "
          f"sequences per day gap-free: {not any('gap' in f for f in failures)}")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
