import Localization
/// The strings catalogue: every piece of user-facing copy, in Vietnamese and English.
public enum S {
    public static let productName = LocalizedText("Minh Bạch", "Minh Bạch")
    public static let skipToContent = LocalizedText("Bỏ qua, đến nội dung chính", "Skip to main content")
    public static let mainNavigation = LocalizedText("Điều hướng chính", "Main navigation")
    public static let breadcrumbs = LocalizedText("Vị trí trang", "Breadcrumbs")
    public static let navHome = LocalizedText("Trang chủ", "Home")
    public static let navSignIn = LocalizedText("Đăng nhập cán bộ", "Staff sign-in")
    public static let navStaffHome = LocalizedText("Trang quản trị", "Staff area")
    public static let navUnits = LocalizedText("Đơn vị", "Units")
    public static let navAudit = LocalizedText("Nhật ký thao tác", "Audit log")
    public static let navPeople = LocalizedText("Tài khoản", "Accounts")
    public static let navPublicSite = LocalizedText("Trang công khai", "Public site")
    public static let feedbackAddressLine = LocalizedText("Địa chỉ tiếp nhận phản ánh, kiến nghị: {0}", "Address for feedback and petitions: {0}")
    public static let feedbackPhoneLine = LocalizedText("Điện thoại tiếp nhận phản ánh, kiến nghị: {0}", "Phone for feedback and petitions: {0}")
    public static let footerNote = LocalizedText(
        "Công khai thủ tục hành chính, phản ánh, kiến nghị và kết quả giải quyết hồ sơ.",
        "Administrative procedures, feedback and dossier results, in the open.")
    public static let save = LocalizedText("Lưu", "Save")
    public static let edit = LocalizedText("Sửa", "Edit")
    public static let search = LocalizedText("Tìm", "Search")
    public static let allKinds = LocalizedText("Tất cả", "All")
    public static let resultCount = LocalizedText("{0} kết quả", "{0} results")
    public static let pagination = LocalizedText("Phân trang", "Pagination")
    public static let previousPage = LocalizedText("Trang trước", "Previous page")
    public static let nextPage = LocalizedText("Trang sau", "Next page")
    public static let pageOf = LocalizedText("Trang {0}/{1}", "Page {0} of {1}")
    public static let dateHint = LocalizedText("Ngày/tháng/năm, ví dụ 01/07/2025", "Day/month/year, e.g. 01/07/2025")
    public static let backHome = LocalizedText("Về trang chủ", "Back to the home page")
    public static let viewHistory = LocalizedText("Xem lịch sử thay đổi", "View change history")
    public static let noticeSaved = LocalizedText("Đã lưu thay đổi.", "Changes saved.")
    public static let noticeCreated = LocalizedText("Đã tạo đơn vị.", "Unit created.")
    public static let noticeClosed = LocalizedText("Đã ghi nhận đơn vị chấm dứt hoạt động.", "The unit is recorded as closed.")
    public static let scrollableTable = LocalizedText("Bảng (vuốt ngang để xem hết)", "Table (scroll sideways to see all)")
    public static let formHasErrors = LocalizedText("Biểu mẫu có lỗi, vui lòng sửa:", "The form has problems; please fix them:")

    public static func fieldProblem(_ label: LocalizedText, _ problem: InputProblem, _ lang: Language) -> String {
        switch problem {
        case .missing: LocalizedText("Vui lòng nhập {0}.", "Please enter {0}.")(lang, label(lang).lowercasedFirst)
        case .tooLong(let max): LocalizedText("{0} dài quá {1} ký tự.", "{0} is longer than {1} characters.")(lang, label(lang), String(max))
        case .controlCharacters: LocalizedText("{0} có ký tự điều khiển không hợp lệ.", "{0} contains control characters.")(lang, label(lang))
        case .invalid: LocalizedText("{0} không hợp lệ.", "{0} is not valid.")(lang, label(lang))
        }
    }

    // Errors
    public static let titleNotFound = LocalizedText("Không tìm thấy trang", "Page not found")
    public static let titleForbidden = LocalizedText("Không có quyền truy cập", "Access denied")
    public static let titleServerError = LocalizedText("Lỗi hệ thống", "Server error")
    public static let titleError = LocalizedText("Lỗi {0}", "Error {0}")
    public static let errorNotFound = LocalizedText(
        "Không tìm thấy trang bạn cần. Địa chỉ có thể đã thay đổi hoặc bị gõ nhầm.",
        "We could not find that page. The address may have changed or been mistyped.")
    public static let errorForbidden = LocalizedText(
        "Bạn không có quyền thực hiện việc này. Yêu cầu đã được ghi vào nhật ký.",
        "You are not allowed to do this. The request has been logged.")
    public static let errorUnauthorized = LocalizedText("Vui lòng đăng nhập.", "Please sign in.")
    public static let errorCSRF = LocalizedText(
        "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và gửi lại.",
        "The form has expired or is not valid. Please reload the page and submit again.")
    public static let errorTooManyRequests = LocalizedText("Quá nhiều yêu cầu. Vui lòng thử lại sau.", "Too many requests. Please try again later.")
    public static let errorPayloadTooLarge = LocalizedText(
        "Dữ liệu gửi lên quá lớn. Hãy gửi tệp nhỏ hơn hoặc bớt tệp đính kèm rồi thử lại.",
        "The data sent is too large. Send smaller or fewer files and try again.")
    public static let errorConflict = LocalizedText("Dữ liệu bị trùng hoặc đã thay đổi.", "The data conflicts with what is stored.")
    public static let errorBadRequest = LocalizedText("Yêu cầu không hợp lệ.", "The request is not valid.")
    public static let errorMethodNotAllowed = LocalizedText("Địa chỉ này không nhận phương thức đó.", "This address does not accept that method.")
    public static let errorInternal = LocalizedText(
        "Đã có lỗi trong hệ thống. Chúng tôi đã ghi nhận; vui lòng thử lại sau.",
        "Something went wrong on our side. It has been recorded; please try again later.")
    public static let errorRequestID = LocalizedText("Mã yêu cầu (cung cấp khi liên hệ hỗ trợ): {0}", "Request id (quote it when asking for help): {0}")
    public static let errorMustChangePassword = LocalizedText("Vui lòng đổi mật khẩu ban đầu trước.", "Please change your initial password first.")

    // Home
    public static let homeTitle = LocalizedText("Kiểm soát thủ tục hành chính", "Administrative procedure control")
    public static let homeIntro = LocalizedText(
        "Cổng công khai của {0}: tra cứu thủ tục, gửi phản ánh, kiến nghị và theo dõi hồ sơ.",
        "The public portal of {0}: look up procedures, send feedback and follow dossiers.")
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}

public extension S {
    static let uploadEmpty = LocalizedText("Chưa chọn tệp, hoặc tệp rỗng.", "No file was chosen, or it is empty.")
    static let uploadTooLarge = LocalizedText("Tệp lớn quá 5 MB.", "The file is larger than 5 MB.")
    static let uploadHint = LocalizedText(
        "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc .odt; tối đa 5 MB.",
        "PDF, Word (.doc, .docx), Excel (.xls, .xlsx) or .odt; at most 5 MB.")
    static let uploadForbiddenType = LocalizedText(
        "Chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc .odt đúng định dạng.",
        "Only real PDF, Word (.doc, .docx), Excel (.xls, .xlsx) or .odt files are accepted.")

    static func uploadMessage(_ problem: UploadPolicy.Problem) -> LocalizedText {
        switch problem {
        case .empty: uploadEmpty
        case .tooLarge: uploadTooLarge
        case .forbiddenType: uploadForbiddenType
        }
    }
}
