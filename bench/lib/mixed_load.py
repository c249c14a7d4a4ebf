"""A mixed load on a running Minh Bạch site, as its users make it: citizens looking up dossiers
(the API and the page) and searching the catalogue, citizens submitting feedback at a steady
rate, officers opening their lists, and, with --desks, desk officers receiving dossiers.

usage: mixed_load.py --base URL [--base URL ...] --seconds N [--warmup N] --codes FILE
                     [--readers 12] [--feedback-per-second 2] [--desks 0] [--pid PID ...]
                     [--json OUT]

Several --base URLs are used in turn (one client session stays on one). --codes is the
generator's file: "CODE LAST4" per line. --pid names the server processes whose resident memory
is sampled (from /proc) after the warm-up, every minute, and at the end. Only requests after the
warm-up count. Prints, per route: requests, errors (5xx, a refused connection, a timeout), other
unexpected answers, p50 and p99 in ms; then memory; writes the same as JSON with --json.
Exits 0; the calling script judges the figures."""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
import threading
import time

import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "e2e", "lib"))
from minhbach_client import receive_dossier, sign_in, submit_feedback  # noqa: E402

SEARCHES = ["khai sinh", "kết hôn", "hộ tịch", "chứng thực bản sao", "lý lịch tư pháp", "nuôi con nuôi", "quốc tịch",
            "đăng ký khai tử", "thay đổi cải chính", "giám định tư pháp", "luật sư", "công chứng", "trợ giúp pháp lý",
            "dân quân tự vệ", "nghĩa vụ quân sự", "xác nhận tình trạng hôn nhân", "làm giấy khai sinh cho con"]
STAFF_PAGES = ["/quan-tri", "/quan-tri/ho-so", "/quan-tri/phan-anh", "/quan-tri/thu-tuc?q=h%E1%BB%99+t%E1%BB%8Bch"]
STAFF_ACCOUNTS = ["dieuphoi", "admin"]
READ_MIX = [("lookup API ?code=", 30), ("lookup page ?ma=&so=", 15), ("catalogue search", 25),
            ("procedure page", 10), ("staff pages", 20), ("/healthz/live (reference)", 5)]


class Recorder:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counting = False
        self.latencies: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.unexpected: dict[str, int] = {}
        self.samples: dict[str, str] = {}

    def record(self, route: str, started: float, response: requests.Response | None, expected: tuple[int, ...]) -> None:
        elapsed = (time.perf_counter() - started) * 1000
        with self.lock:
            if not self.counting:
                return
            self.latencies.setdefault(route, []).append(elapsed)
            if response is None or response.status_code >= 500:
                self.errors[route] = self.errors.get(route, 0) + 1
                self.samples.setdefault(route, "no answer" if response is None else f"{response.status_code} {response.text[:200]!r}")
            elif response.status_code not in expected:
                self.unexpected[route] = self.unexpected.get(route, 0) + 1
                self.samples.setdefault(route, f"{response.status_code} {response.text[:200]!r}")


def timed(recorder: Recorder, route: str, expected: tuple[int, ...], call) -> requests.Response | None:
    started = time.perf_counter()
    try:
        response = call()
    except requests.RequestException:
        response = None
    recorder.record(route, started, response, expected)
    return response


def reader(base: str, codes: list[tuple[str, str]], recorder: Recorder, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    session = requests.Session()
    staff = requests.Session()
    account = STAFF_ACCOUNTS[seed % len(STAFF_ACCOUNTS)]
    routes, weights = zip(*READ_MIX)
    while not stop.is_set():
        route = rng.choices(routes, weights)[0]
        code, last4 = rng.choice(codes)
        if route == "lookup API ?code=":
            timed(recorder, route, (200,), lambda: session.get(f"{base}/api/v1/dossiers/lookup", params={"code": code}, timeout=10))
        elif route == "lookup page ?ma=&so=":
            timed(recorder, route, (200,), lambda: session.get(f"{base}/tra-cuu-ho-so", params={"ma": code, "so": last4}, timeout=10))
        elif route == "catalogue search":
            q = rng.choice(SEARCHES)
            timed(recorder, route, (200,), lambda: session.get(f"{base}/thu-tuc", params={"q": q}, timeout=10))
        elif route == "/healthz/live (reference)":
            timed(recorder, route, (200,), lambda: session.get(f"{base}/healthz/live", timeout=10))
        elif route == "procedure page":
            timed(recorder, route, (200,), lambda: session.get(f"{base}/thu-tuc/1.001193", timeout=10))
        else:
            try:
                signed_in = sign_in(staff, base, account, headers={"X-Forwarded-For": f"10.250.0.{seed % 250 + 1}"})
            except requests.RequestException:
                signed_in = False
            if signed_in:
                page = rng.choice(STAFF_PAGES)
                timed(recorder, route, (200,), lambda: staff.get(base + page, timeout=10, allow_redirects=False))


def paced(rate: float, stop: threading.Event, action) -> None:
    """Calls action() `rate` times a second, on a schedule (not as fast as it can)."""
    interval = 1 / rate
    next_at = time.monotonic()
    n = 0
    while not stop.is_set():
        n += 1
        action(n)
        next_at += interval
        pause = next_at - time.monotonic()
        if pause > 0:
            stop.wait(pause)
        else:
            next_at = time.monotonic()


def citizen(base: str, worker: int, rate: float, recorder: Recorder, stop: threading.Event, acknowledged: list[str]) -> None:
    session = requests.Session()

    def submit(n: int) -> None:
        forwarded = f"10.{100 + worker}.{n // 250 % 250}.{n % 250 + 1}"  # the form limits submissions per address
        started = time.perf_counter()
        try:
            response, code = submit_feedback(session, base, forwarded)
        except requests.RequestException:
            response, code = None, None
        recorder.record("feedback submission", started, response, (303,))
        if code:
            with recorder.lock:
                acknowledged.append(code)
    paced(rate, stop, submit)


def desk(base: str, worker: int, rate: float, recorder: Recorder, stop: threading.Event, acknowledged: list[str]) -> None:
    session = requests.Session()
    headers = {"X-Forwarded-For": f"10.251.0.{worker}"}

    def receive(n: int) -> None:
        started = time.perf_counter()
        try:
            sign_in(session, base, "motcua", headers=headers)
            response, dossier = receive_dossier(session, base, f"Người Nộp {worker}-{n}", headers=headers)
        except requests.RequestException:
            response, dossier = None, None
        recorder.record("desk reception", started, response, (303,))
        if dossier:
            with recorder.lock:
                acknowledged.append(f"{base} {dossier}")
    paced(rate, stop, receive)


def rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", action="append", required=True)
    parser.add_argument("--seconds", type=int, required=True)
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--codes", required=True)
    parser.add_argument("--readers", type=int, default=12)
    parser.add_argument("--feedback-per-second", type=float, default=2)
    parser.add_argument("--desks", type=int, default=0, help="desk officers per base URL, each receiving one dossier a second")
    parser.add_argument("--pid", type=int, action="append", default=[])
    parser.add_argument("--json")
    args = parser.parse_args()
    with open(args.codes) as f:
        codes = [tuple(line.split()[:2]) for line in f if len(line.split()) >= 2]
    if not codes:
        print("no codes in", args.codes)
        return 1
    recorder = Recorder()
    stop = threading.Event()
    feedback: list[str] = []
    dossiers: list[str] = []
    bases = itertools.cycle(args.base)
    threads = [threading.Thread(target=reader, args=(next(bases), codes, recorder, stop, i), daemon=True) for i in range(args.readers)]
    threads.append(threading.Thread(target=citizen, args=(args.base[0], 1, args.feedback_per_second, recorder, stop, feedback), daemon=True))
    for index, base in enumerate(args.base):
        for d in range(args.desks):
            threads.append(threading.Thread(target=desk, args=(base, index * 10 + d + 1, 1.0, recorder, stop, dossiers), daemon=True))
    for thread in threads:
        thread.start()
    time.sleep(args.warmup)
    with recorder.lock:
        recorder.counting = True
    memory = [("after warm-up", {pid: rss_kib(pid) for pid in args.pid})]
    started = time.monotonic()
    next_sample = started + 60
    while time.monotonic() - started < args.seconds:
        time.sleep(min(1.0, max(0.0, started + args.seconds - time.monotonic())))
        if time.monotonic() >= next_sample and time.monotonic() - started < args.seconds - 1:
            minute = int(round((time.monotonic() - started) / 60))
            memory.append((f"minute {minute}", {pid: rss_kib(pid) for pid in args.pid}))
            next_sample += 60
    with recorder.lock:
        recorder.counting = False
    memory.append(("end", {pid: rss_kib(pid) for pid in args.pid}))
    stop.set()
    for thread in threads:
        thread.join(timeout=15)

    elapsed = time.monotonic() - started
    rows = []
    for route in sorted(recorder.latencies):
        values = recorder.latencies[route]
        rows.append({"route": route, "requests": len(values), "per_second": len(values) / elapsed,
                     "errors": recorder.errors.get(route, 0), "unexpected": recorder.unexpected.get(route, 0),
                     "p50_ms": percentile(values, 0.5), "p99_ms": percentile(values, 0.99)})
    print(f"{'route':24} {'requests':>9} {'req/s':>7} {'errors':>7} {'other':>6} {'p50 ms':>8} {'p99 ms':>8}")
    for r in rows:
        print(f"{r['route']:24} {r['requests']:9d} {r['per_second']:7.1f} {r['errors']:7d} {r['unexpected']:6d} {r['p50_ms']:8.2f} {r['p99_ms']:8.2f}")
    for route, sample in recorder.samples.items():
        print(f"  first bad answer of {route}: {sample}")
    growth, late_growth = {}, {}
    middle = memory[len(memory) // 2]
    for pid in args.pid:
        first, mid, last = memory[0][1][pid], middle[1][pid], memory[-1][1][pid]
        growth[pid] = (last - first) / first * 100 if first else 0.0
        late_growth[pid] = (last - mid) / mid * 100 if mid else 0.0
        trail = ", ".join(f"{label} {values[pid] / 1024:.1f}" for label, values in memory)
        print(f"resident memory of pid {pid} (MiB): {trail}; growth after warm-up {growth[pid]:+.1f}%, "
              f"over the second half ({middle[0]} to end) {late_growth[pid]:+.1f}%")
    result = {"seconds": elapsed, "routes": rows, "memory": [{"at": label, "kib": values} for label, values in memory],
              "growth_percent": growth, "late_growth_percent": late_growth, "feedback_acknowledged": feedback, "dossiers_acknowledged": dossiers}
    if args.json:
        with open(args.json, "w") as out:
            json.dump(result, out, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
