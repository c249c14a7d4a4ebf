"""The personal data the browser suite types for citizens, in one place.

test_dossiers.py types the applicant and test_feedback.py the petitioner. After the suite,
scripts/test runs this file on the server's log: no line may carry any of it (a name, a
citizen ID, a phone number or an address), whether as typed, without spaces, or
percent-encoded as it would be in a query string.

    python e2e/browser/personal.py SERVER_LOG
"""
from __future__ import annotations

import sys
import urllib.parse

APPLICANT = {
    "name": "Lê Thị Hoa",
    "citizen_id": "040195007788",
    "phone": "0987 654 321",
    "address": "Xóm 3, xã Diễn Châu",
}
PETITIONER = {
    "name": "Nguyen Van Binh",
    "phone": "0911 222 333",
    "address": "Xom 2, xa Dien Lam, huyen Dien Chau",
}


def forms(value: str) -> set[str]:
    """The ways a value could show up in a log line."""
    return {value, value.replace(" ", ""), urllib.parse.quote(value), urllib.parse.quote_plus(value)}


def leaks(log: str) -> list[str]:
    found = []
    for person in (APPLICANT, PETITIONER):
        for field, value in person.items():
            if any(form in log for form in forms(value)):
                found.append(f"{field} {value!r}")
    return found


def main(path: str) -> int:
    with open(path, encoding="utf-8", errors="replace") as file:
        log = file.read()
    requests = sum(1 for line in log.splitlines() if " info minhbach: " in line and (" GET " in line or " POST " in line))
    if requests == 0:
        print(f"{path} has no request lines: nothing was checked")
        return 1
    found = leaks(log)
    for item in found:
        print(f"personal data in the server's log: {item}")
    if not found:
        print(f"{requests} request lines, no personal data of the browser suite's citizens")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
