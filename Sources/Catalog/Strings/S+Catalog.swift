import Platform

extension S {
    static let navProcedures = Copy("Thủ tục hành chính", "Procedures")
    static let catalogWorkflowLink = Copy("Quy trình nội bộ và giờ chốt nhận hồ sơ", "Internal workflow and cut-off hour")
    static let catalogTitle = Copy("Thủ tục hành chính", "Administrative procedures")
    static let catalogIntro = Copy(
        "Tìm thủ tục theo tên, có dấu hoặc không dấu, ví dụ \"dang ky khai sinh\".",
        "Find a procedure by name, with or without diacritics, e.g. \"dang ky khai sinh\".")
    static let catalogSearchLabel = Copy("Tên thủ tục hoặc từ khóa", "Procedure name or keywords")
    static let catalogFilters = Copy("Lọc theo lĩnh vực, cấp, cơ quan", "Filter by field, level, agency")
    static let catalogApplyFilters = Copy("Áp dụng bộ lọc", "Apply filters")
    static let catalogDocumentCount = Copy("{0} loại giấy tờ (xem bên dưới)", "{0} kinds of document (see below)")
    static let catalogField = Copy("Lĩnh vực", "Field")
    static let catalogLevel = Copy("Cấp thực hiện", "Level")
    static let catalogAgency = Copy("Cơ quan thực hiện", "Implementing agency")
    static let catalogOnline = Copy("Dịch vụ công trực tuyến", "Online service")
    static let catalogAll = Copy("Tất cả", "All")
    static let catalogResults = Copy("{0} thủ tục", "{0} procedures")
    static let catalogPartial = Copy(
        "Không có thủ tục chứa đủ mọi từ đã gõ; dưới đây là các thủ tục gần đúng.",
        "No procedure has every word you typed; these are the closest.")
    static let catalogNone = Copy("Không tìm thấy thủ tục phù hợp. Hãy thử ít từ hơn.", "No matching procedure. Try fewer words.")
    static let catalogCode = Copy("Mã thủ tục", "Code")
    static let catalogTime = Copy("Thời hạn giải quyết", "Processing time")
    static let catalogFee = Copy("Phí, lệ phí", "Fees")
    static let catalogUnitLost = Copy("{0} (dữ liệu gốc không ghi đơn vị)", "{0} (the source gives no unit)")
    static let catalogCurrency = Copy("đồng", "VND")
    static let catalogFree = Copy("Không mất phí", "Free")
    static let catalogNotStated = Copy("Không nêu", "Not stated")
    static let catalogOnlineLevels: [OnlineLevel: Copy] = [
        .full: Copy("Toàn trình", "Fully online"),
        .partial: Copy("Một phần", "Partly online"),
        .none: Copy("Không", "Not online"),
        .unknown: Copy("Chưa xác định", "Not stated"),
    ]
    static let catalogStatuses: [ProcedureStatus: Copy] = [
        .inForce: Copy("Đang có hiệu lực", "In force"),
        .amended: Copy("Đã sửa đổi, bổ sung", "Amended"),
        .abolished: Copy("Đã bãi bỏ", "Abolished"),
    ]
    static let catalogDecisions = Copy("Quyết định công bố", "Publishing decisions")
    static let catalogKind = Copy("Loại thủ tục", "Type")
    static let catalogApplicants = Copy("Đối tượng thực hiện", "Who may apply")
    static let catalogCompetent = Copy("Cơ quan có thẩm quyền", "Competent agency")
    static let catalogCoordinating = Copy("Cơ quan phối hợp", "Coordinating agency")
    static let catalogReception = Copy("Địa chỉ tiếp nhận hồ sơ", "Where to submit")
    static let catalogSteps = Copy("Trình tự thực hiện", "Steps")
    static let catalogChannels = Copy("Cách thức thực hiện", "How to submit")
    static let catalogChannel = Copy("Hình thức nộp", "Channel")
    static let catalogDocuments = Copy("Thành phần hồ sơ", "Documents")
    static let catalogDocument = Copy("Giấy tờ", "Document")
    static let catalogOriginals = Copy("Bản chính", "Originals")
    static let catalogCopies = Copy("Bản sao", "Copies")
    static let catalogTemplates = Copy("Mẫu đơn, tờ khai", "Forms")
    static let catalogTemplateMissing = Copy("(tệp mẫu chưa được tải lên)", "(form file not uploaded yet)")
    static let catalogConditions = Copy("Yêu cầu, điều kiện", "Conditions")
    static let catalogResult = Copy("Kết quả thực hiện", "Result")
    static let catalogLegal = Copy("Căn cứ pháp lý", "Legal basis")
    static let catalogLegalNumber = Copy("Số, ký hiệu", "Number")
    static let catalogLegalTitle = Copy("Trích yếu", "Title")
    static let catalogLegalDate = Copy("Ngày ban hành", "Date")
    static let catalogLegalIssuer = Copy("Cơ quan ban hành", "Issuer")
    static let catalogReceivingUnits = Copy("Nơi tiếp nhận và trả kết quả", "Where it is received")
    static let catalogFeedbackHeading = Copy("Phản ánh, kiến nghị về thủ tục này", "Feedback on this procedure")
    static let catalogFeedbackText = Copy(
        "Cá nhân, tổ chức phản ánh, kiến nghị về quy định hành chính theo Nghị định 20/2008/NĐ-CP tại:",
        "Individuals and organisations may send feedback on administrative rules (Decree 20/2008) to:")
    static let catalogPrint = Copy("Bản in để niêm yết", "Printable posting sheet")
    static let catalogRelated = Copy("Thủ tục liên quan", "Related procedures")
    static let catalogReplacedBy = Copy("Được thay thế bằng thủ tục", "Replaced by")
    static let catalogAbolishedOn = Copy("Ngày bãi bỏ", "Abolished on")
    static let catalogPostingTitle = Copy("Danh mục thủ tục hành chính tiếp nhận tại {0}", "Procedures received at {0}")
    static let catalogPostingIntro = Copy(
        "Niêm yết công khai theo Nghị định 63/2010/NĐ-CP (Điều 17) và Thông tư 02/2017/TT-VPCP.",
        "Posted under Decree 63/2010 (Art. 17) and Circular 02/2017/TT-VPCP.")
    static let catalogNumber = Copy("STT", "No.")
    static let catalogPostingEmpty = Copy("Đơn vị này chưa được giao tiếp nhận thủ tục nào.", "No procedure is assigned to this unit yet.")
    static let catalogUnreadableFile = Copy("không đọc được tệp", "the file cannot be read")

    // Staff
    static let navCatalogStaff = Copy("Thủ tục", "Procedures")
    static let catalogStaffTitle = Copy("Quản lý thủ tục hành chính", "Manage procedures")
    static let catalogEditTitle = Copy("Sửa thủ tục {0}", "Edit procedure {0}")
    static let catalogImports = Copy("Lịch sử nhập dữ liệu", "Import history")
    static let catalogImportLine = Copy(
        "{0} – {1}: tạo mới {2}, cập nhật {3}, không đổi {4}",
        "{0} – {1}: created {2}, updated {3}, unchanged {4}")
    static let catalogWarnings = Copy("Cảnh báo khi đọc dữ liệu ({0} thủ tục)", "Warnings while reading ({0} procedures)")
    static let catalogRejected = Copy("Bị từ chối ({0} tệp)", "Rejected ({0} files)")
    static let catalogLevelsHint = Copy("Nhiều cấp cách nhau bằng dấu phẩy, ví dụ: Cấp xã, Cấp tỉnh", "Separate levels with commas")
    static let catalogUnitsHeading = Copy("Đơn vị tiếp nhận", "Receiving units")
    static let catalogUnitsHint = Copy(
        "Chọn các đơn vị tiếp nhận hồ sơ của thủ tục; có thể ghi thời hạn nội bộ (ngày làm việc) ngắn hơn quy định.",
        "Choose the units that receive this procedure; an internal time (working days) shorter than the law's may be set.")
    static let catalogInternalDays = Copy("Thời hạn nội bộ tại {0} (ngày làm việc)", "Internal time at {0} (working days)")
    static let catalogReplacedByHint = Copy("Mã thủ tục thay thế, nếu có", "Code of the replacing procedure, if any")
    static let catalogReplacementUnknown = Copy("Không có thủ tục mã \"{0}\".", "No procedure has the code \"{0}\".")
    static let catalogNoticeSaved = Copy("Đã lưu thủ tục.", "Procedure saved.")
    static let catalogTemplateFor = Copy("Tệp này là mẫu", "This file is the form")
    static let catalogUploadFile = Copy("Tệp mẫu đơn, tờ khai", "Form file")
    static let catalogUpload = Copy("Tải lên", "Upload")
    static let catalogUploaded = Copy("Đã tải lên tệp mẫu.", "Form uploaded.")
    static let catalogDownload = Copy("Tải mẫu {0}", "Download the form {0}")
    static let catalogView = Copy("Xem trang công khai", "View the public page")
}
