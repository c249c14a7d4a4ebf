"""A real SMTP server for the tests (aiosmtpd): every message it accepts is written to a folder
as N.eml (the raw message as received), in the order of acceptance.

    python e2e/lib/smtp_server.py --port 2525 --maildir /tmp/mail [--tls-cert C --tls-key K]
                                  [--user U --password P] [--fail-first N]

--tls-cert/--tls-key offer STARTTLS; --user/--password require AUTH (PLAIN or LOGIN) after it;
--fail-first N answers the first N messages with 451 (try again later), to test retries.
Prints "ready PORT" on a line when it listens; stops on SIGTERM or SIGINT.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keeper:
    def __init__(self, maildir: str, fail_first: int) -> None:
        self.maildir = maildir
        self.fail_first = fail_first
        self.lock = threading.Lock()
        self.count = len([n for n in os.listdir(maildir) if n.endswith(".eml")])

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        with self.lock:
            if self.fail_first > 0:
                self.fail_first -= 1
                return "451 4.3.0 try again later (test)"
            self.count += 1
            path = os.path.join(self.maildir, f"{self.count:06d}.eml")
            temporary = path + ".part"
            with open(temporary, "wb") as out:
                out.write(f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n".encode())
                out.write(envelope.original_content or envelope.content)
            os.replace(temporary, path)
        return "250 2.0.0 accepted"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--fail-first", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.maildir, exist_ok=True)

    tls = None
    if args.tls_cert and args.tls_key:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.tls_cert, args.tls_key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
        return AuthResult(success=ok, handled=False)

    options = {}
    if tls is not None:
        options.update(tls_context=tls, require_starttls=True)
    if args.user:
        options.update(authenticator=authenticator, auth_required=True, auth_require_tls=tls is not None)
    controller = Controller(Keeper(args.maildir, args.fail_first), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print(f"ready {args.port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.1):
        pass
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
