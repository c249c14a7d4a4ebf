import Platform
import PlanRules
import WorkCalendar

extension S {
    // Navigation and titles
    static let navPlans = Copy("Kế hoạch truyền thông", "Communication plans")
    static let navPublicPlans = Copy("Kế hoạch", "Plans")
    static let navInbox = Copy("Thông báo", "Notifications")
    static let plansTitle = Copy("Kế hoạch truyền thông", "Communication plans")
    static let plansNone = Copy("Chưa có kế hoạch nào.", "No plan yet.")
    static let myObligationsTitle = Copy("Nhiệm vụ của đơn vị tôi", "My unit's tasks")
    static let inboxTitle = Copy("Thông báo của tôi", "My notifications")
    static let monitoringTitle = Copy("Theo dõi, đôn đốc thực hiện", "Monitoring")
    static let resultsTitle = Copy("Báo cáo kết quả thực hiện", "Results report")
    static let publicPageLink = Copy("Trang công khai", "Public page")
    static let tasksCSV = Copy("Tải danh sách nhiệm vụ (CSV)", "Download the tasks (CSV)")

    // Plan facts
    static let planTitleLabel = Copy("Tên kế hoạch", "Plan title")
    static let planYearLabel = Copy("Năm", "Year")
    static let planReference = Copy("Số, ngày văn bản", "Number and date")
    static let planIssuer = Copy("Cơ quan ban hành", "Issued by")
    static let planStatus = Copy("Trạng thái", "Status")
    static let planImplements = Copy("Thực hiện kế hoạch", "Implements")
    static let planFrequency = Copy("Kỳ báo cáo nhiệm vụ thường xuyên", "Reporting period of ongoing tasks")
    static let issuePlan = Copy("Ban hành kế hoạch", "Issue the plan")
    static let closePlan = Copy("Kết thúc kế hoạch", "Close the plan")
    static let copyPlan = Copy("Sao chép sang năm sau", "Copy to next year")
    static let noticeIssued = Copy("Đã ban hành kế hoạch; các đơn vị đã có nhiệm vụ báo cáo.", "The plan is issued; units now have reports to make.")
    static let noticeClosed = Copy("Đã kết thúc kế hoạch.", "The plan is closed.")
    static let noticeCopied = Copy("Đã tạo dự thảo kế hoạch năm sau.", "A draft for next year was created.")
    static let documentsTitle = Copy("Văn bản kế hoạch", "Plan documents")
    static let documentsNone = Copy("Chưa có văn bản đính kèm.", "No document attached yet.")
    static let documentFile = Copy("Tệp văn bản đã ký (PDF)", "Signed document (PDF)")
    static let documentHint = Copy("Chỉ nhận tệp PDF, tối đa 10 MB.", "PDF only, up to 10 MB.")
    static let documentSubmit = Copy("Đính kèm văn bản", "Attach the document")
    static let noticeAttached = Copy("Đã đính kèm văn bản.", "The document is attached.")
    static let attachRefused = Copy("Không đính kèm được: chỉ nhận tệp PDF, tối đa 10 MB.", "Not attached: PDF only, up to 10 MB.")
    static let noticeImported = Copy("Đã tạo kế hoạch từ tệp CSV.", "The plan was created from the CSV file.")

    // Tasks
    static let taskNumber = Copy("TT", "No.")
    static let taskContent = Copy("Nội dung công việc", "Task")
    static let taskLead = Copy("Đơn vị thực hiện", "Lead")
    static let taskCoordinating = Copy("Đơn vị phối hợp", "Coordinating")
    static let taskTime = Copy("Thời gian thực hiện", "Time")
    static let taskMetrics = Copy("Chỉ tiêu báo cáo", "Metrics")

    // Import
    static let importTitle = Copy("Tạo kế hoạch từ tệp CSV", "Create a plan from a CSV file")
    static let importHint = Copy(
        "Mỗi dòng một nhiệm vụ; dòng đầu là tên cột: Mục, TT, Nội dung công việc, Đơn vị thực hiện, Đơn vị phối hợp, Thời gian thực hiện, Sản phẩm, Chỉ tiêu báo cáo.",
        "One row per task; the first line names the columns: section, number, content, lead, coordinating, time, outputs, metrics.")
    static let importFileLabel = Copy("Tệp CSV", "CSV file")
    static let importSubmit = Copy("Tạo kế hoạch", "Create the plan")
    static let importFailed = Copy("Tệp có lỗi, chưa tạo kế hoạch nào", "The file has errors; no plan was created")
    static let importNoFile = Copy("Chưa chọn tệp CSV", "No CSV file chosen")
    static let importBadYear = Copy("Năm phải từ 2000 đến 2199", "The year must be between 2000 and 2199")
    static let importNoTitle = Copy("Phải nhập tên kế hoạch", "Enter the plan's title")
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
    static let myObligationsNone = Copy("Đơn vị chưa có nhiệm vụ báo cáo nào trong các kế hoạch đã ban hành.", "Your unit has no report to make in issued plans.")
    static let periodLabel = Copy("Kỳ", "Period")
    static let dueLabel = Copy("Hạn báo cáo", "Due")
    static let stateLabel = Copy("Tình hình", "State")
    static let unitLabel = Copy("Đơn vị", "Unit")
    static let reportTitle = Copy("Báo cáo nhiệm vụ {0} – {1}", "Report on task {0} – {1}")
    static let reviewStatusLabel = Copy("Trạng thái báo cáo", "Report status")
    static let noReportYet = Copy("Chưa có báo cáo", "No report yet")
    static let returnedWith = Copy("Báo cáo bị trả lại, nội dung cần chỉnh sửa", "Returned: what to fix")
    static let reportContent = Copy("Nội dung báo cáo", "Report")
    static let workStatusLabel = Copy("Tình trạng thực hiện", "Work status")
    static let summaryLabel = Copy("Kết quả đã thực hiện", "What was done")
    static let summaryHint = Copy("Bắt buộc khi đang thực hiện hoặc đã hoàn thành.", "Required when in progress or done.")
    static let reasonLabel = Copy("Lý do không thực hiện được", "Why it cannot be done")
    static let reasonHint = Copy("Chỉ ghi khi không thực hiện được.", "Only when it cannot be done.")
    static let linksLegend = Copy("Đường dẫn minh chứng", "Evidence links")
    static let recordLinksLabel = Copy("Hồ sơ, thủ tục, phản ánh liên quan trong hệ thống", "Related records in this system")
    static let recordLinksHint = Copy(
        "Mỗi dòng một mã: mã hồ sơ (000.08.25.H41-240301-0001), mã phản ánh (PAKN.20240301.0001), mã thủ tục (1.001193) hoặc đường dẫn trang (/ke-hoach/…).",
        "One per line: a dossier code, a feedback code (PAKN.…), a procedure code (1.001193) or a path on this site (/ke-hoach/…).")
    static let linkURL = Copy("Đường dẫn {0}", "Link {0}")
    static let linkTitle = Copy("Tiêu đề đường dẫn {0}", "Title of link {0}")
    static let filesLegend = Copy("Tệp minh chứng", "Evidence files")
    static let keepFile = Copy("Giữ tệp {0}", "Keep the file {0}")
    static let fileLabel = Copy("Tải lên tệp mới", "Upload new files")
    static let fileHint = Copy("PDF, ảnh (JPG, PNG, WEBP) hoặc văn bản Office (Word, Excel, PowerPoint), tối đa 5 MB mỗi tệp.",
                               "PDF, images (JPG, PNG, WEBP) or Office documents (Word, Excel, PowerPoint), up to 5 MB each.")
    static let saveDraft = Copy("Lưu nháp", "Save draft")
    static let submitReport = Copy("Gửi báo cáo", "Submit the report")
    static let reviewTitle = Copy("Xem xét báo cáo", "Review")
    static let reviewComment = Copy("Nhận xét", "Comment")
    static let reviewCommentHint = Copy("Bắt buộc khi trả lại báo cáo: ghi rõ nội dung cần chỉnh sửa.", "Required when returning: say what to fix.")
    static let acceptReport = Copy("Chấp nhận báo cáo", "Accept the report")
    static let returnReport = Copy("Trả lại để chỉnh sửa", "Return for revision")
    static let historyTitle = Copy("Lịch sử báo cáo", "History")
    static let noticeDraftSaved = Copy("Đã lưu bản nháp.", "The draft is saved.")
    static let noticeSubmitted = Copy("Đã gửi báo cáo.", "The report is submitted.")
    static let noticeReturned = Copy("Đã trả lại báo cáo cho đơn vị.", "The report was returned to the unit.")
    static let noticeAccepted = Copy("Đã chấp nhận báo cáo.", "The report is accepted.")
}

extension S {
    // Monitoring and inbox
    static let overdueTitle = Copy("Quá hạn, chưa báo cáo", "Overdue, not reported")
    static let dueSoonTitle = Copy("Sắp đến hạn", "Due soon")
    static let allUnits = Copy("Tất cả đơn vị", "All units")
    static let allSections = Copy("Tất cả các mục", "All sections")
    static let sectionLabel = Copy("Mục", "Section")
    static let asOfLabel = Copy("Tính đến ngày", "As of")
    static let filterSubmit = Copy("Lọc", "Filter")
    static let quarterColumn = Copy("Quý {0}", "Q{0}")
    static let matrixCaption = Copy("Tình hình báo cáo theo nhiệm vụ và đơn vị, tính đến ngày {0}", "Reports by task and unit as of {0}")
    static let urgeColumn = Copy("Đôn đốc", "Urge")
    static let urge = Copy("Đôn đốc", "Urge")
    static let urgeLabel = Copy("Đôn đốc {1} về nhiệm vụ {0}", "Urge {1} about task {0}")
    static let urgeNote = Copy("Nội dung đôn đốc (không bắt buộc)", "Message (optional)")
    static let noticeUrged = Copy("Đã gửi thông báo đôn đốc tới đơn vị.", "The unit has been urged.")
    static let inboxEmpty = Copy("Chưa có thông báo nào.", "No notification yet.")

    static func notificationKind(_ kind: NotificationKind) -> Copy {
        switch kind {
        case .due: Copy("Sắp đến hạn", "Due soon")
        case .overdue: Copy("Quá hạn", "Overdue")
        case .returned: Copy("Bị trả lại", "Returned")
        case .urged: Copy("Đôn đốc", "Urged")
        }
    }
}

extension S {
    // Results report
    static let printVersion = Copy("Bản in (A4)", "Printable (A4)")
    static let csvDownload = Copy("Tải CSV", "Download CSV")
    static let resultsNone = Copy("Không có nhiệm vụ nào đến hạn trong kỳ này.", "No task falls due in this period.")
    static let totalsLabel = Copy("Tổng hợp số liệu đã được chấp nhận", "Totals of accepted reports")
    static let evidenceLabel = Copy("Minh chứng", "Evidence")
    static let shortfallLabel = Copy("Tồn tại, lý do", "Shortfall and reason")
    static let reportNumber = Copy("Số: …/BC-UBND", "No.: …/BC-UBND")
    static let nationHeading = Copy("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
    static let mottoHeading = Copy("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
    static let placeDateBlank = Copy("{0}, ngày … tháng … năm {1}", "{0}, … … {1}")
    static let reportHeading = Copy("BÁO CÁO", "REPORT")
    static let reportSubject = Copy("Kết quả thực hiện {0} – {1}", "Results of the {0} – {1}")
}

extension S {
    // Public pages
    static let homeCrumb = Copy("Trang chủ", "Home")
    static let overallProgress = Copy("Tiến độ chung", "Overall progress")
    static let taskProgress = Copy("Tiến độ", "Progress")
    static let progressText = Copy("{0}/{1} báo cáo đã được chấp nhận ({2}%)", "{0} of {1} reports accepted ({2}%)")
}

extension S {
    static let reminderSender = LocalizedText(vi: "Hệ thống nhắc việc tự động", en: "Automatic reminders")
}
