"""Fixtures for the browser tests: `driver` (1280×900) and `phone` (360×740), both headless
Chromium kept for the whole session, with cookies cleared before each test; `base_url`.

Every page a test passes to support.check_page is also checked by the Nu HTML checker: all of
them in one Java run by test_html_validity.py, which is always ordered last. Should that test
not run (deselected with -k), the pages are checked when the session finishes, and errors fail
the run there."""

from __future__ import annotations

import pytest

import support


@pytest.fixture(scope="session")
def base_url() -> str:
    return support.BASE_URL


@pytest.fixture(scope="session")
def _desktop_driver():
    driver = support.new_driver(1280, 900)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def _phone_driver():
    driver = support.new_driver(360, 740, phone=True)
    yield driver
    driver.quit()


@pytest.fixture
def driver(_desktop_driver):
    """A headless Chromium, 1280×900, signed out and in Vietnamese."""
    support.clear_cookies(_desktop_driver)
    return _desktop_driver


@pytest.fixture
def phone(_phone_driver):
    """A headless Chromium emulating a 360×740 phone, signed out and in Vietnamese."""
    support.clear_cookies(_phone_driver)
    return _phone_driver


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.get_closest_marker("html_validation") is not None)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call" and report.failed:
        for name in ("driver", "phone"):
            browser = item.funcargs.get(name)
            if browser is not None:
                try:
                    path = support.screenshot(browser, f"FAILED-{item.name}-{name}")
                    report.sections.append(("screenshot", f"{browser.current_url} -> {path}"))
                except Exception:  # the browser may be gone; the failure itself matters more
                    pass
    return report


def pytest_sessionfinish(session, exitstatus):
    if not support.HTML_PAGES.pending():
        return
    checked, report = support.HTML_PAGES.check_pending()
    terminal = session.config.pluginmanager.get_plugin("terminalreporter")
    if report:
        text = f"\nNu HTML checker: errors in pages visited by the tests ({checked} checked):\n{report}\n"
        if terminal:
            terminal.write_line(text, red=True)
        else:
            print(text)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    elif terminal:
        terminal.write_line(f"Nu HTML checker: {checked} page(s) valid")
