"""What a citizen and a desk officer do on a running Minh Bạch site, over plain HTTP, as a
browser without JavaScript would: shared by the durability run (e2e/durability/run.py) and the
load benchmarks (bench/soak.sh, bench/scale-out.sh).

Every function takes a requests.Session (cookies: the CSRF token, the staff session) and the
site's base URL, and returns the response with what it acknowledged (a receipt code, a dossier
id), or None when the server did not acknowledge."""

from __future__ import annotations

import re
import urllib.parse
from html.parser import HTMLParser

import requests

FEEDBACK_PATH = "/phan-anh-kien-nghi"
FEEDBACK_FIELDS = {
    "loai": "individual", "ho-ten": "Người Thử Nghiệm", "dia-chi": "Xóm 1, xã Diễn Hồng", "dien-thoai": "0912 345 678",
    "email": "", "to-chuc": "", "ma-thu-tuc": "", "quy-dinh": "Thông tư 04/2020/TT-BTP, Điều 9", "loai-noi-dung": "unsuited",
    "noi-dung": "Kiểm tra độ bền: phản ánh gửi trong lúc máy chủ chịu tải.", "dong-y": "1", "website": "",
}
FEEDBACK_CODE = re.compile(r"ma=(PAKN\.\d{8}\.\d{4})")
SIGN_IN_PATH = "/dang-nhap"
RECEIVE_PATH = "/quan-tri/ho-so/tiep-nhan"
BIRTH_REGISTRATION = "1.001193"  # in the demo catalogue, received at every desk
RECEIVED = re.compile(r"^/quan-tri/ho-so/([0-9A-Fa-f-]{36})\?thong-bao=da-tiep-nhan")
DEMO_PASSWORD = "minhbach-demo"


class FormFields(HTMLParser):
    """The values a browser would send from the form posting to `action`, as the page set them."""

    def __init__(self, action: str):
        super().__init__()
        self.action, self.inside, self.fields = action, False, {}
        self.select: str | None = None
        self.textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action and (a.get("method") or "").lower() == "post"
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox"):
                if "checked" in a:
                    self.fields[name] = a.get("value", "on")
            elif kind not in ("submit", "button", "file"):
                self.fields[name] = a.get("value") or ""
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select:
            if self.select not in self.fields or "selected" in a:
                self.fields[self.select] = a.get("value") or ""
        elif tag == "textarea" and name:
            self.textarea = name
            self.fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def submit_feedback(session: requests.Session, base: str, forwarded: str, timeout: float = 10) -> tuple[requests.Response, str | None]:
    """A citizen fills in the public feedback form; `forwarded` is the client address the
    server is told (X-Forwarded-For, with MINHBACH_TRUST_PROXY=1), since it limits submissions
    per address."""
    if "mb_csrf" not in session.cookies:
        session.get(base + FEEDBACK_PATH, timeout=timeout)
    data = dict(FEEDBACK_FIELDS, _csrf=session.cookies.get("mb_csrf", ""))
    response = session.post(base + FEEDBACK_PATH, data=data, allow_redirects=False, timeout=timeout,
                            headers={"X-Forwarded-For": forwarded})
    match = FEEDBACK_CODE.search(urllib.parse.unquote(response.headers.get("Location", ""))) if response.status_code == 303 else None
    return response, match.group(1) if match else None


def sign_in(session: requests.Session, base: str, username: str, password: str = DEMO_PASSWORD,
            headers: dict[str, str] | None = None, timeout: float = 10) -> bool:
    """Signs in unless the session already is; True when it is signed in afterwards."""
    if "mb_session" in session.cookies:
        return True
    session.get(base + SIGN_IN_PATH, timeout=timeout, headers=headers)
    session.post(base + SIGN_IN_PATH, allow_redirects=False, timeout=timeout, headers=headers, data={
        "username": username, "password": password, "_csrf": session.cookies.get("mb_csrf", "")})
    return "mb_session" in session.cookies


def receive_dossier(session: requests.Session, base: str, applicant: str, procedure: str = BIRTH_REGISTRATION,
                    headers: dict[str, str] | None = None, timeout: float = 10) -> tuple[requests.Response, str | None]:
    """A signed-in desk officer receives one dossier: opens the reception form, keeps what the
    page filled in, types the applicant, and accepts. Returns the new dossier's id."""
    page = session.get(base + RECEIVE_PATH, params={"thu-tuc": procedure}, timeout=timeout, headers=headers)
    form = FormFields(RECEIVE_PATH)
    form.feed(page.text)
    data = dict(form.fields, **{
        "loai": "individual", "ho-ten": applicant, "cccd": "040090001234", "dien-thoai": "0912345678",
        "dia-chi": "Xóm 2, xã Diễn Hồng", "ket-qua": "accept", "thoi-han": form.fields.get("thoi-han") or "5"})
    response = session.post(base + RECEIVE_PATH, data=data, allow_redirects=False, timeout=timeout, headers=headers)
    match = RECEIVED.match(response.headers.get("Location", "")) if response.status_code == 303 else None
    return response, match.group(1).lower() if match else None
