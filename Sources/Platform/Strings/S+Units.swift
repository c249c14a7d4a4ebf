import Localization
public extension S {
    static let unitsTitle = LocalizedText("Đơn vị", "Units")
    static let unitSearchLabel = LocalizedText("Tên đơn vị (gõ có dấu hoặc không dấu)", "Unit name (with or without diacritics)")
    static let unitCreate = LocalizedText("Thêm đơn vị", "Add a unit")
    static let unitEditTitle = LocalizedText("Sửa: {0}", "Edit: {0}")
    static let unitName = LocalizedText("Tên đơn vị", "Unit name")
    static let unitKind = LocalizedText("Loại đơn vị", "Kind")
    static let unitParent = LocalizedText("Đơn vị cấp trên", "Parent unit")
    static let noParent = LocalizedText("(không có)", "(none)")
    static let unitAgencyCode = LocalizedText("Mã định danh điện tử", "Electronic agency code")
    static let agencyCodeHint = LocalizedText("Dạng 000.00.00.H41", "Like 000.00.00.H41")
    static let agencyCodeInvalid = LocalizedText(
        "Mã định danh \"{0}\" không đúng dạng 000.00.00.H41 (ba nhóm số 3-2-2 và mã tỉnh như H41).",
        "The agency code \"{0}\" is not like 000.00.00.H41 (digit groups 3-2-2 and a province code such as H41).")
    static let agencyCodeTaken = LocalizedText("Mã định danh này đã được dùng cho {0}.", "This agency code already belongs to {0}.")
    static let unitGSOCode = LocalizedText("Mã đơn vị hành chính (Tổng cục Thống kê)", "Statistics office (GSO) code")
    static let unitAddress = LocalizedText("Địa chỉ", "Address")
    static let unitPhone = LocalizedText("Điện thoại", "Phone")
    static let unitEmail = LocalizedText("Thư điện tử", "Email")
    static let feedbackContact = LocalizedText("Nơi tiếp nhận phản ánh, kiến nghị", "Where feedback is received")
    static let feedbackContactHint = LocalizedText(
        "Được niêm yết cùng thủ tục hành chính (Nghị định 63/2010, Điều 17).",
        "Posted with every procedure (Decree 63/2010, Art. 17).")
    static let unitFeedbackAddress = LocalizedText("Địa chỉ tiếp nhận phản ánh, kiến nghị", "Address for feedback")
    static let unitFeedbackPhone = LocalizedText("Điện thoại tiếp nhận phản ánh, kiến nghị", "Phone for feedback")
    static let unitValidFrom = LocalizedText("Hoạt động từ ngày", "In force from")
    static let unitValidTo = LocalizedText("Chấm dứt hoạt động từ ngày", "Closed on")
    static let unitStatus = LocalizedText("Trạng thái", "Status")
    static let unitActive = LocalizedText("Đang hoạt động", "In force")
    static let unitClosedOn = LocalizedText("Đã chấm dứt ({0})", "Closed ({0})")
    static let includeClosed = LocalizedText("Gồm cả đơn vị đã chấm dứt", "Include closed units")
    static let unitSuccessors = LocalizedText("Đơn vị kế thừa", "Successor units")
    static let unitPredecessors = LocalizedText("Đơn vị được hợp nhất vào đây", "Units merged into this one")
    static let unitChildren = LocalizedText("Đơn vị trực thuộc", "Units under this one")
    static let unitClose = LocalizedText("Ghi nhận chấm dứt hoạt động", "Record closure")
    static let unitCloseTitle = LocalizedText("Chấm dứt hoạt động: {0}", "Close: {0}")
    static let unitCloseIntro = LocalizedText(
        "Dùng khi đơn vị bị giải thể, sáp nhập hoặc thay thế. Hồ sơ và lịch sử vẫn được giữ.",
        "Use when a unit is dissolved, merged or replaced. Its records and history are kept.")
    static let unitSuccessionNote = LocalizedText("Căn cứ (số nghị quyết, quyết định)", "Legal basis (resolution or decision number)")
    static let successorsHint = LocalizedText(
        "Mã định danh hoặc mã thống kê của đơn vị kế thừa; nhiều đơn vị cách nhau bằng dấu phẩy.",
        "Agency or GSO codes of the successors, separated by commas.")
    static let successorNotFound = LocalizedText("Không tìm thấy đơn vị có mã \"{0}\".", "No unit has the code \"{0}\".")
    static let unitKinds: [UnitKind: LocalizedText] = [
        .provincialCommittee: LocalizedText("UBND cấp tỉnh", "Provincial People's Committee"),
        .districtCommittee: LocalizedText("UBND cấp huyện", "District People's Committee"),
        .communeCommittee: LocalizedText("UBND cấp xã", "Commune People's Committee"),
        .department: LocalizedText("Phòng, ban chuyên môn", "Department"),
        .office: LocalizedText("Văn phòng", "Office"),
        .oneStopDesk: LocalizedText("Bộ phận Một cửa / Trung tâm phục vụ hành chính công", "One-stop desk / public service centre"),
        .massOrganisation: LocalizedText("Tổ chức chính trị - xã hội", "Mass organisation"),
        .other: LocalizedText("Khác", "Other"),
    ]
}
