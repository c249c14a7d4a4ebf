/// The strings catalogue: every piece of user-facing copy, in Vietnamese and English.
public enum S {
    public static let productName = Copy("Minh Bạch", "Minh Bạch")
    public static let skipToContent = Copy("Bỏ qua, đến nội dung chính", "Skip to main content")
    public static let mainNavigation = Copy("Điều hướng chính", "Main navigation")
    public static let breadcrumbs = Copy("Vị trí trang", "Breadcrumbs")
    public static let navHome = Copy("Trang chủ", "Home")
    public static let navSignIn = Copy("Đăng nhập cán bộ", "Staff sign-in")
    public static let navStaffHome = Copy("Trang quản trị", "Staff area")
    public static let navUnits = Copy("Đơn vị", "Units")
    public static let navAudit = Copy("Nhật ký thao tác", "Audit log")
    public static let navPeople = Copy("Tài khoản", "Accounts")
    public static let navPublicSite = Copy("Trang công khai", "Public site")
    public static let feedbackAddressLine = Copy("Địa chỉ tiếp nhận phản ánh, kiến nghị: {0}", "Address for feedback and petitions: {0}")
    public static let feedbackPhoneLine = Copy("Điện thoại tiếp nhận phản ánh, kiến nghị: {0}", "Phone for feedback and petitions: {0}")
    public static let footerNote = Copy(
        "Công khai thủ tục hành chính, phản ánh, kiến nghị và kết quả giải quyết hồ sơ.",
        "Administrative procedures, feedback and dossier results, in the open.")
    public static let save = Copy("Lưu", "Save")
    public static let edit = Copy("Sửa", "Edit")
    public static let search = Copy("Tìm", "Search")
    public static let allKinds = Copy("Tất cả", "All")
    public static let resultCount = Copy("{0} kết quả", "{0} results")
    public static let pagination = Copy("Phân trang", "Pagination")
    public static let previousPage = Copy("Trang trước", "Previous page")
    public static let nextPage = Copy("Trang sau", "Next page")
    public static let pageOf = Copy("Trang {0}/{1}", "Page {0} of {1}")
    public static let dateHint = Copy("Ngày/tháng/năm, ví dụ 01/07/2025", "Day/month/year, e.g. 01/07/2025")
    public static let backHome = Copy("Về trang chủ", "Back to the home page")
    public static let viewHistory = Copy("Xem lịch sử thay đổi", "View change history")
    public static let noticeSaved = Copy("Đã lưu thay đổi.", "Changes saved.")
    public static let noticeCreated = Copy("Đã tạo đơn vị.", "Unit created.")
    public static let noticeClosed = Copy("Đã ghi nhận đơn vị chấm dứt hoạt động.", "The unit is recorded as closed.")
    public static let scrollableTable = Copy("Bảng (vuốt ngang để xem hết)", "Table (scroll sideways to see all)")
    public static let formHasErrors = Copy("Biểu mẫu có lỗi, vui lòng sửa:", "The form has problems; please fix them:")

    public static func fieldProblem(_ label: Copy, _ problem: InputProblem, _ lang: Language) -> String {
        switch problem {
        case .missing: Copy("Vui lòng nhập {0}.", "Please enter {0}.")(lang, label(lang).lowercasedFirst)
        case .tooLong(let max): Copy("{0} dài quá {1} ký tự.", "{0} is longer than {1} characters.")(lang, label(lang), String(max))
        case .controlCharacters: Copy("{0} có ký tự điều khiển không hợp lệ.", "{0} contains control characters.")(lang, label(lang))
        case .invalid: Copy("{0} không hợp lệ.", "{0} is not valid.")(lang, label(lang))
        }
    }

    // Errors
    public static let titleNotFound = Copy("Không tìm thấy trang", "Page not found")
    public static let titleForbidden = Copy("Không có quyền truy cập", "Access denied")
    public static let titleServerError = Copy("Lỗi hệ thống", "Server error")
    public static let titleError = Copy("Lỗi {0}", "Error {0}")
    public static let errorNotFound = Copy(
        "Không tìm thấy trang bạn cần. Địa chỉ có thể đã thay đổi hoặc bị gõ nhầm.",
        "We could not find that page. The address may have changed or been mistyped.")
    public static let errorForbidden = Copy(
        "Bạn không có quyền thực hiện việc này. Yêu cầu đã được ghi vào nhật ký.",
        "You are not allowed to do this. The request has been logged.")
    public static let errorUnauthorized = Copy("Vui lòng đăng nhập.", "Please sign in.")
    public static let errorCSRF = Copy(
        "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại.",
        "The form has expired or is not valid. Please reload the page and submit again.")
    public static let errorTooManyRequests = Copy("Quá nhiều yêu cầu. Vui lòng thử lại sau.", "Too many requests. Please try again later.")
    public static let errorPayloadTooLarge = Copy("Dữ liệu gửi lên quá lớn.", "The upload is too large.")
    public static let errorConflict = Copy("Dữ liệu bị trùng hoặc đã thay đổi.", "The data conflicts with what is stored.")
    public static let errorBadRequest = Copy("Yêu cầu không hợp lệ.", "The request is not valid.")
    public static let errorMethodNotAllowed = Copy("Địa chỉ này không nhận phương thức đó.", "This address does not accept that method.")
    public static let errorInternal = Copy(
        "Đã có lỗi trong hệ thống. Chúng tôi đã ghi nhận; vui lòng thử lại sau.",
        "Something went wrong on our side. It has been recorded; please try again later.")
    public static let errorRequestID = Copy("Mã yêu cầu (cung cấp khi liên hệ hỗ trợ): {0}", "Request id (quote it when asking for help): {0}")
    public static let errorMustChangePassword = Copy("Vui lòng đổi mật khẩu ban đầu trước.", "Please change your initial password first.")

    // Home
    public static let homeTitle = Copy("Kiểm soát thủ tục hành chính", "Administrative procedure control")
    public static let homeIntro = Copy(
        "Cổng công khai của {0}: tra cứu thủ tục, gửi phản ánh, kiến nghị và theo dõi hồ sơ.",
        "The public portal of {0}: look up procedures, send feedback and follow dossiers.")
    public static let homeProceduresTitle = Copy("Thủ tục hành chính", "Administrative procedures")
    public static let homeProceduresText = Copy(
        "Hồ sơ cần những gì, giải quyết trong bao lâu, lệ phí bao nhiêu.",
        "What a procedure needs, how long it takes and what it costs.")
    public static let homeFeedbackTitle = Copy("Phản ánh, kiến nghị", "Feedback and petitions")
    public static let homeFeedbackText = Copy(
        "Góp ý về quy định hành chính và cách giải quyết thủ tục.",
        "Comment on administrative rules and how procedures are handled.")
    public static let homeDossierTitle = Copy("Tra cứu hồ sơ", "Dossier lookup")
    public static let homeDossierText = Copy(
        "Theo dõi tiến độ giải quyết hồ sơ bằng mã biên nhận.",
        "Follow a dossier's progress with its receipt code.")
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

public extension S {
    static let uploadEmpty = Copy("Chưa chọn tệp, hoặc tệp rỗng.", "No file was chosen, or it is empty.")
    static let uploadTooLarge = Copy("Tệp lớn quá 5 MB.", "The file is larger than 5 MB.")
    static let uploadHint = Copy(
        "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc .odt; tối đa 5 MB.",
        "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) or .odt; at most 5 MB.")
    static let uploadForbiddenType = Copy(
        "Chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc .odt đúng định dạng.",
        "Only real PDF, Word (.doc, .docx), Excel (.xls, .xlsx) or .odt files are accepted.")

    static func uploadMessage(_ problem: UploadPolicy.Problem) -> Copy {
        switch problem {
        case .empty: uploadEmpty
        case .tooLarge: uploadTooLarge
        case .forbiddenType: uploadForbiddenType
        }
    }
}
