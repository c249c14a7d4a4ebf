"""Communication plans: a commune officer submits a report on II.10 with a file, the office returns
it with a comment, the officer resubmits, the office accepts; the monitoring matrix shows it as
accepted; the inbox, the results report and its print sheet, and the public page pass too.
Every page goes through check_page (axe-core and, at the end, the Nu validator)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlparse

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from support import DEMO_PASSWORD, check_page, exists, fill, open_page, path_of, screenshot, text_of


def follow(driver, action) -> None:
    """Runs action and waits for the next page. Chromium may answer a look at the old page's node
    with "does not belong to the document" instead of "stale" while it swaps pages: both mean gone."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()

    def gone(_driver) -> bool:
        try:
            old.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 30).until(gone)
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")


def click(driver, selector: str) -> None:
    follow(driver, driver.find_element(By.CSS_SELECTOR, selector).click)


def login(driver, username: str) -> None:
    open_page(driver, "/dang-nhap")
    fill(driver, "form#login-form input#username", username)
    fill(driver, "form#login-form input#password", DEMO_PASSWORD)
    click(driver, "form#login-form button[type=submit]")


def logout(driver) -> None:
    click(driver, "form#logout-form button[type=submit]")


def evidence_pdf() -> str:
    path = Path(tempfile.gettempdir()) / "bien-ban-niem-yet.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    return str(path)


def test_report_return_resubmit_accept_and_matrix(driver):
    login(driver, "canbo.dienlam")
    open_page(driver, "/quan-tri/ke-hoach/viec-cua-toi")
    check_page(driver)
    row = driver.find_element(
        By.XPATH, "//table[@id='obligations']//tr[td[contains(., 'Quý II/2024')]]/th/a[normalize-space(.)='II.10']")
    follow(driver, row.click)
    report = path_of(driver) + "?" + urlparse(driver.current_url).query
    check_page(driver)
    Select(driver.find_element(By.CSS_SELECTOR, "#workStatus")).select_by_value("done")
    fill(driver, "#summary", "Đã niêm yết 52 TTHC thuộc thẩm quyền tại trụ sở UBND xã")
    fill(driver, "#metrics input[type=number]", "52")
    driver.find_element(By.CSS_SELECTOR, "#tep").send_keys(evidence_pdf())
    click(driver, "#submit-report")
    assert "Đã gửi báo cáo" in text_of(driver, "main"), text_of(driver, "main")[:400]
    assert exists(driver, "#history")
    check_page(driver)
    logout(driver)

    login(driver, "dieuphoi")
    open_page(driver, report)
    check_page(driver)
    fill(driver, "#nhan-xet", "Bổ sung ảnh chụp bảng niêm yết tại Bộ phận một cửa")
    click(driver, "#return-submit")
    assert "Đã trả lại báo cáo" in text_of(driver, "main")
    check_page(driver)
    logout(driver)

    login(driver, "canbo.dienlam")
    open_page(driver, "/quan-tri/thong-bao")
    assert "bị trả lại" in text_of(driver, "main")
    check_page(driver)
    open_page(driver, report)
    assert "Bổ sung ảnh chụp" in text_of(driver, "#return-comment")
    click(driver, "#submit-report")
    assert "Đã gửi báo cáo" in text_of(driver, "main")
    check_page(driver)
    logout(driver)

    login(driver, "dieuphoi")
    open_page(driver, report)
    click(driver, "#accept-submit")
    assert "Đã chấp nhận báo cáo" in text_of(driver, "main")
    assert "bien-ban-niem-yet.pdf" in text_of(driver, "#report-content")
    screenshot(driver, "ke-hoach-bao-cao")
    check_page(driver)

    plan = path_of(driver).split("/bao-cao")[0]
    key = parse_qs(urlparse(report).query)["k"][0]
    unit = key.split("#")[-1]
    open_page(driver, f"{plan}/theo-doi?don-vi={quote(unit)}")
    cell = driver.find_element(By.XPATH, "//table[@id='matrix']//tr[th[normalize-space(.)='II.10']]/td[3]")
    assert "Đã chấp nhận" in cell.text, cell.text
    screenshot(driver, "ke-hoach-theo-doi")
    check_page(driver)

    open_page(driver, plan)
    check_page(driver)
    open_page(driver, f"{plan}/ket-qua?ky=q2")
    check_page(driver)
    open_page(driver, f"{plan}/ket-qua/in?ky=h1")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text_of(driver, "main")
    check_page(driver)
    open_page(driver, "/quan-tri/thong-bao")
    logout(driver)

    open_page(driver, "/ke-hoach/" + plan.rsplit("/", 1)[-1])
    assert "Tiến độ chung" in text_of(driver, "main")
    check_page(driver)


def test_coordinator_creates_plan_adds_task_issues_and_monitors(phone):
    """At 360 px: a blank plan, a section, a task for a group with its schedule previewed, issued;
    the task then shows on the monitoring page and the record is read-only."""
    driver = phone
    login(driver, "dieuphoi")
    open_page(driver, "/quan-tri/ke-hoach")
    check_page(driver)
    click(driver, "#create-plan")
    check_page(driver)
    title = f"Kế hoạch truyền thông kiểm soát TTHC năm 2026 ({int(time.time())})"
    fill(driver, "#tieu-de", title)
    fill(driver, "#nam", "2026")
    fill(driver, "#ngay", "…/02/2026")
    click(driver, "#plan-record-form button[type=submit]")
    assert "Đã tạo kế hoạch dự thảo" in text_of(driver, "main"), text_of(driver, "main")[:400]
    plan = path_of(driver)
    check_page(driver)

    click(driver, "#add-section")
    check_page(driver)
    fill(driver, "#ten", "Truyền thông về hoạt động kiểm soát TTHC")
    click(driver, "#section-form button[type=submit]")
    assert "Đã lưu mục" in text_of(driver, "main")

    click(driver, "#add-task-I")
    check_page(driver)
    fill(driver, "#so", "1")
    fill(driver, "#noi-dung", "Niêm yết công khai TTHC tại Bộ phận một cửa")
    fill(driver, "#thoi-gian", "Quý II/2026")
    group = driver.find_element(By.XPATH, "//div[@id='chu-tri-groups']//label[contains(., 'UBND các xã')]")
    driver.find_element(By.ID, group.get_attribute("for")).click()
    click(driver, "#preview-submit")
    assert "30/06/2026" in text_of(driver, "#preview-occurrences")
    assert "UBND xã" in text_of(driver, "#preview-units")
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"), "wider than 360 px"
    screenshot(driver, "ke-hoach-nhiem-vu-360")
    check_page(driver)
    click(driver, "#save-task")
    assert "Đã lưu nhiệm vụ" in text_of(driver, "main")
    assert exists(driver, "tr#task-I\\.1")
    check_page(driver)

    click(driver, "#issue-submit")
    assert "Đã ban hành kế hoạch" in text_of(driver, "main")
    check_page(driver)
    open_page(driver, f"{plan}/theo-doi")
    assert driver.find_elements(By.XPATH, "//table[@id='matrix']//tr[th[normalize-space(.)='I.1']]")
    check_page(driver)
    open_page(driver, f"{plan}/sua")
    assert exists(driver, "#read-only")
    assert not exists(driver, "#plan-record-form button[type=submit]")
    check_page(driver)
    logout(driver)


def test_inbox_read_state(driver):
    """Unread notifications are marked and counted; opening one or "mark all" reads them."""
    login(driver, "canbo.dienlam")
    open_page(driver, "/quan-tri/thong-bao")
    check_page(driver)
    if exists(driver, "#mark-all-read"):
        assert "chưa đọc" in text_of(driver, "#unread-count")
        click(driver, "#mark-all-read")
        assert "Đã đánh dấu là đã đọc" in text_of(driver, "main")
        assert not exists(driver, "#mark-all-read")
        check_page(driver)
    logout(driver)
