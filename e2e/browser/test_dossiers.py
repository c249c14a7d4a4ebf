"""One-stop dossiers: the desk receives a dossier and prints the receipt (Mẫu 01), hands it to
the competent unit, asks for a supplement, completes and returns it; the applicant looks it up
by code and the last four phone digits and rates the service. Every page goes through check_page."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from personal import APPLICANT
from support import check_page, exists, fill, login, logout, open_page, path_of, screenshot, submit, text_of, wait_for_new_page


def act(driver, name: str, fields: dict[str, str] | None = None) -> None:
    """Opens an action's fold on the dossier page, fills it and submits it."""
    driver.find_element(By.CSS_SELECTOR, f"#action-{name} summary").click()
    for selector, value in (fields or {}).items():
        fill(driver, selector, value)
    wait_for_new_page(driver, driver.find_element(By.CSS_SELECTOR, f"#{name}-submit").click)
    assert "Đã cập nhật hồ sơ" in text_of(driver, "main"), text_of(driver, "main")[:400]
    check_page(driver)


def test_receive_handle_return_lookup_and_rate(driver):
    login(driver, "motcua")
    open_page(driver, "/quan-tri/ho-so")
    check_page(driver)
    open_page(driver, "/quan-tri/ho-so/tiep-nhan")
    fill(driver, "#q", "dang ky khai sinh")
    submit(driver, "form#procedure-pick")
    check_page(driver)
    wait_for_new_page(driver, driver.find_element(By.CSS_SELECTOR, "#results li a.button").click)
    check_page(driver)
    fill(driver, "#ho-ten", APPLICANT["name"])
    fill(driver, "#cccd", APPLICANT["citizen_id"])
    fill(driver, "#dien-thoai", APPLICANT["phone"])
    fill(driver, "#dia-chi", APPLICANT["address"])
    # The national data lost this procedure's time unit ("1"): the desk states the period.
    fill(driver, "#thoi-han", "3")
    submit(driver, "form#reception")
    assert "Đã ghi nhận hồ sơ" in text_of(driver, "main"), text_of(driver, "main")[:600]
    code = text_of(driver, "h1").split()[-1]
    dossier = path_of(driver)
    screenshot(driver, "ho-so-chi-tiet")
    check_page(driver)

    open_page(driver, dossier + "/mau/1")
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text_of(driver, "main")
    assert code in text_of(driver, "main")
    screenshot(driver, "mau-01")
    check_page(driver)

    open_page(driver, dossier)
    act(driver, "startProcessing")
    act(driver, "requestSupplement", {"#requestSupplement-ly-do": "Bổ sung bản sao giấy chứng sinh"})
    assert "Yêu cầu bổ sung giấy tờ" in text_of(driver, "#status")
    act(driver, "supplementReceived")
    act(driver, "complete")
    act(driver, "returnResult", {"#returnResult-nguoi-nhan": APPLICANT["name"]})
    assert "Đã trả kết quả" in text_of(driver, "#status")
    assert exists(driver, "table#handovers tbody tr")
    logout(driver)

    open_page(driver, "/tra-cuu-ho-so")
    check_page(driver)
    fill(driver, "#ma", code)
    submit(driver, "form#lookup")
    result = text_of(driver, "#lookup-result")
    assert "Đã trả kết quả" in result
    assert APPLICANT["name"] not in text_of(driver, "main"), "no personal data on the public page"
    check_page(driver)
    fill(driver, "#so", APPLICANT["phone"].replace(" ", "")[-4:])
    submit(driver, "form#lookup")
    assert exists(driver, "ol.timeline li")
    assert APPLICANT["name"] not in text_of(driver, "main")
    driver.find_element(By.CSS_SELECTOR, "#muc-0").click()
    fill(driver, "#so-co-quan", "1")
    submit(driver, "form#rating")
    assert "Cảm ơn bạn đã đánh giá" in text_of(driver, "main")
    assert exists(driver, "#rating-done")
    screenshot(driver, "tra-cuu-ho-so")
    check_page(driver)


def test_statistics_and_register(driver):
    login(driver, "admin")
    open_page(driver, "/quan-tri/ho-so/thong-ke?tu=2025-01-01&den=2025-12-31")
    assert exists(driver, "table#report-0206a tfoot tr")
    assert "Các đẳng thức của biểu mẫu đều đúng" in text_of(driver, "main")
    screenshot(driver, "thong-ke-ho-so")
    check_page(driver)
    open_page(driver, "/quan-tri/ho-so/thong-ke?tu=2025-01-01&den=2025-12-31&in=1")
    check_page(driver)
    open_page(driver, "/quan-tri/ho-so?trang-thai=all")
    assert exists(driver, "table#dossiers tbody tr")
    check_page(driver)


def test_outbox_delivery_log(driver):
    # The staff's log of messages to people: with no mail server configured the page says they wait.
    login(driver, "admin")
    open_page(driver, "/quan-tri/thu-gui")
    assert "Thư gửi đi" in text_of(driver, "main")
    assert "MINHBACH_SMTP_URL" in text_of(driver, "main")
    screenshot(driver, "thu-gui")
    check_page(driver)
