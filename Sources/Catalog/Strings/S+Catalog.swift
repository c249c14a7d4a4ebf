import Platform
import Localization

extension S {
    static let homeProceduresTitle = LocalizedText("Thủ tục hành chính", "Administrative procedures")
    static let homeProceduresText = LocalizedText(
        "Hồ sơ cần những gì, giải quyết trong bao lâu, lệ phí bao nhiêu.",
        "What a procedure needs, how long it takes and what it costs.")
    static let staffCatalogText = LocalizedText(
        "Sửa thủ tục, giao đơn vị tiếp nhận, nhập danh mục từ Cổng Dịch vụ công.",
        "Edit procedures, assign receiving units, import the catalogue from the national portal.")
    static let navProcedures = LocalizedText("Thủ tục hành chính", "Procedures")
    static let catalogTitle = LocalizedText("Thủ tục hành chính", "Administrative procedures")
    static let catalogIntro = LocalizedText(
        "Gõ tên thủ tục hoặc những từ quen dùng, có dấu hoặc không dấu, ví dụ \"giấy khai sinh\", \"xác nhận độc thân\", \"dang ky ket hon\".",
        "Type a procedure's name or everyday words, with or without diacritics, e.g. \"giấy khai sinh\", \"xác nhận độc thân\", \"dang ky ket hon\".")
    static let catalogSearchLabel = LocalizedText("Tên thủ tục hoặc từ khóa", "Procedure name or keywords")
    static let catalogFilters = LocalizedText("Lọc theo lĩnh vực, cấp, cơ quan", "Filter by field, level, agency")
    static let catalogApplyFilters = LocalizedText("Áp dụng bộ lọc", "Apply filters")
    static let catalogDocumentCount = LocalizedText("{0} loại giấy tờ (xem bên dưới)", "{0} kinds of document (see below)")
    static let catalogField = LocalizedText("Lĩnh vực", "Field")
    static let catalogLevel = LocalizedText("Cấp thực hiện", "Level")
    static let catalogAgency = LocalizedText("Cơ quan thực hiện", "Implementing agency")
    static let catalogOnline = LocalizedText("Dịch vụ công trực tuyến", "Online service")
    static let catalogAll = LocalizedText("Tất cả", "All")
    static let catalogResults = LocalizedText("{0} thủ tục", "{0} procedures")
    static let catalogPartial = LocalizedText(
        "Không có thủ tục chứa đủ mọi từ đã gõ; dưới đây là các thủ tục gần đúng.",
        "No procedure has every word you typed; these are the closest.")
    static let catalogDidYouMean = LocalizedText("Có phải bạn muốn tìm:", "Did you mean:")
    static let catalogNone = LocalizedText("Không tìm thấy thủ tục phù hợp. Hãy thử ít từ hơn.", "No matching procedure. Try fewer words.")
    static let catalogCode = LocalizedText("Mã thủ tục", "Code")
    static let catalogTime = LocalizedText("Thời hạn giải quyết", "Processing time")
    static let catalogFee = LocalizedText("Phí, lệ phí", "Fees")
    static let catalogUnitLost = LocalizedText("{0} (dữ liệu gốc không ghi đơn vị)", "{0} (the source gives no unit)")
    static let catalogCurrency = LocalizedText("đồng", "VND")
    static let catalogFree = LocalizedText("Không mất phí", "Free")
    static let catalogNotStated = LocalizedText("Không nêu", "Not stated")
    static let catalogOnlineLevels: [OnlineLevel: LocalizedText] = [
        .full: LocalizedText("Toàn trình", "Fully online"),
        .partial: LocalizedText("Một phần", "Partly online"),
        .none: LocalizedText("Không", "Not online"),
        .unknown: LocalizedText("Chưa xác định", "Not stated"),
    ]
    static let catalogStatuses: [ProcedureStatus: LocalizedText] = [
        .inForce: LocalizedText("Đang có hiệu lực", "In force"),
        .amended: LocalizedText("Đã sửa đổi, bổ sung", "Amended"),
        .abolished: LocalizedText("Đã bãi bỏ", "Abolished"),
    ]
    static let catalogDecisions = LocalizedText("Quyết định công bố", "Publishing decisions")
    static let catalogKind = LocalizedText("Loại thủ tục", "Type")
    static let catalogApplicants = LocalizedText("Đối tượng thực hiện", "Who may apply")
    static let catalogCompetent = LocalizedText("Cơ quan có thẩm quyền", "Competent agency")
    static let catalogCoordinating = LocalizedText("Cơ quan phối hợp", "Coordinating agency")
    static let catalogReception = LocalizedText("Địa chỉ tiếp nhận hồ sơ", "Where to submit")
    static let catalogSteps = LocalizedText("Trình tự thực hiện", "Steps")
    static let catalogChannels = LocalizedText("Cách thức thực hiện", "How to submit")
    static let catalogChannel = LocalizedText("Hình thức nộp", "Channel")
    static let catalogDocuments = LocalizedText("Thành phần hồ sơ", "Documents")
    static let catalogDocument = LocalizedText("Giấy tờ", "Document")
    static let catalogOriginals = LocalizedText("Bản chính", "Originals")
    static let catalogCopies = LocalizedText("Bản sao", "Copies")
    static let catalogTemplates = LocalizedText("Mẫu đơn, tờ khai", "Forms")
    static let catalogTemplateMissing = LocalizedText("(tệp mẫu chưa được tải lên)", "(form file not uploaded yet)")
    static let catalogConditions = LocalizedText("Yêu cầu, điều kiện", "Conditions")
    static let catalogResult = LocalizedText("Kết quả thực hiện", "Result")
    static let catalogLegal = LocalizedText("Căn cứ pháp lý", "Legal basis")
    static let catalogLegalNumber = LocalizedText("Số, ký hiệu", "Number")
    static let catalogLegalTitle = LocalizedText("Trích yếu", "Title")
    static let catalogLegalDate = LocalizedText("Ngày ban hành", "Date")
    static let catalogLegalIssuer = LocalizedText("Cơ quan ban hành", "Issuer")
    static let catalogReceivingUnits = LocalizedText("Nơi tiếp nhận và trả kết quả", "Where it is received")
    static let catalogFeedbackHeading = LocalizedText("Phản ánh, kiến nghị về thủ tục này", "Feedback on this procedure")
    static let catalogFeedbackText = LocalizedText(
        "Cá nhân, tổ chức phản ánh, kiến nghị về quy định hành chính theo Nghị định 20/2008/NĐ-CP tại:",
        "Individuals and organisations may send feedback on administrative rules (Decree 20/2008) to:")
    static let catalogPrint = LocalizedText("Bản in để niêm yết", "Printable posting sheet")
    static let catalogRelated = LocalizedText("Thủ tục liên quan", "Related procedures")
    static let catalogReplacedBy = LocalizedText("Được thay thế bằng thủ tục", "Replaced by")
    static let catalogAbolishedOn = LocalizedText("Ngày bãi bỏ", "Abolished on")
    static let catalogPostingTitle = LocalizedText("Danh mục thủ tục hành chính tiếp nhận tại {0}", "Procedures received at {0}")
    static let catalogPostingIntro = LocalizedText(
        "Niêm yết công khai theo Nghị định 63/2010/NĐ-CP (Điều 17) và Thông tư 02/2017/TT-VPCP.",
        "Posted under Decree 63/2010 (Art. 17) and Circular 02/2017/TT-VPCP.")
    static let catalogNumber = LocalizedText("STT", "No.")
    static let catalogPostingEmpty = LocalizedText("Đơn vị này chưa được giao tiếp nhận thủ tục nào.", "No procedure is assigned to this unit yet.")
    static let catalogUnreadableFile = LocalizedText("không đọc được tệp", "the file cannot be read")

    // Staff
    static let navCatalogStaff = LocalizedText("Thủ tục", "Procedures")
    static let catalogStaffTitle = LocalizedText("Quản lý thủ tục hành chính", "Manage procedures")
    static let catalogEditTitle = LocalizedText("Sửa thủ tục {0}", "Edit procedure {0}")
    static let catalogImports = LocalizedText("Lịch sử nhập dữ liệu", "Import history")
    static let catalogImportLine = LocalizedText(
        "{0} – {1}: tạo mới {2}, cập nhật {3}, không đổi {4}",
        "{0} – {1}: created {2}, updated {3}, unchanged {4}")
    static let catalogWarnings = LocalizedText("Cảnh báo khi đọc dữ liệu ({0} thủ tục)", "Warnings while reading ({0} procedures)")
    static let catalogRejected = LocalizedText("Bị từ chối ({0} tệp)", "Rejected ({0} files)")
    static let catalogLevelsHint = LocalizedText("Nhiều cấp cách nhau bằng dấu phẩy, ví dụ: Cấp xã, Cấp tỉnh", "Separate levels with commas")
    static let catalogUnitsHeading = LocalizedText("Đơn vị tiếp nhận", "Receiving units")
    static let catalogUnitsHint = LocalizedText(
        "Chọn các đơn vị tiếp nhận hồ sơ của thủ tục; có thể ghi thời hạn nội bộ (ngày làm việc) ngắn hơn quy định.",
        "Choose the units that receive this procedure; an internal time (working days) shorter than the law's may be set.")
    static let catalogInternalDays = LocalizedText("Thời hạn nội bộ tại {0} (ngày làm việc)", "Internal time at {0} (working days)")
    static let catalogReplacedByHint = LocalizedText("Mã thủ tục thay thế, nếu có", "Code of the replacing procedure, if any")
    static let catalogReplacementUnknown = LocalizedText("Không có thủ tục mã \"{0}\".", "No procedure has the code \"{0}\".")
    static let catalogNoticeSaved = LocalizedText("Đã lưu thủ tục.", "Procedure saved.")
    static let catalogTemplateFor = LocalizedText("Tệp này là mẫu", "This file is the form")
    static let catalogUploadFile = LocalizedText("Tệp mẫu đơn, tờ khai", "Form file")
    static let catalogUpload = LocalizedText("Tải lên", "Upload")
    static let catalogUploaded = LocalizedText("Đã tải lên tệp mẫu.", "Form uploaded.")
    static let catalogDownload = LocalizedText("Tải mẫu {0}", "Download the form {0}")
    static let catalogView = LocalizedText("Xem trang công khai", "View the public page")
}
