import Platform
import PlanRules
import Localization

extension S {
    // The plan's record (create and edit a draft)
    static let createPlan = LocalizedText("Tạo kế hoạch", "Create a plan")
    static let createPlanTitle = LocalizedText("Tạo kế hoạch mới", "New plan")
    static let editRecord = LocalizedText("Sửa thông tin kế hoạch", "Edit the plan's record")
    static let viewRecord = LocalizedText("Thông tin kế hoạch", "The plan's record")
    static let recordReadOnly = LocalizedText(
        "Kế hoạch đã ban hành nên thông tin, các mục và nhiệm vụ không sửa được nữa. Kế hoạch vẫn có thể được kết thúc.",
        "The plan is issued: its record, sections and tasks can no longer be edited. It can still be closed.")
    static let documentLegend = LocalizedText("Văn bản", "Document")
    static let serialLabel = LocalizedText("Số", "Number")
    static let serialHint = LocalizedText("Để trống nếu chưa có số (ví dụ 45). Ký hiệu ghi ở ô bên dưới.", "Leave blank until numbered (e.g. 45).")
    static let symbolLabel = LocalizedText("Ký hiệu", "Symbol")
    static let issueDateLabel = LocalizedText("Ngày ban hành", "Date")
    static let partialDateHint = LocalizedText("Ngày/tháng/năm, có thể để trống ngày hoặc tháng: 21/02/2024, …/02/2024, 2024.",
                                      "Day/month/year; the day or month may be blank: 21/02/2024, …/02/2024, 2024.")
    static let partialDateInvalid = LocalizedText("Ngày \"{0}\" không hợp lệ (ví dụ 21/02/2024 hoặc …/02/2024)",
                                         "The date \"{0}\" is invalid (e.g. 21/02/2024 or …/02/2024)")
    static let issuingUnitLabel = LocalizedText("Đơn vị ban hành", "Issuing unit")
    static let issuingUnitNone = LocalizedText("(Không chọn)", "(None)")
    static let issuerNameLabel = LocalizedText("Tên cơ quan ban hành (như in trên văn bản)", "Issuer's name as printed")
    static let issuerNameHint = LocalizedText("Để trống thì lấy tên đơn vị ban hành.", "Blank: the issuing unit's name.")
    static let yearInvalid = LocalizedText("Năm phải là số từ 2000 đến 2199", "The year must be a number from 2000 to 2199")
    static let implementsLegend = LocalizedText("Kế hoạch cấp trên được triển khai", "The plan this one implements")
    static let implementsIssuer = LocalizedText("Cơ quan ban hành kế hoạch cấp trên", "Its issuer")
    static let implementsNumber = LocalizedText("Số, ký hiệu", "Number and symbol")
    static let implementsNumberHint = LocalizedText("Ví dụ 122/KH-UBND.", "E.g. 122/KH-UBND.")
    static let implementsDate = LocalizedText("Ngày ban hành kế hoạch cấp trên", "Its date")
    static let implementsSubject = LocalizedText("Trích yếu", "Subject")
    static let contentLegend = LocalizedText("Nội dung kế hoạch", "Contents")
    static let onePerLine = LocalizedText("Mỗi dòng một mục.", "One item per line.")
    static let legalBasesLabel = LocalizedText("Căn cứ", "Legal bases")
    static let purposesLabel = LocalizedText("I.1. Mục đích", "I.1 Purposes")
    static let requirementsLabel = LocalizedText("I.2. Yêu cầu", "I.2 Requirements")
    static let fundingLabel = LocalizedText("III. Kinh phí thực hiện", "III. Funding")
    static let dutiesLabel = LocalizedText("IV. Tổ chức thực hiện", "IV. Implementation duties")
    static let dutiesHint = LocalizedText("Mỗi dòng một đơn vị: tên đơn vị, dấu hai chấm, rồi nhiệm vụ. Ví dụ: Phòng Tư pháp: Chủ trì tham mưu …",
                                 "One unit per line: its name, a colon, then its duty.")
    static let recipientsLabel = LocalizedText("Nơi nhận", "Recipients")
    static let signerLegend = LocalizedText("Người ký", "Signature")
    static let signerOnBehalf = LocalizedText("Thẩm quyền ký (TM.)", "On behalf of (TM.)")
    static let signerCapacity = LocalizedText("Ký thay, ký thừa lệnh (KT., TL.)", "Signing for (KT., TL.)")
    static let signerTitle = LocalizedText("Chức vụ", "Title")
    static let signerName = LocalizedText("Họ và tên người ký", "Name")
    static let reportingLegend = LocalizedText("Báo cáo", "Reporting")
    static let coordinatingReportLabel = LocalizedText("Đơn vị phối hợp cũng báo cáo", "Coordinating units report too")
    static let saveRecord = LocalizedText("Lưu thông tin kế hoạch", "Save the record")
    static let createSubmit = LocalizedText("Tạo kế hoạch", "Create the plan")
    static let noticeCreated = LocalizedText("Đã tạo kế hoạch dự thảo. Hãy thêm các mục và nhiệm vụ.", "The draft plan is created. Add its sections and tasks.")
    static let noticeRecordSaved = LocalizedText("Đã lưu thông tin kế hoạch.", "The record is saved.")

    // Sections
    static let addSection = LocalizedText("Thêm mục", "Add a section")
    static let editSection = LocalizedText("Sửa mục", "Edit the section")
    static let editSectionTitle = LocalizedText("Sửa mục {0}", "Edit section {0}")
    static let sectionNumberLabel = LocalizedText("Số thứ tự mục", "Section number")
    static let sectionNumberHint = LocalizedText("Số La Mã như trong phụ lục kế hoạch: I, II, III…", "A Roman numeral as in the appendix: I, II, III…")
    static let sectionTitleLabel = LocalizedText("Tên mục", "Section title")
    static let saveSection = LocalizedText("Lưu mục", "Save the section")
    static let removeSection = LocalizedText("Xóa mục này", "Remove this section")
    static let removeSectionHint = LocalizedText("Xóa mục cùng {0} nhiệm vụ của mục.", "Removes the section and its {0} tasks.")
    static let noticeSectionSaved = LocalizedText("Đã lưu mục.", "The section is saved.")
    static let noticeSectionRemoved = LocalizedText("Đã xóa mục.", "The section is removed.")
    static let sectionsNone = LocalizedText("Kế hoạch chưa có mục nào. Hãy thêm mục trước, rồi thêm nhiệm vụ vào mục.",
                                   "The plan has no section yet. Add a section, then its tasks.")

    // Tasks
    static let addTask = LocalizedText("Thêm nhiệm vụ", "Add a task")
    static let addTaskTo = LocalizedText("Thêm nhiệm vụ vào mục {0}", "Add a task to section {0}")
    static let editTask = LocalizedText("Sửa", "Edit")
    static let editTaskLabel = LocalizedText("Sửa nhiệm vụ {0}", "Edit task {0}")
    static let editTaskTitle = LocalizedText("Sửa nhiệm vụ {0}", "Edit task {0}")
    static let taskSectionLabel = LocalizedText("Thuộc mục", "Section")
    static let taskNumberLabel = LocalizedText("Số thứ tự", "Number")
    static let taskNumberHint = LocalizedText("Ví dụ II.5; chỉ ghi 5 thì thành số thứ tự trong mục đã chọn.", "E.g. II.5; 5 alone is read within the chosen section.")
    static let taskContentLabel = LocalizedText("Nội dung công việc", "What is to be done")
    static let leadLegend = LocalizedText("Đơn vị thực hiện (chủ trì)", "Lead units")
    static let coordinatingLegend = LocalizedText("Đơn vị phối hợp", "Coordinating units")
    static let groupsLabel = LocalizedText("Nhóm đơn vị (mỗi đơn vị trong nhóm báo cáo riêng)", "Groups of units (each member reports)")
    static let unitsLabel = LocalizedText("Đơn vị", "Units")
    static let otherAssigneesLabel = LocalizedText("Chức danh hoặc mô tả khác", "Positions or other descriptions")
    static let otherAssigneesHint = LocalizedText(
        "Mỗi dòng một mục, ví dụ \"Chủ tịch UBND các xã, thị trấn\" (đơn vị của chức danh báo cáo) hoặc \"Các tổ chức, cá nhân có liên quan\" (không báo cáo).",
        "One per line, e.g. a position in a unit (its unit reports) or a description (nobody reports).")
    static let taskTimeLabel = LocalizedText("Thời gian thực hiện", "Time")
    static let taskTimeHint = LocalizedText(
        "Ghi như trong kế hoạch: Thường xuyên; Quý II/2024; Năm 2024; Định kỳ 6 tháng/01 lần; Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024.",
        "As the plan writes it: Thường xuyên; Quý II/2024; Năm 2024; Định kỳ 6 tháng/01 lần; Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024.")
    static let outputsLabel = LocalizedText("Sản phẩm dự kiến", "Expected outputs")
    static let metricsLabel = LocalizedText("Chỉ tiêu báo cáo", "Metrics to report")
    static let metricsHint = LocalizedText("Mỗi dòng một chỉ tiêu, đơn vị tính trong ngoặc: Tin, bài đăng tải (bài viết).",
                                  "One per line, the unit of count in brackets.")
    static let metricTwice = LocalizedText("Chỉ tiêu \"{0}\" được ghi hai lần", "The metric \"{0}\" is written twice")
    static let unknownChoice = LocalizedText("Lựa chọn không hợp lệ", "Not a valid choice")
    static let previewSubmit = LocalizedText("Xem trước lịch báo cáo", "Preview the reporting schedule")
    static let saveTask = LocalizedText("Lưu nhiệm vụ", "Save the task")
    static let removeTask = LocalizedText("Xóa nhiệm vụ này", "Remove this task")
    static let removeTaskHint = LocalizedText("Nhiệm vụ bị xóa khỏi dự thảo; thao tác được ghi vào nhật ký.", "The task leaves the draft; the removal is logged.")
    static let noticeTaskSaved = LocalizedText("Đã lưu nhiệm vụ.", "The task is saved.")
    static let noticeTaskRemoved = LocalizedText("Đã xóa nhiệm vụ.", "The task is removed.")
    static let previewTitle = LocalizedText("Lịch báo cáo dự kiến", "Expected reporting schedule")
    static let previewIntro = LocalizedText("Khi kế hoạch được ban hành, mỗi đơn vị dưới đây báo cáo một lần cho mỗi kỳ.",
                                   "Once the plan is issued, each unit below reports once per period.")
    static let previewPeriod = LocalizedText("Kỳ", "Period")
    static let previewFromTo = LocalizedText("Từ ngày – đến ngày", "From – to")
    static let previewDue = LocalizedText("Hạn báo cáo", "Due")
    static let previewUnits = LocalizedText("Đơn vị báo cáo ({0})", "Reporting units ({0})")
    static let previewNoUnits = LocalizedText("Chưa có đơn vị nào phải báo cáo: hãy chọn đơn vị thực hiện.",
                                     "No unit reports yet: choose the lead units.")
    static let previewCount = LocalizedText("{0} kỳ × {1} đơn vị = {2} báo cáo", "{0} periods × {1} units = {2} reports")
    static let previewNeedsTime = LocalizedText("Nhập thời gian thực hiện hợp lệ để xem lịch báo cáo.", "Enter a valid time to see the schedule.")
    static let tasksActions = LocalizedText("Thao tác", "Actions")

    // Inbox read state
    static let unreadBadge = LocalizedText("Chưa đọc", "Unread")
    static let unreadCount = LocalizedText("{0} thông báo chưa đọc", "{0} unread")
    /// Heard after the inbox entry of the staff menu: "Thông báo, 3 chưa đọc".
    static let navUnread = LocalizedText("{0} chưa đọc", "{0} unread")
    static let markRead = LocalizedText("Đánh dấu đã đọc", "Mark as read")
    static let markReadLabel = LocalizedText("Đánh dấu đã đọc: {0}", "Mark as read: {0}")
    static let noticeMarkedRead = LocalizedText("Đã đánh dấu là đã đọc.", "Marked as read.")
    static let markAllRead = LocalizedText("Đánh dấu tất cả là đã đọc", "Mark all as read")
    static let inboxWithCount = LocalizedText("Thông báo ({0} chưa đọc)", "Notifications ({0} unread)")
}

extension PlanEditError {
    func message(_ language: Language) -> String { text(language) }
}
