"""Feedback and petitions (Decree 20/2008/NĐ-CP): a citizen sends feedback from a 360 px phone,
typing without diacritics; staff register, classify, assign, draft, approve, send and publish it;
the citizen follows it with the code and the last four phone digits and rates the answer. Every
page goes through check_page (axe-core and the Nu validator)."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from personal import PETITIONER
from support import check_page, exists, fill, login, logout, open_page, screenshot, submit, text_of, wait_for_new_page


def act(driver, name: str, fields: dict[str, str] | None = None) -> None:
    """Fills an action's form on the case page and submits it."""
    for selector, value in (fields or {}).items():
        fill(driver, selector, value)
    wait_for_new_page(driver, driver.find_element(By.CSS_SELECTOR, f"#{name}-submit").click)
    assert "Đã cập nhật." in text_of(driver, "main"), text_of(driver, "main")[:600]
    check_page(driver)


def send_feedback(phone) -> str:
    open_page(phone, "/phan-anh-kien-nghi")
    assert "Khiếu nại, tố cáo" in text_of(phone, "#complaints-notice")
    check_page(phone)
    fill(phone, "#ho-ten", PETITIONER["name"])
    fill(phone, "#dia-chi", PETITIONER["address"])
    fill(phone, "#quy-dinh", "Thong tu 04/2020/TT-BTP ve dang ky ho tich")
    fill(phone, "#noi-dung", "Thu tuc dang ky khai sinh van yeu cau nop ban sao giay chung nhan ket hon, de nghi bo yeu cau nay.")
    phone.find_element(By.ID, "dong-y").click()
    fill(phone, "#dien-thoai", PETITIONER["phone"])
    # A procedure code that is not in the catalogue: the form comes back with the error and keeps what was typed.
    fill(phone, "#ma-thu-tuc", "1.999999")
    submit(phone, "form#feedback-form")
    assert exists(phone, "#error-summary")
    assert "1.999999" in text_of(phone, "#error-summary")
    assert PETITIONER["name"] in (phone.find_element(By.ID, "ho-ten").get_attribute("value") or "")
    check_page(phone)
    fill(phone, "#ma-thu-tuc", "")
    if not phone.find_element(By.ID, "dong-y").is_selected():
        phone.find_element(By.ID, "dong-y").click()
    submit(phone, "form#feedback-form")
    code = text_of(phone, "#feedback-code").strip()
    assert code.startswith("PAKN."), code
    screenshot(phone, "pakn-bien-nhan")
    check_page(phone)
    return code


def test_submit_handle_publish_follow_and_rate(driver, phone):
    code = send_feedback(phone)

    login(driver, "dieuphoi")
    open_page(driver, f"/quan-tri/phan-anh?trang-thai=all&ma={code}")
    assert code in text_of(driver, "table#feedback-list")
    check_page(driver)
    open_page(driver, f"/quan-tri/phan-anh/{code}")
    check_page(driver)
    act(driver, "vao-so")
    Select(driver.find_element(By.ID, "phan-loai-lop")).select_by_value("within")
    act(driver, "phan-loai")
    Select(driver.find_element(By.ID, "giao-don-vi")).select_by_visible_text("Phòng Tư pháp huyện Diễn Châu")
    act(driver, "giao")
    logout(driver)

    login(driver, "canbo")
    open_page(driver, f"/quan-tri/phan-anh/{code}")
    act(driver, "ghi-chu", {"#ghi-chu-ghi-chu": "Đã trao đổi với bộ phận hộ tịch."})
    act(driver, "du-thao", {"#du-thao-tra-loi": "Từ tháng tới, bộ phận một cửa khai thác dữ liệu hộ tịch điện tử, không yêu cầu bản sao."})
    logout(driver)

    login(driver, "dieuphoi")
    open_page(driver, f"/quan-tri/phan-anh/{code}")
    act(driver, "duyet")
    act(driver, "gui")
    assert exists(driver, "#redaction-preview")
    screenshot(driver, "pakn-cong-khai-xem-truoc")
    act(driver, "cong-khai")
    assert exists(driver, "#history li")
    logout(driver)

    open_page(driver, "/phan-anh-kien-nghi/cong-khai?q=khai+sinh")
    assert code in text_of(driver, "#published-list")
    assert "Binh" not in text_of(driver, "#published-list"), "no personal data on the public page"
    check_page(driver)

    open_page(phone, "/phan-anh-kien-nghi/theo-doi")
    check_page(phone)
    fill(phone, "#ma", code)
    fill(phone, "#so", PETITIONER["phone"].replace(" ", "")[-4:])
    submit(phone, "form#follow")
    assert "khai thác dữ liệu hộ tịch" in text_of(phone, "#follow-result")
    assert "Đã trao đổi" not in text_of(phone, "main"), "internal notes stay internal"
    check_page(phone)
    phone.find_element(By.ID, "muc-satisfied").click()
    submit(phone, "form#rate")
    assert "Cảm ơn bạn đã đánh giá" in text_of(phone, "main")
    screenshot(phone, "pakn-theo-doi")
    check_page(phone)


def test_register_rates_keys_and_statistics(driver):
    login(driver, "admin")
    open_page(driver, "/quan-tri/phan-anh")
    check_page(driver)
    open_page(driver, "/quan-tri/phan-anh/so-tiep-nhan?nam=2025")
    assert exists(driver, "table#feedback-register tbody tr")
    check_page(driver)
    open_page(driver, "/quan-tri/phan-anh/chi-so?tu=2024-01-01&den=2025-12-31")
    assert exists(driver, "#feedback-statistics table")
    check_page(driver)
    open_page(driver, "/quan-tri/phan-anh/nhap")
    check_page(driver)
    open_page(driver, "/quan-tri/phan-anh/thoi-han")
    check_page(driver)
    open_page(driver, "/quan-tri/phan-anh/khoa-api")
    fill(driver, "#ten", "Cổng Dịch vụ công tỉnh")
    submit(driver, "form#issue-key")
    assert exists(driver, "#issued-key")
    check_page(driver)
    open_page(driver, "/phan-anh-kien-nghi/cong-khai?tu=2024-01-01&den=2025-12-31")
    assert exists(driver, "#feedback-statistics table")
    check_page(driver)
