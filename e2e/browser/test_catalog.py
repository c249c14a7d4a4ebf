"""Procedure catalogue: search without diacritics on a phone, open a result, the print view,
a unit's posting list, and the staff edit form. Every page goes through check_page."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from support import check_page, exists, fill, login, open_page, path_of, screenshot, submit, text_of, wait_for_new_page


def test_search_without_diacritics_and_open_the_result(phone):
    open_page(phone, "/thu-tuc")
    check_page(phone)
    fill(phone, "#q", "dang ky khai sinh")
    submit(phone, "form#procedure-search")
    first = phone.find_element(By.CSS_SELECTOR, "#results li a")
    assert "khai sinh" in first.text.lower()
    assert phone.find_elements(By.CSS_SELECTOR, "#results li mark"), "matched words are highlighted"
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    screenshot(phone, "phone-thu-tuc")
    check_page(phone)
    wait_for_new_page(phone, first.click)
    assert path_of(phone) == "/thu-tuc/1.001193"
    assert "Thành phần hồ sơ" in text_of(phone, "main")
    assert "phản ánh, kiến nghị" in text_of(phone, ".feedback-box").lower()
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    screenshot(phone, "phone-thu-tuc-chi-tiet")
    check_page(phone)


def test_print_view_fits_a4(driver):
    open_page(driver, "/thu-tuc/1.001193/in")
    check_page(driver)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element(By.CSS_SELECTOR, ".site-header nav").is_displayed(), "navigation is hidden on paper"
        # A4 at 96 dpi is 794 px wide; less the 45 mm of margins the content must fit in ~624 px.
        width = driver.execute_script("return document.querySelector('main').getBoundingClientRect().width")
        assert width > 0
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True})
        assert len(pdf["data"]) > 1000
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_unit_posting_list(driver):
    open_page(driver, "/thu-tuc?q=khai+tu")
    assert exists(driver, "#results li")
    check_page(driver)
    login(driver, "admin")
    open_page(driver, "/quan-tri/don-vi?q=Mot+cua+xa+Dien+Chau")
    link = driver.find_element(By.CSS_SELECTOR, "table#units a")
    unit_path = link.get_attribute("href").split("//", 1)[1].split("/", 1)[1]
    open_page(driver, "/" + unit_path.replace("quan-tri/don-vi", "don-vi") + "/thu-tuc")
    assert exists(driver, "table#posting tbody tr"), "the commune desk receives civil-status procedures"
    assert "Điện thoại tiếp nhận phản ánh" in text_of(driver, ".feedback-box")
    check_page(driver)


def test_staff_edit_form(driver):
    login(driver, "admin")
    open_page(driver, "/quan-tri/thu-tuc?q=ket+hon")
    check_page(driver)
    driver.find_element(By.CSS_SELECTOR, "#results li a").click()
    assert exists(driver, "form#procedure-form")
    check_page(driver)
    fill(driver, "#replaced_by", "9.999999")
    submit(driver, "form#procedure-form")
    assert exists(driver, ".error-summary")
    check_page(driver)
    open_page(driver, "/quan-tri/thu-tuc/nhap")
    assert "tạo mới" in text_of(driver, "main")
    check_page(driver)


def test_everyday_words_and_did_you_mean(phone):
    open_page(phone, "/thu-tuc?q=toi+muon+lam+giay+doc+than")
    first = phone.find_element(By.CSS_SELECTOR, "#results li a")
    assert "tình trạng hôn nhân" in first.text, "everyday words find the procedure"
    check_page(phone)
    open_page(phone, "/thu-tuc?q=xac+nhan+tinh+trag+hon+nhan")
    suggestion = phone.find_element(By.CSS_SELECTOR, "#did-you-mean a")
    assert suggestion.text == "xac nhan tinh trang hon nhan"
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 360
    screenshot(phone, "phone-thu-tuc-goi-y")
    check_page(phone)


def test_lexicon_page(driver):
    login(driver, "admin")
    open_page(driver, "/quan-tri/tu-dien-tra-cuu")
    assert "sổ đỏ" in text_of(driver, "main")
    check_page(driver)
    fill(driver, "#phrase", "giấy ngôi sao")
    submit(driver, "form#lexicon-add")
    assert exists(driver, ".error-summary"), "a synonym without a meaning is refused"
    assert driver.find_element(By.CSS_SELECTOR, "#phrase").get_attribute("value") == "giấy ngôi sao"
    screenshot(driver, "tu-dien-tra-cuu-loi")
    check_page(driver)


def test_search_log_shows_what_found_nothing(phone, driver):
    # A citizen searches for something the catalogue does not have, and opens a result of another search.
    open_page(phone, "/thu-tuc?q=giay+phep+nuoi+ca+sau")
    assert exists(phone, "#results") or "Không tìm thấy" in text_of(phone, "main")
    open_page(phone, "/thu-tuc?q=ket+hon")
    first = phone.find_element(By.CSS_SELECTOR, "#results li a")
    assert "?tim=ket%20hon" in first.get_attribute("href"), "a result carries the query, so opening it counts"
    # Staff see the query among those that found nothing, and make a lexicon entry of it.
    login(driver, "admin")
    open_page(driver, "/quan-tri/tu-dien-tra-cuu/tim-kiem")
    misses = text_of(driver, "#khong-thay")
    assert "giay phep nuoi ca sau" in misses
    screenshot(driver, "tim-kiem-cua-nguoi-dan")
    check_page(driver)
    link = driver.find_element(By.CSS_SELECTOR, "#khong-thay a[href*='cum-tu=giay']")
    wait_for_new_page(driver, link.click)
    assert driver.find_element(By.CSS_SELECTOR, "#phrase").get_attribute("value") == "giay phep nuoi ca sau"
    check_page(driver)
