import Platform
import TextSearch
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

    // The search lexicon (Từ điển tra cứu)
    static let lexiconTitle = LocalizedText("Từ điển tra cứu", "Search lexicon")
    static let lexiconStaffText = LocalizedText(
        "Những từ người dân hay gõ và nghĩa của chúng trong tên thủ tục.", "The words citizens type and what they mean in procedure names.")
    static let lexiconIntro = LocalizedText(
        "Người dân ít khi gõ đúng tên thủ tục. Từ điển này cho ô tìm kiếm biết \"sổ đỏ\" là \"giấy chứng nhận quyền sử dụng đất\", \"mất\" là cần \"cấp lại\", \"tôi muốn\" không mang nội dung. Mỗi thay đổi được ghi nhật ký và có hiệu lực ngay cho mọi ô tìm thủ tục.",
        "Citizens rarely type a procedure's official name. This lexicon tells the search box that \"sổ đỏ\" means \"giấy chứng nhận quyền sử dụng đất\", that \"mất\" asks for \"cấp lại\", and that \"tôi muốn\" carries no content. Every change is audited and applies at once to every procedure search.")
    static let lexiconShipped = LocalizedText(
        "Đang dùng bộ mặc định kèm phần mềm: {0} mục. Lần sửa đầu tiên sẽ chép bộ này vào cơ sở dữ liệu để sửa tiếp.",
        "The shipped set is in force: {0} entries. The first change copies it into the database.")
    static let lexiconEdited = LocalizedText("Đã chỉnh sửa tại đây: {0} mục.", "Edited here: {0} entries.")
    static let lexiconExport = LocalizedText("Tải về cả bộ (tệp TSV, mở được bằng Excel)", "Download the whole set (TSV, opens in a spreadsheet)")
    static let lexiconAddHeading = LocalizedText("Thêm một mục", "Add an entry")
    static let lexiconKind = LocalizedText("Loại", "Kind")
    static let lexiconKinds: [Lexicon.Kind: LocalizedText] = [
        .synonym: LocalizedText("Từ đồng nghĩa", "Synonym"),
        .intent: LocalizedText("Việc muốn làm", "Action"),
        .filler: LocalizedText("Từ đệm, câu hỏi", "Filler or question words"),
        .variant: LocalizedText("Trường hợp riêng", "Special case"),
    ]
    static let lexiconKindHelp: [Lexicon.Kind: LocalizedText] = [
        .synonym: LocalizedText("Từ người dân gõ được tìm thêm theo nghĩa trong tên thủ tục.", "What people type is also searched as its meaning in procedure names."),
        .intent: LocalizedText(
            "Từ chỉ việc muốn làm: bỏ khỏi từ cần tìm, và thủ tục có nghĩa tương ứng trong tên được xếp lên trước.",
            "An action: left out of the words to find; procedures whose names carry its meaning rank first."),
        .filler: LocalizedText("Từ không mang nội dung, bị bỏ qua khi tìm.", "Words without content, left out of the search."),
        .variant: LocalizedText(
            "Thủ tục có các từ này trong tên được xếp sau thủ tục thường, trừ khi người tìm gõ đúng các từ đó.",
            "Procedures with these words in their names rank below the plain one unless the search names them."),
    ]
    static let lexiconPhrase = LocalizedText("Từ người dân gõ", "What people type")
    static let lexiconPhraseHint = LocalizedText("Ví dụ: sổ đỏ, bằng lái, tôi muốn.", "For example: sổ đỏ, bằng lái, tôi muốn.")
    static let lexiconMeans = LocalizedText("Nghĩa trong tên thủ tục", "Meaning in procedure names")
    static let lexiconMeansHint = LocalizedText(
        "Bắt buộc với từ đồng nghĩa và việc muốn làm; nhiều nghĩa thì ngăn cách bằng dấu |.",
        "Required for synonyms and actions; separate several meanings with |.")
    static let lexiconWeight = LocalizedText("Trọng số", "Weight")
    static let lexiconWeightHint = LocalizedText(
        "Từ 0 đến 1; để trống là 0,9. Dùng 1 khi từ này hầu như luôn mang nghĩa đó.",
        "From 0 to 1; blank means 0.9. Use 1 when the words almost always mean that.")
    static let lexiconBoth = LocalizedText("Hiểu theo cả hai chiều (nghĩa cũng được hiểu là từ người dân gõ)", "Both ways (the meaning also stands for the words typed)")
    static let lexiconBothShort = LocalizedText("hai chiều", "both ways")
    static let lexiconAdd = LocalizedText("Thêm vào từ điển", "Add to the lexicon")
    static let lexiconRemove = LocalizedText("Xóa", "Remove")
    static let lexiconImportHeading = LocalizedText("Thay cả bộ từ tệp", "Replace the whole set from a file")
    static let lexiconImportHint = LocalizedText(
        "Dán nội dung tệp đã tải về và sửa (mỗi dòng: loại, từ, nghĩa, trọng số, hai chiều; ngăn cách bằng phím Tab). Tệp có dòng sai sẽ không được nhận, và danh sách lỗi chỉ rõ từng dòng.",
        "Paste the downloaded file after editing it (one entry per line: kind, phrase, means, weight, both; tab-separated). A file with a bad line is refused whole, with every bad line named.")
    static let lexiconImportLabel = LocalizedText("Nội dung tệp", "File contents")
    static let lexiconImportButton = LocalizedText("Thay cả bộ", "Replace the whole set")
    static let lexiconImportRefused = LocalizedText("Chưa thay: tệp có dòng chưa đúng", "Not replaced: the file has bad lines")
    static let lexiconImportTooLarge = LocalizedText("Tệp quá lớn (tối đa 512 KB).", "The file is too large (512 KB at most).")
    static let lexiconImportEmpty = LocalizedText("Tệp không có mục nào.", "The file has no entry.")
    static let lexiconLine = LocalizedText("Dòng {0}: {1}", "Line {0}: {1}")
    static let lexiconAdded = LocalizedText("Đã thêm vào từ điển; ô tìm kiếm dùng ngay.", "Added; the search uses it at once.")
    static let lexiconRemoved = LocalizedText("Đã xóa khỏi từ điển.", "Removed from the lexicon.")
    static let lexiconImported = LocalizedText("Đã thay cả bộ từ điển.", "The whole lexicon was replaced.")
    static let lexiconUnknownEntry = LocalizedText("Không rõ mục cần xóa.", "Which entry to remove is not clear.")
    // What citizens searched for (the anonymous search log)
    static let searchLogTitle = LocalizedText("Người dân tìm gì", "What citizens search for")
    static let searchLogIntro = LocalizedText(
        "Những câu người dân gõ vào ô tìm thủ tục, đếm theo ngày. Chỉ giữ chữ đã gõ: không giữ địa chỉ máy, phiên đăng nhập hay giờ tìm; câu có dãy số dài (số điện thoại, số định danh, mã hồ sơ) hoặc địa chỉ thư thì không ghi. Dữ liệu giữ {0} ngày. Câu không tìm thấy hoặc không ai mở kết quả là gợi ý để bổ sung từ điển tra cứu.",
        "The words citizens type into the procedure search, counted per day. Only the words are kept: no client address, no session, no time of day; a query with a long run of digits (a phone, ID or dossier number) or an e-mail address is not logged. Kept {0} days. Queries that found nothing, or whose results no one opened, are where the search lexicon needs entries.")
    static let searchLogPeriod = LocalizedText("Khoảng thời gian", "Period")
    static let searchLogDays = LocalizedText("{0} ngày gần nhất", "Last {0} days")
    static let searchLogShow = LocalizedText("Xem", "Show")
    static let searchLogSummary = LocalizedText(
        "Từ {0} đến {1}: {2} lượt tìm, {3} câu khác nhau; {4} lượt không tìm thấy đủ; {5} lượt mở kết quả.",
        "From {0} to {1}: {2} searches, {3} distinct queries; {4} found nothing in full; {5} results opened.")
    static let searchLogMissesHeading = LocalizedText("Không tìm thấy (hoặc chỉ thấy một phần)", "Found nothing (or only part of the words)")
    static let searchLogMissesHelp = LocalizedText(
        "Không thủ tục nào có đủ các từ đã gõ. Thêm từ đồng nghĩa hoặc từ đệm vào từ điển để lần sau tìm được.",
        "No procedure has every word typed. Add a synonym or a filler to the lexicon so that it is found next time.")
    static let searchLogUnopenedHeading = LocalizedText("Có kết quả nhưng không ai mở", "Results that no one opened")
    static let searchLogUnopenedHelp = LocalizedText(
        "Có kết quả nhưng người tìm không mở thủ tục nào: có thể kết quả đứng đầu chưa đúng thủ tục họ cần.",
        "Results were shown but none was opened: the first results may not be the procedure people wanted.")
    static let searchLogNone = LocalizedText("Chưa có câu nào trong khoảng này.", "No query in this period.")
    static let searchLogQuery = LocalizedText("Câu tìm", "Query")
    static let searchLogSearches = LocalizedText("Lượt tìm", "Searches")
    static let searchLogMisses = LocalizedText("Không thấy", "Found nothing")
    static let searchLogClicks = LocalizedText("Lượt mở", "Opened")
    static let searchLogTry = LocalizedText("Thử tìm", "Try it")
    static let searchLogAddEntry = LocalizedText("Thêm vào từ điển", "Add to the lexicon")

    static func lexiconLine(_ lang: Language, _ line: Int, _ message: String) -> String { lexiconLine(lang, String(line), message) }

    static func lexiconProblem(_ problem: LexiconFile.Problem, _ lang: Language) -> String {
        switch problem {
        case .unknownKind(let kind):
            LocalizedText("Loại \"{0}\" không có; dùng synonym, intent, filler hoặc variant.", "No kind \"{0}\"; use synonym, intent, filler or variant.")(lang, kind)
        case .missingPhrase: LocalizedText("Chưa có từ người dân gõ.", "The words people type are missing.")(lang)
        case .missingMeaning: LocalizedText("Từ đồng nghĩa và việc muốn làm cần có nghĩa.", "A synonym or an action needs a meaning.")(lang)
        case .unexpectedMeaning: LocalizedText("Từ đệm và trường hợp riêng không có nghĩa; để trống ô nghĩa.", "Fillers and special cases have no meaning; leave it blank.")(lang)
        case .badWeight(let weight): LocalizedText("Trọng số \"{0}\" phải là số lớn hơn 0 và không quá 1.", "The weight \"{0}\" must be above 0 and at most 1.")(lang, weight)
        case .badDirection: LocalizedText("Chỉ từ đồng nghĩa mới hiểu theo hai chiều (cột cuối ghi both).", "Only synonyms read both ways (the last column says both).")(lang)
        case .tooManyColumns: LocalizedText("Thừa cột, hoặc có dấu Tab hay xuống dòng trong một ô.", "Too many columns, or a tab or line break inside a cell.")(lang)
        case .tooLong: LocalizedText("Từ hoặc nghĩa dài quá 120 ký tự.", "A phrase or meaning is longer than 120 characters.")(lang)
        }
    }
}
