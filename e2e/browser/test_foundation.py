"""Foundation: public pages, signing in and out, units, the audit log, languages, permissions,
small screens. Every page visited goes through check_page (layout, axe-core, Nu)."""

from __future__ import annotations

import random
import re
from urllib.parse import urlparse

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from support import (
    check_page, exists, fill, find_link, html_lang, login, logout, open_page, page_status,
    path_of, screenshot, submit, text_of, url, value_of, wait_for_new_page,
)

UNIT_PAGE = re.compile(r"^/quan-tri/don-vi/([^/]+)$")


# --- helpers -----------------------------------------------------------------------------------


def search_units(driver, query: str) -> None:
    open_page(driver, "/quan-tri/don-vi")
    assert exists(driver, "table#units"), f"no table#units on {driver.current_url}"
    check_page(driver)
    fill(driver, "form#unit-search input#q", query)
    wait_for_new_page(driver, lambda: driver.find_element(By.CSS_SELECTOR, "input#q").send_keys(Keys.ENTER))
    assert value_of(driver, "input#q") == query, "the search box should keep the query"
    check_page(driver)


def unit_links(driver) -> list[tuple[str, str]]:
    """(name, path) of each unit listed in table#units."""
    found = []
    for link in driver.find_elements(By.CSS_SELECTOR, "table#units a[href]"):
        path = urlparse(link.get_attribute("href")).path
        if UNIT_PAGE.match(path):
            found.append((link.text.strip(), path))
    return found


def open_unit(driver, query: str, name: str) -> str:
    """Searches the units for query, opens the one whose name contains name; returns its path."""
    search_units(driver, query)
    link = find_link(driver, "table#units", name)
    wait_for_new_page(driver, link.click)
    assert UNIT_PAGE.match(path_of(driver)), f"a unit page, not {driver.current_url}"
    assert name in text_of(driver, "main")
    check_page(driver)
    return path_of(driver)


def open_unit_form(driver, query: str, name: str) -> str:
    unit_path = open_unit(driver, query, name)
    edit = driver.find_element(By.CSS_SELECTOR, "a#edit-unit")
    assert urlparse(edit.get_attribute("href")).path == unit_path + "/sua"
    wait_for_new_page(driver, edit.click)
    assert path_of(driver) == unit_path + "/sua"
    for field in ("name", "phone", "email", "address", "agency_code", "feedback_phone", "feedback_address"):
        assert exists(driver, f"form#unit-form #{field}"), f"form#unit-form lacks #{field}"
    check_page(driver)
    return unit_path


# --- public pages ------------------------------------------------------------------------------


def test_health_check_answers_json():
    response = requests.get(url("/healthz"), timeout=10)
    assert response.status_code == 200
    response.json()


def test_home_page(driver):
    open_page(driver, "/")
    assert page_status(driver) == 200, driver.current_url
    assert html_lang(driver) == "vi", driver.current_url
    assert "Minh Bạch" in text_of(driver, "header")
    check_page(driver)
    screenshot(driver, "home")


def test_unknown_page_is_a_vietnamese_404(driver):
    open_page(driver, "/khong-co-trang-nay")
    assert page_status(driver) == 404, driver.current_url
    assert html_lang(driver) == "vi", driver.current_url
    assert "Không tìm thấy" in text_of(driver)
    check_page(driver)


# --- signing in and out ------------------------------------------------------------------------


def test_admin_signs_in(driver):
    open_page(driver, "/dang-nhap")
    assert exists(driver, "form#login-form input#username")
    assert exists(driver, "form#login-form input#password[type=password]")
    check_page(driver)
    login(driver, "admin")
    assert path_of(driver).startswith("/quan-tri"), f"signed in, expected /quan-tri, got {driver.current_url}"
    assert exists(driver, "form#logout-form"), "the staff header should offer form#logout-form"
    check_page(driver)
    screenshot(driver, "quan-tri")


def test_wrong_password_is_refused_and_keeps_the_username(driver):
    login(driver, "admin", "not-the-password")
    assert not path_of(driver).startswith("/quan-tri")
    assert exists(driver, ".error-summary"), "a wrong password should show .error-summary"
    assert text_of(driver, ".error-summary").strip()
    assert value_of(driver, "input#username") == "admin"
    check_page(driver)


def test_sign_out(driver):
    login(driver, "admin")
    assert path_of(driver).startswith("/quan-tri")
    logout(driver)
    assert not exists(driver, "form#logout-form")
    check_page(driver)
    open_page(driver, "/quan-tri")
    assert exists(driver, "form#login-form"), f"signed out, /quan-tri should ask to sign in; got {driver.current_url}"


# --- units and the audit log -------------------------------------------------------------------


def test_edit_a_unit_and_find_it_in_the_audit_log(driver):
    login(driver, "admin")
    unit_path = open_unit_form(driver, "Tư pháp", "Phòng Tư pháp")
    new_phone = "0238" + "".join(random.choice("0123456789") for _ in range(7))
    fill(driver, "#phone", new_phone)
    submit(driver, "form#unit-form")
    assert path_of(driver) == unit_path, f"saved, expected {unit_path}, got {driver.current_url}"
    assert exists(driver, ".notice"), "a saved unit should show a .notice"
    assert new_phone in text_of(driver, "main")
    check_page(driver)

    open_page(driver, "/quan-tri/nhat-ky")
    assert exists(driver, "table#audit")
    rows = driver.find_elements(By.CSS_SELECTOR, "table#audit tbody tr")
    assert rows, "the audit log is empty"

    def is_the_edit(row):
        links = [urlparse(a.get_attribute("href") or "").path for a in row.find_elements(By.TAG_NAME, "a")]
        return "Phòng Tư pháp" in row.text or unit_path in links

    assert any(is_the_edit(row) for row in rows), "the audit log should show the edit of Phòng Tư pháp"
    check_page(driver)


def test_a_refused_unit_form_keeps_what_was_typed(driver):
    login(driver, "admin")
    unit_path = open_unit_form(driver, "Tư pháp", "Phòng Tư pháp")
    address = "Số 1 đường Thử nghiệm, thị trấn Diễn Châu"
    fill(driver, "#address", address)
    fill(driver, "#agency_code", "abc")
    submit(driver, "form#unit-form")
    assert path_of(driver) != unit_path, "an invalid agency code must not be saved"
    assert exists(driver, ".error-summary"), "a refused form should show .error-summary"
    assert exists(driver, '.error-summary a[href="#agency_code"]'), \
        "the error summary should link to the refused field (#agency_code)"
    assert value_of(driver, "#agency_code") == "abc"
    assert value_of(driver, "#address") == address
    check_page(driver)


def test_commune_officer_cannot_edit_another_commune(driver):
    login(driver, "admin")
    search_units(driver, "UBND xa Dien")  # typed without diacritics on purpose
    others = [(name, path) for name, path in unit_links(driver)
              if name.startswith("UBND xã") and "Diễn Hồng" not in name]
    assert others, "the demo data should have communes other than UBND xã Diễn Hồng"
    _, other_path = others[0]
    logout(driver)

    login(driver, "canbo.dienhong")
    assert path_of(driver).startswith("/quan-tri")
    open_page(driver, other_path + "/sua")
    assert page_status(driver) == 403, f"{driver.current_url}: a commune officer must get 403"
    assert html_lang(driver) == "vi", driver.current_url
    assert not exists(driver, "form#unit-form")
    assert "quyền" in text_of(driver, "main").lower(), "the 403 page should say (in Vietnamese) that access is not allowed"
    check_page(driver)


# --- languages ---------------------------------------------------------------------------------


def test_switch_to_english_and_back(driver):
    open_page(driver, "/dang-nhap")
    assert html_lang(driver) == "vi", driver.current_url
    english = driver.find_element(By.CSS_SELECTOR, 'header a[hreflang="en"]')
    assert english.text.strip() == "English"
    wait_for_new_page(driver, english.click)
    WebDriverWait(driver, 10).until(lambda d: html_lang(d) == "en")
    assert path_of(driver) == "/dang-nhap", "switching language should reload the same page"
    check_page(driver)

    open_page(driver, "/")
    assert html_lang(driver) == "en", "the language choice should last (cookie)"
    check_page(driver)

    vietnamese = driver.find_element(By.CSS_SELECTOR, 'header a[hreflang="vi"]')
    assert vietnamese.text.strip() == "Tiếng Việt"
    wait_for_new_page(driver, vietnamese.click)
    WebDriverWait(driver, 10).until(lambda d: html_lang(d) == "vi")
    assert path_of(driver) == "/"


# --- small screens -----------------------------------------------------------------------------


def test_phone_has_no_horizontal_scroll(phone):
    for path in ("/", "/dang-nhap"):
        open_page(phone, path)
        assert phone.execute_script("return window.innerWidth") == 360
        width = phone.execute_script("return document.documentElement.scrollWidth")
        assert width <= 360, f"{path} is {width}px wide on a 360px phone"
        check_page(phone)
        screenshot(phone, "phone-home" if path == "/" else "phone" + path.replace("/", "-"))
