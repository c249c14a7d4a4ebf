public extension S {
    static let unitsTitle = Copy("Đơn vị", "Units")
    static let unitSearchLabel = Copy("Tên đơn vị (gõ có dấu hoặc không dấu)", "Unit name (with or without diacritics)")
    static let unitCreate = Copy("Thêm đơn vị", "Add a unit")
    static let unitEditTitle = Copy("Sửa: {0}", "Edit: {0}")
    static let unitName = Copy("Tên đơn vị", "Unit name")
    static let unitKind = Copy("Loại đơn vị", "Kind")
    static let unitParent = Copy("Đơn vị cấp trên", "Parent unit")
    static let noParent = Copy("(không có)", "(none)")
    static let unitAgencyCode = Copy("Mã định danh điện tử", "Electronic agency code")
    static let agencyCodeHint = Copy("Dạng 000.00.00.H41", "Like 000.00.00.H41")
    static let agencyCodeInvalid = Copy(
        "Mã định danh \"{0}\" không đúng dạng 000.00.00.H41 (ba nhóm số 3-2-2 và mã tỉnh như H41).",
        "The agency code \"{0}\" is not like 000.00.00.H41 (digit groups 3-2-2 and a province code such as H41).")
    static let agencyCodeTaken = Copy("Mã định danh này đã được dùng cho {0}.", "This agency code already belongs to {0}.")
    static let unitGSOCode = Copy("Mã đơn vị hành chính (Tổng cục Thống kê)", "Statistics office (GSO) code")
    static let unitAddress = Copy("Địa chỉ", "Address")
    static let unitPhone = Copy("Điện thoại", "Phone")
    static let unitEmail = Copy("Thư điện tử", "Email")
    static let feedbackContact = Copy("Nơi tiếp nhận phản ánh, kiến nghị", "Where feedback is received")
    static let feedbackContactHint = Copy(
        "Được niêm yết cùng thủ tục hành chính (Nghị định 63/2010, Điều 17).",
        "Posted with every procedure (Decree 63/2010, Art. 17).")
    static let unitFeedbackAddress = Copy("Địa chỉ tiếp nhận phản ánh, kiến nghị", "Address for feedback")
    static let unitFeedbackPhone = Copy("Điện thoại tiếp nhận phản ánh, kiến nghị", "Phone for feedback")
    static let unitValidFrom = Copy("Hoạt động từ ngày", "In force from")
    static let unitValidTo = Copy("Chấm dứt hoạt động từ ngày", "Closed on")
    static let unitStatus = Copy("Trạng thái", "Status")
    static let unitActive = Copy("Đang hoạt động", "In force")
    static let unitClosedOn = Copy("Đã chấm dứt ({0})", "Closed ({0})")
    static let includeClosed = Copy("Gồm cả đơn vị đã chấm dứt", "Include closed units")
    static let unitSuccessors = Copy("Đơn vị kế thừa", "Successor units")
    static let unitPredecessors = Copy("Đơn vị được hợp nhất vào đây", "Units merged into this one")
    static let unitChildren = Copy("Đơn vị trực thuộc", "Units under this one")
    static let unitClose = Copy("Ghi nhận chấm dứt hoạt động", "Record closure")
    static let unitCloseTitle = Copy("Chấm dứt hoạt động: {0}", "Close: {0}")
    static let unitCloseIntro = Copy(
        "Dùng khi đơn vị bị giải thể, sáp nhập hoặc thay thế. Hồ sơ và lịch sử vẫn được giữ.",
        "Use when a unit is dissolved, merged or replaced. Its records and history are kept.")
    static let unitSuccessionNote = Copy("Căn cứ (số nghị quyết, quyết định)", "Legal basis (resolution or decision number)")
    static let successorsHint = Copy(
        "Mã định danh hoặc mã thống kê của đơn vị kế thừa; nhiều đơn vị cách nhau bằng dấu phẩy.",
        "Agency or GSO codes of the successors, separated by commas.")
    static let successorNotFound = Copy("Không tìm thấy đơn vị có mã \"{0}\".", "No unit has the code \"{0}\".")
    static let unitKinds: [UnitKind: Copy] = [
        .provincialCommittee: Copy("UBND cấp tỉnh", "Provincial People's Committee"),
        .districtCommittee: Copy("UBND cấp huyện", "District People's Committee"),
        .communeCommittee: Copy("UBND cấp xã", "Commune People's Committee"),
        .department: Copy("Phòng, ban chuyên môn", "Department"),
        .office: Copy("Văn phòng", "Office"),
        .oneStopDesk: Copy("Bộ phận Một cửa / Trung tâm phục vụ hành chính công", "One-stop desk / public service centre"),
        .massOrganisation: Copy("Tổ chức chính trị - xã hội", "Mass organisation"),
        .other: Copy("Khác", "Other"),
    ]
}
