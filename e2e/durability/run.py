"""Nothing acknowledged is lost: the real server, loaded with the demo data, under concurrent
writes (citizens submitting feedback, the one-stop desk receiving dossiers) is killed with
SIGKILL in the middle of the load and started again on the same database. Every feedback
receipt code and every received dossier the server had answered with must be there, with no
duplicate and no gap in any sequence (feedback per day; dossiers per agency and day).

usage: run.py BINARY WORKDIR [--postgres URL --psql PATH]

Without --postgres the database is a SQLite file in WORKDIR (WAL journal; SQLite's default
synchronous=FULL, so a commit is on disk before the server answers; a killed process loses
nothing it committed). With --postgres, a fresh database on that server.
Prints a summary; exits 1 when a check fails."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from minhbach_client import FEEDBACK_PATH, RECEIVE_PATH, receive_dossier, sign_in, submit_feedback  # noqa: E402

DESK_ACCOUNT = "motcua"
SERVER_ERRORS: list[str] = []  # 5xx answers while the server was up: a write must never fail for want of a lock


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


def keep_writing(path: str, act, acknowledged: list[str], stop: threading.Event, lock: threading.Lock) -> None:
    """Calls act(n) for n = 1, 2, ... until stopped; keeps what the server acknowledged and
    counts its 5xx answers. A refused connection is the kill, or the restart not yet done."""
    n = 0
    while not stop.is_set():
        n += 1
        try:
            response, acknowledgement = act(n)
        except requests.RequestException:
            if stop.is_set():
                return
            time.sleep(0.05)
            continue
        with lock:
            if acknowledgement:
                acknowledged.append(acknowledgement)
            elif response.status_code >= 500 and not stop.is_set():
                SERVER_ERRORS.append(f"POST {path} {response.status_code}")
        if not acknowledgement and response.status_code < 500:
            print(f"POST {path} was refused with {response.status_code}: {response.text[:300]!r}", file=sys.stderr)
            time.sleep(0.5)


def submitter(base: str, worker: int, acknowledged: list[str], stop: threading.Event, lock: threading.Lock) -> None:
    """A citizen submitting feedback, from a new address each time (the form limits per address)."""
    session = requests.Session()
    keep_writing(FEEDBACK_PATH, lambda n: submit_feedback(session, base, f"10.{worker}.{n // 250 % 250}.{n % 250 + 1}"),
                 acknowledged, stop, lock)


def receiver(base: str, worker: int, acknowledged: list[str], stop: threading.Event, lock: threading.Lock) -> None:
    """A desk officer receiving birth-registration dossiers, one after another."""
    session = requests.Session()
    headers = {"X-Forwarded-For": f"10.200.{worker}.1"}

    def receive(n: int):
        sign_in(session, base, DESK_ACCOUNT, headers=headers)
        return receive_dossier(session, base, f"Người Nộp {worker}-{n}", headers=headers)
    keep_writing(RECEIVE_PATH, receive, acknowledged, stop, lock)


def query(args, db_path: str, database_url: str | None, statement: str) -> list[tuple[str, ...]]:
    if database_url:
        out = subprocess.run([args.psql, database_url, "-At", "-F", "\t", "-c", statement],
                             check=True, capture_output=True, text=True).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]
    with sqlite3.connect(db_path) as db:
        return [tuple(str(value) for value in row) for row in db.execute(statement)]


def gap_free(groups: dict[str, list[int]], what: str, failures: list[str]) -> None:
    for key, numbers in groups.items():
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            failures.append(f"the {what} sequence of {key} has a gap or does not start at 1")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workdir")
    parser.add_argument("--postgres")
    parser.add_argument("--psql", default="psql")
    parser.add_argument("--workers", type=int, default=8, help="citizens submitting feedback")
    parser.add_argument("--desks", type=int, default=4, help="desk officers receiving dossiers")
    parser.add_argument("--before-kill", type=int, default=100, help="acknowledged submissions of each kind before the kill")
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
        # The demo's units, accounts and catalogue, so that the desk has something to receive.
        subprocess.run([args.binary, "demo", "--no-serve"], env=env, stdout=log, stderr=log, check=True, timeout=600)
        before = {row[0] for row in query(args, db_path, database_url, "SELECT id FROM dossiers")}
        server = start(args.binary, env, log)
        feedback: list[str] = []
        dossiers: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()
        threads = [threading.Thread(target=submitter, args=(base, w + 1, feedback, stop, lock), daemon=True)
                   for w in range(args.workers)]
        threads += [threading.Thread(target=receiver, args=(base, w + 1, dossiers, stop, lock), daemon=True)
                    for w in range(args.desks)]
        for thread in threads:
            thread.start()
        deadline = time.time() + 180
        while time.time() < deadline:
            with lock:
                if len(feedback) >= args.before_kill and len(dossiers) >= args.before_kill:
                    break
            time.sleep(0.01)
        os.kill(server.pid, signal.SIGKILL)  # in the middle of the load: requests are in flight
        server.wait()
        with lock:
            killed_at = (len(feedback), len(dossiers))
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
        server = start(args.binary, env, log)  # the same database: it must open and serve
        after = requests.get(base + "/healthz", timeout=5)
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    failures: list[str] = []
    stored = [row[0] for row in query(args, db_path, database_url, "SELECT code FROM feedback_cases")]
    missing = sorted(set(feedback) - set(stored))
    if killed_at[0] == 0:
        failures.append("no feedback was acknowledged before the kill")
    if missing:
        failures.append(f"{len(missing)} acknowledged feedback codes are not stored: {missing[:5]}")
    if len(stored) != len(set(stored)):
        failures.append("duplicate feedback codes are stored")
    by_day: dict[str, list[int]] = {}
    for code in stored:
        _, day, number = code.split(".")
        by_day.setdefault(day, []).append(int(number))
    gap_free(by_day, "feedback", failures)

    rows = query(args, db_path, database_url, "SELECT id, code, agency_code, code_day, sequence FROM dossiers")
    ids = {row[0].lower() for row in rows}
    lost = sorted(set(dossiers) - ids)
    if killed_at[1] == 0:
        failures.append("no dossier reception was acknowledged before the kill")
    if lost:
        failures.append(f"{len(lost)} acknowledged dossiers are not stored: {lost[:5]}")
    codes = [row[1] for row in rows]
    if len(codes) != len(set(codes)):
        failures.append("duplicate dossier codes are stored")
    by_agency_day: dict[str, list[int]] = {}
    for _, code, agency, day, sequence in rows:
        yymmdd = day.replace("-", "")[2:]  # code_day is ISO; the code carries YYMMDD
        if code != f"{agency}-{yymmdd}-{int(sequence):04d}":
            failures.append(f"dossier code {code} does not match its agency, day and number")
        by_agency_day.setdefault(f"{agency}-{day}", []).append(int(sequence))
    gap_free(by_agency_day, "dossier", failures)
    if SERVER_ERRORS:
        failures.append(f"{len(SERVER_ERRORS)} answers were 5xx under load: {sorted(set(SERVER_ERRORS))}")
    if after.status_code != 200:
        failures.append(f"after the restart /healthz answered {after.status_code}")
    new_dossiers = len(ids - {i.lower() for i in before})
    print(f"{where}: killed (SIGKILL) with {killed_at[0]} feedback submissions and {killed_at[1]} dossier receptions acknowledged; "
          f"after the restart {len(stored)} feedback cases and {new_dossiers} new dossiers stored, "
          f"{len(missing) + len(lost)} acknowledged but missing, every sequence gap-free: {not any('sequence' in f for f in failures)}")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
