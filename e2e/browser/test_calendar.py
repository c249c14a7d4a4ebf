"""Working calendar: the public deadline calculator (typed on a phone) and the staff calendar.
Every page visited goes through check_page (layout, axe-core, Nu)."""

from __future__ import annotations

from selenium.webdriver.support.ui import Select

from support import check_page, exists, fill, login, open_page, screenshot, submit, text_of, value_of


def test_calculator_explains_a_deadline_across_tet_2025(phone):
    open_page(phone, "/tinh-han")
    check_page(phone)
    fill(phone, "#ngay", "24/01/2025")
    fill(phone, "#gio", "16:10")
    fill(phone, "#so", "3")
    Select(phone.find_element("css selector", "#don-vi")).select_by_value("workingDays")
    submit(phone, "form#calculator")
    due = text_of(phone, "#due")
    assert "06/02/2025" in due and "17:00" in due, due
    steps = text_of(phone, "#explanation")
    assert "sau giờ chốt 15:00" in steps
    assert "Tết Nguyên đán" in steps
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    screenshot(phone, "phone-tinh-han")
    check_page(phone)


def test_calculator_keeps_a_wrong_date(driver):
    open_page(driver, "/tinh-han?ngay=31%2F02%2F2025&so=3&don-vi=workingDays")
    assert exists(driver, ".error-summary")
    assert value_of(driver, "#ngay") == "31/02/2025"
    check_page(driver)


def test_staff_calendar_lists_the_2025_swap(driver):
    login(driver, "dieuphoi")
    open_page(driver, "/quan-tri/lich?nam=2025")
    table = text_of(driver, "table#special-days")
    assert "26/04/2025" in table and "làm bù" in table
    assert "02/05/2025" in table
    assert not exists(driver, "#add-decision"), "only administrators edit the calendar"
    screenshot(driver, "quan-tri-lich")
    check_page(driver)


def test_admin_opens_the_decision_form(driver):
    login(driver, "admin")
    open_page(driver, "/quan-tri/lich?nam=2026")
    assert exists(driver, "#add-decision")
    check_page(driver)
    open_page(driver, "/quan-tri/lich/van-ban/moi?nam=2026")
    fill(driver, "#reference", "Văn bản thử")
    fill(driver, "#working_days", "03/06/2026")
    submit(driver, "form#decision-form")
    assert exists(driver, ".error-summary"), "a weekday cannot be a swapped working day"
    assert value_of(driver, "#reference") == "Văn bản thử"
    check_page(driver)
