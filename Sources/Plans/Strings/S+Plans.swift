import Platform
import PlanRules
import WorkCalendar
import Localization

extension S {
    static let homePlansTitle = LocalizedText("Kế hoạch truyền thông", "Communication plans")
    static let homePlansText = LocalizedText(
        "Kế hoạch truyền thông về kiểm soát thủ tục hành chính và kết quả thực hiện.",
        "The communication plans on administrative procedure control and how they are carried out.")
    static let staffPlansText = LocalizedText(
        "Kế hoạch, nhiệm vụ của đơn vị, báo cáo và theo dõi tiến độ.",
        "Plans, your unit's tasks, reports and progress.")
    // Navigation and titles
    static let navPlans = LocalizedText("Kế hoạch truyền thông", "Communication plans")
    static let navPublicPlans = LocalizedText("Kế hoạch", "Plans")
    static let navInbox = LocalizedText("Thông báo", "Notifications")
    static let plansTitle = LocalizedText("Kế hoạch truyền thông", "Communication plans")
    static let plansNone = LocalizedText("Chưa có kế hoạch nào.", "No plan yet.")
    static let myObligationsTitle = LocalizedText("Nhiệm vụ của đơn vị tôi", "My unit's tasks")
    static let inboxTitle = LocalizedText("Thông báo của tôi", "My notifications")
    static let monitoringTitle = LocalizedText("Theo dõi, đôn đốc thực hiện", "Monitoring")
    static let resultsTitle = LocalizedText("Báo cáo kết quả thực hiện", "Results report")
    static let publicPageLink = LocalizedText("Trang công khai", "Public page")
    static let tasksCSV = LocalizedText("Tải danh sách nhiệm vụ (CSV)", "Download the tasks (CSV)")

    // Plan facts
    static let planTitleLabel = LocalizedText("Tên kế hoạch", "Plan title")
    static let planYearLabel = LocalizedText("Năm", "Year")
    static let planReference = LocalizedText("Số, ngày văn bản", "Number and date")
    static let planIssuer = LocalizedText("Cơ quan ban hành", "Issued by")
    static let planStatus = LocalizedText("Trạng thái", "Status")
    static let planImplements = LocalizedText("Thực hiện kế hoạch", "Implements")
    static let planFrequency = LocalizedText("Kỳ báo cáo nhiệm vụ thường xuyên", "Reporting period of ongoing tasks")
    static let issuePlan = LocalizedText("Ban hành kế hoạch", "Issue the plan")
    static let closePlan = LocalizedText("Kết thúc kế hoạch", "Close the plan")
    static let copyPlan = LocalizedText("Sao chép sang năm sau", "Copy to next year")
    static let noticeIssued = LocalizedText("Đã ban hành kế hoạch; các đơn vị đã có nhiệm vụ báo cáo.", "The plan is issued; units now have reports to make.")
    static let noticeClosed = LocalizedText("Đã kết thúc kế hoạch.", "The plan is closed.")
    static let noticeCopied = LocalizedText("Đã tạo dự thảo kế hoạch năm sau.", "A draft for next year was created.")
    static let documentsTitle = LocalizedText("Văn bản kế hoạch", "Plan documents")
    static let documentsNone = LocalizedText("Chưa có văn bản đính kèm.", "No document attached yet.")
    static let documentFile = LocalizedText("Tệp văn bản đã ký (PDF)", "Signed document (PDF)")
    static let documentHint = LocalizedText("Chỉ nhận tệp PDF, tối đa 10 MB.", "PDF only, up to 10 MB.")
    static let documentSubmit = LocalizedText("Đính kèm văn bản", "Attach the document")
    static let noticeAttached = LocalizedText("Đã đính kèm văn bản.", "The document is attached.")
    static let attachRefused = LocalizedText("Không đính kèm được: chỉ nhận tệp PDF, tối đa 10 MB.", "Not attached: PDF only, up to 10 MB.")
    static let noticeImported = LocalizedText("Đã tạo kế hoạch từ tệp CSV.", "The plan was created from the CSV file.")

    // Tasks
    static let taskNumber = LocalizedText("TT", "No.")
    static let taskContent = LocalizedText("Nội dung công việc", "Task")
    static let taskLead = LocalizedText("Đơn vị thực hiện", "Lead")
    static let taskCoordinating = LocalizedText("Đơn vị phối hợp", "Coordinating")
    static let taskTime = LocalizedText("Thời gian thực hiện", "Time")
    static let taskMetrics = LocalizedText("Chỉ tiêu báo cáo", "Metrics")

    // Import
    static let importTitle = LocalizedText("Tạo kế hoạch từ tệp CSV", "Create a plan from a CSV file")
    static let importHint = LocalizedText(
        "Mỗi dòng một nhiệm vụ; dòng đầu là tên cột: Mục, TT, Nội dung công việc, Đơn vị thực hiện, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm, Chỉ tiêu báo cáo.",
        "One row per task; the first line names the columns: section, number, content, lead, coordinating, time, outputs, metrics.")
    static let importFileLabel = LocalizedText("Tệp CSV", "CSV file")
    static let importSubmit = LocalizedText("Tạo kế hoạch", "Create the plan")
    static let importFailed = LocalizedText("Tệp có lỗi, chưa tạo kế hoạch nào", "The file has errors; no plan was created")
    static let importNoFile = LocalizedText("Chưa chọn tệp CSV", "No CSV file chosen")
    static let importBadYear = LocalizedText("Năm phải từ 2000 đến 2199", "The year must be between 2000 and 2199")
    static let importNoTitle = LocalizedText("Phải nhập tên kế hoạch", "Enter the plan's title")
}

extension S {
    static let planNotAcceptingReports = LocalizedText(
        vi: "Kế hoạch không ở trạng thái đã ban hành nên không nhận báo cáo", en: "The plan is not issued, so it takes no reports")

    // Notifications (stored in both languages)
    static func notifyReturned(_ task: String) -> LocalizedText {
        LocalizedText(vi: "Báo cáo nhiệm vụ \(task) bị trả lại, đề nghị chỉnh sửa và gửi lại",
                      en: "The report on task \(task) was returned: please revise and resubmit")
    }

    static func notifyUrged(_ task: String, _ label: LocalizedText, _ due: LocalDate) -> LocalizedText {
        LocalizedText(vi: "Đôn đốc thực hiện và báo cáo nhiệm vụ \(task) (\(label.vi)), hạn \(due.vnFormat)",
                      en: "Reminder from the office: task \(task) (\(label.en)), due \(due.vnFormat)")
    }
}

extension S {
    // Obligations and reports
    static let myObligationsNone = LocalizedText("Đơn vị chưa có nhiệm vụ báo cáo nào trong các kế hoạch đã ban hành.", "Your unit has no report to make in issued plans.")
    static let periodLabel = LocalizedText("Kỳ", "Period")
    static let dueLabel = LocalizedText("Hạn báo cáo", "Due")
    static let stateLabel = LocalizedText("Tình hình", "State")
    static let unitLabel = LocalizedText("Đơn vị", "Unit")
    static let reportTitle = LocalizedText("Báo cáo nhiệm vụ {0} – {1}", "Report on task {0} – {1}")
    static let reviewStatusLabel = LocalizedText("Trạng thái báo cáo", "Report status")
    static let noReportYet = LocalizedText("Chưa có báo cáo", "No report yet")
    static let returnedWith = LocalizedText("Báo cáo bị trả lại, nội dung cần chỉnh sửa", "Returned: what to fix")
    static let reportContent = LocalizedText("Nội dung báo cáo", "Report")
    static let workStatusLabel = LocalizedText("Tình trạng thực hiện", "Work status")
    static let summaryLabel = LocalizedText("Kết quả đã thực hiện", "What was done")
    static let summaryHint = LocalizedText("Bắt buộc khi đang thực hiện hoặc đã hoàn thành.", "Required when in progress or done.")
    static let reasonLabel = LocalizedText("Lý do không thực hiện được", "Why it cannot be done")
    static let reasonHint = LocalizedText("Chỉ ghi khi không thực hiện được.", "Only when it cannot be done.")
    static let linksLegend = LocalizedText("Đường dẫn minh chứng", "Evidence links")
    static let recordLinksLabel = LocalizedText("Hồ sơ, thủ tục, phản ánh liên quan trong hệ thống", "Related records in this system")
    static let recordLinksHint = LocalizedText(
        "Mỗi dòng một mã: mã hồ sơ (000.08.25.H41-240301-0001), mã phản ánh (PAKN.20240301.0001), mã thủ tục (1.001193) hoặc đường dẫn trang (/ke-hoach/…).",
        "One per line: a dossier code, a feedback code (PAKN.…), a procedure code (1.001193) or a path on this site (/ke-hoach/…).")
    static let linkURL = LocalizedText("Đường dẫn {0}", "Link {0}")
    static let linkTitle = LocalizedText("Tiêu đề đường dẫn {0}", "Title of link {0}")
    static let filesLegend = LocalizedText("Tệp minh chứng", "Evidence files")
    static let keepFile = LocalizedText("Giữ tệp {0}", "Keep the file {0}")
    static let fileLabel = LocalizedText("Tải lên tệp mới", "Upload new files")
    static let fileHint = LocalizedText("PDF, ảnh (JPG, PNG, WEBP) hoặc văn bản Office (Word, Excel, PowerPoint), tối đa 5 MB mỗi tệp.",
                               "PDF, images (JPG, PNG, WEBP) or Office documents (Word, Excel, PowerPoint), up to 5 MB each.")
    static let saveDraft = LocalizedText("Lưu nháp", "Save draft")
    static let submitReport = LocalizedText("Gửi báo cáo", "Submit the report")
    static let reviewTitle = LocalizedText("Xem xét báo cáo", "Review")
    static let reviewComment = LocalizedText("Nhận xét", "Comment")
    static let reviewCommentHint = LocalizedText("Bắt buộc khi trả lại báo cáo: ghi rõ nội dung cần chỉnh sửa.", "Required when returning: say what to fix.")
    static let acceptReport = LocalizedText("Chấp nhận báo cáo", "Accept the report")
    static let returnReport = LocalizedText("Trả lại để chỉnh sửa", "Return for revision")
    static let historyTitle = LocalizedText("Lịch sử báo cáo", "History")
    static let noticeDraftSaved = LocalizedText("Đã lưu bản nháp.", "The draft is saved.")
    static let noticeSubmitted = LocalizedText("Đã gửi báo cáo.", "The report is submitted.")
    static let noticeReturned = LocalizedText("Đã trả lại báo cáo cho đơn vị.", "The report was returned to the unit.")
    static let noticeAccepted = LocalizedText("Đã chấp nhận báo cáo.", "The report is accepted.")
}

extension S {
    // Monitoring and inbox
    static let overdueTitle = LocalizedText("Quá hạn, chưa báo cáo", "Overdue, not reported")
    static let dueSoonTitle = LocalizedText("Sắp đến hạn", "Due soon")
    static let allUnits = LocalizedText("Tất cả đơn vị", "All units")
    static let allSections = LocalizedText("Tất cả các mục", "All sections")
    static let sectionLabel = LocalizedText("Mục", "Section")
    static let asOfLabel = LocalizedText("Tính đến ngày", "As of")
    static let filterSubmit = LocalizedText("Lọc", "Filter")
    static let quarterColumn = LocalizedText("Quý {0}", "Q{0}")
    static let matrixCaption = LocalizedText("Tình hình báo cáo theo nhiệm vụ và đơn vị, tính đến ngày {0}", "Reports by task and unit as of {0}")
    static let urgeColumn = LocalizedText("Đôn đốc", "Urge")
    static let urge = LocalizedText("Đôn đốc", "Urge")
    static let urgeLabel = LocalizedText("Đôn đốc {1} về nhiệm vụ {0}", "Urge {1} about task {0}")
    static let urgeNote = LocalizedText("Nội dung đôn đốc (không bắt buộc)", "Message (optional)")
    static let noticeUrged = LocalizedText("Đã gửi thông báo đôn đốc tới đơn vị.", "The unit has been urged.")
    static let inboxEmpty = LocalizedText("Chưa có thông báo nào.", "No notification yet.")

    static func notificationKind(_ kind: NotificationKind) -> LocalizedText {
        switch kind {
        case .due: LocalizedText("Sắp đến hạn", "Due soon")
        case .overdue: LocalizedText("Quá hạn", "Overdue")
        case .returned: LocalizedText("Bị trả lại", "Returned")
        case .urged: LocalizedText("Đôn đốc", "Urged")
        }
    }
}

extension S {
    // Results report
    static let printVersion = LocalizedText("Bản in (A4)", "Printable (A4)")
    static let csvDownload = LocalizedText("Tải CSV", "Download CSV")
    static let resultsNone = LocalizedText("Không có nhiệm vụ nào đến hạn trong kỳ này.", "No task falls due in this period.")
    static let totalsLabel = LocalizedText("Tổng hợp số liệu đã được chấp nhận", "Totals of accepted reports")
    static let evidenceLabel = LocalizedText("Minh chứng", "Evidence")
    static let shortfallLabel = LocalizedText("Tồn tại, lý do", "Shortfall and reason")
    static let reportNumber = LocalizedText("Số: …/BC-UBND", "No.: …/BC-UBND")
    static let nationHeading = LocalizedText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
    static let mottoHeading = LocalizedText("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
    static let placeDateBlank = LocalizedText("{0}, ngày … tháng … năm {1}", "{0}, … … {1}")
    static let reportHeading = LocalizedText("BÁO CÁO", "REPORT")
    static let reportSubject = LocalizedText("Kết quả thực hiện {0} – {1}", "Results of the {0} – {1}")
}

extension S {
    // Public pages
    static let homeCrumb = LocalizedText("Trang chủ", "Home")
    static let overallProgress = LocalizedText("Tiến độ chung", "Overall progress")
    static let taskProgress = LocalizedText("Tiến độ", "Progress")
    static let progressText = LocalizedText("{0}/{1} báo cáo đã được chấp nhận ({2}%)", "{0} of {1} reports accepted ({2}%)")
}

extension S {
    static let reminderSender = LocalizedText(vi: "Hệ thống nhắc việc tự động", en: "Automatic reminders")
}
