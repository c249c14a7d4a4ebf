import Platform
import PlanRules

extension S {
    // The plan's record (create and edit a draft)
    static let createPlan = Copy("Tạo kế hoạch", "Create a plan")
    static let createPlanTitle = Copy("Tạo kế hoạch mới", "New plan")
    static let editRecord = Copy("Sửa thông tin kế hoạch", "Edit the plan's record")
    static let viewRecord = Copy("Thông tin kế hoạch", "The plan's record")
    static let recordReadOnly = Copy(
        "Kế hoạch đã ban hành nên thông tin, các mục và nhiệm vụ không sửa được nữa. Kế hoạch vẫn có thể được kết thúc.",
        "The plan is issued: its record, sections and tasks can no longer be edited. It can still be closed.")
    static let documentLegend = Copy("Văn bản", "Document")
    static let serialLabel = Copy("Số", "Number")
    static let serialHint = Copy("Để trống nếu chưa có số (ví dụ 45). Ký hiệu ghi ở ô bên dưới.", "Leave blank until numbered (e.g. 45).")
    static let symbolLabel = Copy("Ký hiệu", "Symbol")
    static let issueDateLabel = Copy("Ngày ban hành", "Date")
    static let partialDateHint = Copy("Ngày/tháng/năm, có thể để trống ngày hoặc tháng: 21/02/2024, …/02/2024, 2024.",
                                      "Day/month/year; the day or month may be blank: 21/02/2024, …/02/2024, 2024.")
    static let partialDateInvalid = Copy("Ngày \"{0}\" không hợp lệ (ví dụ 21/02/2024 hoặc …/02/2024)",
                                         "The date \"{0}\" is invalid (e.g. 21/02/2024 or …/02/2024)")
    static let issuingUnitLabel = Copy("Đơn vị ban hành", "Issuing unit")
    static let issuingUnitNone = Copy("(Không chọn)", "(None)")
    static let issuerNameLabel = Copy("Tên cơ quan ban hành (như in trên văn bản)", "Issuer's name as printed")
    static let issuerNameHint = Copy("Để trống thì lấy tên đơn vị ban hành.", "Blank: the issuing unit's name.")
    static let yearInvalid = Copy("Năm phải là số từ 2000 đến 2199", "The year must be a number from 2000 to 2199")
    static let implementsLegend = Copy("Kế hoạch cấp trên được triển khai", "The plan this one implements")
    static let implementsIssuer = Copy("Cơ quan ban hành kế hoạch cấp trên", "Its issuer")
    static let implementsNumber = Copy("Số, ký hiệu", "Number and symbol")
    static let implementsNumberHint = Copy("Ví dụ 122/KH-UBND.", "E.g. 122/KH-UBND.")
    static let implementsDate = Copy("Ngày ban hành kế hoạch cấp trên", "Its date")
    static let implementsSubject = Copy("Trích yếu", "Subject")
    static let contentLegend = Copy("Nội dung kế hoạch", "Contents")
    static let onePerLine = Copy("Mỗi dòng một mục.", "One item per line.")
    static let legalBasesLabel = Copy("Căn cứ", "Legal bases")
    static let purposesLabel = Copy("I.1. Mục đích", "I.1 Purposes")
    static let requirementsLabel = Copy("I.2. Yêu cầu", "I.2 Requirements")
    static let fundingLabel = Copy("III. Kinh phí thực hiện", "III. Funding")
    static let dutiesLabel = Copy("IV. Tổ chức thực hiện", "IV. Implementation duties")
    static let dutiesHint = Copy("Mỗi dòng một đơn vị: tên đơn vị, dấu hai chấm, rồi nhiệm vụ. Ví dụ: Phòng Tư pháp: Chủ trì tham mưu …",
                                 "One unit per line: its name, a colon, then its duty.")
    static let recipientsLabel = Copy("Nơi nhận", "Recipients")
    static let signerLegend = Copy("Người ký", "Signature")
    static let signerOnBehalf = Copy("Thẩm quyền ký (TM.)", "On behalf of (TM.)")
    static let signerCapacity = Copy("Ký thay, ký thừa lệnh (KT., TL.)", "Signing for (KT., TL.)")
    static let signerTitle = Copy("Chức vụ", "Title")
    static let signerName = Copy("Họ và tên người ký", "Name")
    static let reportingLegend = Copy("Báo cáo", "Reporting")
    static let coordinatingReportLabel = Copy("Đơn vị phối hợp cũng báo cáo", "Coordinating units report too")
    static let saveRecord = Copy("Lưu thông tin kế hoạch", "Save the record")
    static let createSubmit = Copy("Tạo kế hoạch", "Create the plan")
    static let noticeCreated = Copy("Đã tạo kế hoạch dự thảo. Hãy thêm các mục và nhiệm vụ.", "The draft plan is created. Add its sections and tasks.")
    static let noticeRecordSaved = Copy("Đã lưu thông tin kế hoạch.", "The record is saved.")

    // Sections
    static let addSection = Copy("Thêm mục", "Add a section")
    static let editSection = Copy("Sửa mục", "Edit the section")
    static let editSectionTitle = Copy("Sửa mục {0}", "Edit section {0}")
    static let sectionNumberLabel = Copy("Số thứ tự mục", "Section number")
    static let sectionNumberHint = Copy("Số La Mã như trong phụ lục kế hoạch: I, II, III…", "A Roman numeral as in the appendix: I, II, III…")
    static let sectionTitleLabel = Copy("Tên mục", "Section title")
    static let saveSection = Copy("Lưu mục", "Save the section")
    static let removeSection = Copy("Xóa mục này", "Remove this section")
    static let removeSectionHint = Copy("Xóa mục cùng {0} nhiệm vụ của mục.", "Removes the section and its {0} tasks.")
    static let noticeSectionSaved = Copy("Đã lưu mục.", "The section is saved.")
    static let noticeSectionRemoved = Copy("Đã xóa mục.", "The section is removed.")
    static let sectionsNone = Copy("Kế hoạch chưa có mục nào. Hãy thêm mục trước, rồi thêm nhiệm vụ vào mục.",
                                   "The plan has no section yet. Add a section, then its tasks.")

    // Tasks
    static let addTask = Copy("Thêm nhiệm vụ", "Add a task")
    static let addTaskTo = Copy("Thêm nhiệm vụ vào mục {0}", "Add a task to section {0}")
    static let editTask = Copy("Sửa", "Edit")
    static let editTaskLabel = Copy("Sửa nhiệm vụ {0}", "Edit task {0}")
    static let editTaskTitle = Copy("Sửa nhiệm vụ {0}", "Edit task {0}")
    static let taskSectionLabel = Copy("Thuộc mục", "Section")
    static let taskNumberLabel = Copy("Số thứ tự", "Number")
    static let taskNumberHint = Copy("Ví dụ II.5; chỉ ghi 5 thì thành số thứ tự trong mục đã chọn.", "E.g. II.5; 5 alone is read within the chosen section.")
    static let taskContentLabel = Copy("Nội dung công việc", "What is to be done")
    static let leadLegend = Copy("Đơn vị thực hiện (chủ trì)", "Lead units")
    static let coordinatingLegend = Copy("Đơn vị phối hợp", "Coordinating units")
    static let groupsLabel = Copy("Nhóm đơn vị (mỗi đơn vị trong nhóm báo cáo riêng)", "Groups of units (each member reports)")
    static let unitsLabel = Copy("Đơn vị", "Units")
    static let otherAssigneesLabel = Copy("Chức danh hoặc mô tả khác", "Positions or other descriptions")
    static let otherAssigneesHint = Copy(
        "Mỗi dòng một mục, ví dụ \"Chủ tịch UBND các xã, thị trấn\" (đơn vị của chức danh báo cáo) hoặc \"Các tổ chức, cá nhân có liên quan\" (không báo cáo).",
        "One per line, e.g. a position in a unit (its unit reports) or a description (nobody reports).")
    static let taskTimeLabel = Copy("Thời gian thực hiện", "Time")
    static let taskTimeHint = Copy(
        "Ghi như trong kế hoạch: Thường xuyên; Quý II/2024; Năm 2024; Định kỳ 6 tháng/01 lần; Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024.",
        "As the plan writes it: Thường xuyên; Quý II/2024; Năm 2024; Định kỳ 6 tháng/01 lần; Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024.")
    static let outputsLabel = Copy("Sản phẩm dự kiến", "Expected outputs")
    static let metricsLabel = Copy("Chỉ tiêu báo cáo", "Metrics to report")
    static let metricsHint = Copy("Mỗi dòng một chỉ tiêu, đơn vị tính trong ngoặc: Tin, bài đăng tải (bài viết).",
                                  "One per line, the unit of count in brackets.")
    static let metricTwice = Copy("Chỉ tiêu \"{0}\" được ghi hai lần", "The metric \"{0}\" is written twice")
    static let unknownChoice = Copy("Lựa chọn không hợp lệ", "Not a valid choice")
    static let previewSubmit = Copy("Xem trước lịch báo cáo", "Preview the reporting schedule")
    static let saveTask = Copy("Lưu nhiệm vụ", "Save the task")
    static let removeTask = Copy("Xóa nhiệm vụ này", "Remove this task")
    static let removeTaskHint = Copy("Nhiệm vụ bị xóa khỏi dự thảo; thao tác được ghi vào nhật ký.", "The task leaves the draft; the removal is logged.")
    static let noticeTaskSaved = Copy("Đã lưu nhiệm vụ.", "The task is saved.")
    static let noticeTaskRemoved = Copy("Đã xóa nhiệm vụ.", "The task is removed.")
    static let previewTitle = Copy("Lịch báo cáo dự kiến", "Expected reporting schedule")
    static let previewIntro = Copy("Khi kế hoạch được ban hành, mỗi đơn vị dưới đây báo cáo một lần cho mỗi kỳ.",
                                   "Once the plan is issued, each unit below reports once per period.")
    static let previewPeriod = Copy("Kỳ", "Period")
    static let previewFromTo = Copy("Từ ngày – đến ngày", "From – to")
    static let previewDue = Copy("Hạn báo cáo", "Due")
    static let previewUnits = Copy("Đơn vị báo cáo ({0})", "Reporting units ({0})")
    static let previewNoUnits = Copy("Chưa có đơn vị nào phải báo cáo: hãy chọn đơn vị thực hiện.",
                                     "No unit reports yet: choose the lead units.")
    static let previewCount = Copy("{0} kỳ × {1} đơn vị = {2} báo cáo", "{0} periods × {1} units = {2} reports")
    static let previewNeedsTime = Copy("Nhập thời gian thực hiện hợp lệ để xem lịch báo cáo.", "Enter a valid time to see the schedule.")
    static let tasksActions = Copy("Thao tác", "Actions")

    // Inbox read state
    static let unreadBadge = Copy("Chưa đọc", "Unread")
    static let unreadCount = Copy("{0} thông báo chưa đọc", "{0} unread")
    /// Heard after the inbox entry of the staff menu: "Thông báo, 3 chưa đọc".
    static let navUnread = Copy("{0} chưa đọc", "{0} unread")
    static let markRead = Copy("Đánh dấu đã đọc", "Mark as read")
    static let markReadLabel = Copy("Đánh dấu đã đọc: {0}", "Mark as read: {0}")
    static let noticeMarkedRead = Copy("Đã đánh dấu là đã đọc.", "Marked as read.")
    static let markAllRead = Copy("Đánh dấu tất cả là đã đọc", "Mark all as read")
    static let inboxWithCount = Copy("Thông báo ({0} chưa đọc)", "Notifications ({0} unread)")
}

extension PlanEditError {
    func message(_ language: Platform.Language) -> String { text(language) }
}
