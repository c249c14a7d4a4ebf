import Localization
public extension S {
    // Sign-in and passwords
    static let signInTitle = LocalizedText("Đăng nhập", "Sign in")
    static let signIn = LocalizedText("Đăng nhập", "Sign in")
    static let signOut = LocalizedText("Đăng xuất", "Sign out")
    static let signInIntro = LocalizedText("Dành cho cán bộ, công chức của các đơn vị.", "For the staff of the units.")
    static let username = LocalizedText("Tên đăng nhập", "Username")
    static let password = LocalizedText("Mật khẩu", "Password")
    static let signInMissing = LocalizedText("Vui lòng nhập tên đăng nhập và mật khẩu.", "Please enter your username and password.")
    static let signInFailed = LocalizedText("Tên đăng nhập hoặc mật khẩu không đúng.", "The username or password is wrong.")
    static let signInThrottled = LocalizedText(
        "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        "Too many failed sign-ins. Please try again in 15 minutes.")
    static let changePassword = LocalizedText("Đổi mật khẩu", "Change password")
    static let currentPassword = LocalizedText("Mật khẩu hiện tại", "Current password")
    static let newPassword = LocalizedText("Mật khẩu mới", "New password")
    static let repeatPassword = LocalizedText("Nhập lại mật khẩu mới", "Repeat the new password")
    static let passwordHint = LocalizedText("Ít nhất {0} ký tự, không lặp một ký tự.", "At least {0} characters, not one repeated character.")
    static let passwordCurrentWrong = LocalizedText("Mật khẩu hiện tại không đúng.", "The current password is wrong.")
    static let passwordTooWeak = LocalizedText("Mật khẩu mới cần ít nhất {0} ký tự và đủ đa dạng.", "The new password needs at least {0} varied characters.")
    static let passwordSameAsOld = LocalizedText("Mật khẩu mới phải khác mật khẩu hiện tại.", "The new password must differ from the current one.")
    static let passwordRepeatMismatch = LocalizedText("Hai lần nhập mật khẩu mới không khớp.", "The two new passwords differ.")
    static let passwordMustChange = LocalizedText("Đây là mật khẩu ban đầu; vui lòng đặt mật khẩu mới.", "This is an initial password; please set a new one.")
    static let passwordChanged = LocalizedText("Đã đổi mật khẩu.", "Password changed.")

    // Staff home
    static let staffWelcome = LocalizedText("Xin chào {0} – {1}.", "Hello {0} – {1}.")
    static let staffRoles = LocalizedText("Vai trò: {0}", "Roles: {0}")
    static let staffUnitsText = LocalizedText("Danh sách, thông tin liên hệ và lịch sử sáp nhập của các đơn vị.", "Units, their contacts and their mergers.")
    static let staffAuditText = LocalizedText("Ai đã thay đổi gì, khi nào.", "Who changed what, and when.")
    static let roleNames: [Role: LocalizedText] = [
        .administrator: LocalizedText("Quản trị hệ thống", "Administrator"),
        .coordinator: LocalizedText("Văn phòng theo dõi, tổng hợp", "Coordinator"),
        .unitLead: LocalizedText("Lãnh đạo đơn vị", "Unit lead"),
        .officer: LocalizedText("Cán bộ, công chức", "Officer"),
        .oneStopOfficer: LocalizedText("Cán bộ Một cửa", "One-stop officer"),
        .editor: LocalizedText("Biên tập viên", "Editor"),
    ]

    // People
    static let peopleTitle = LocalizedText("Tài khoản cán bộ", "Staff accounts")
    static let peopleHint = LocalizedText(
        "Tạo, đặt lại mật khẩu hoặc khóa tài khoản bằng lệnh minhbach users trên máy chủ.",
        "Create, reset or disable accounts with the minhbach users command on the server.")
    static let fullName = LocalizedText("Họ và tên", "Full name")
    static let unit = LocalizedText("Đơn vị", "Unit")
    static let roles = LocalizedText("Vai trò", "Roles")
    static let accountActive = LocalizedText("Đang hoạt động", "Active")
    static let accountDisabled = LocalizedText("Đã khóa", "Disabled")

    // Audit
    static let auditTitle = LocalizedText("Nhật ký thao tác", "Audit log")
    static let auditSearchLabel = LocalizedText("Tìm theo người hoặc bản ghi", "Search by person or record")
    static let auditEntityType = LocalizedText("Loại bản ghi", "Record type")
    static let auditWhen = LocalizedText("Thời điểm", "When")
    static let auditWho = LocalizedText("Người thực hiện", "Who")
    static let auditAction = LocalizedText("Thao tác", "Action")
    static let auditRecord = LocalizedText("Bản ghi", "Record")
    static let auditChanges = LocalizedText("Thay đổi", "Changes")
    static let entityTypes: [String: LocalizedText] = [
        "unit": LocalizedText("Đơn vị", "Unit"),
        "unit_group": LocalizedText("Nhóm đơn vị", "Unit group"),
        "person": LocalizedText("Tài khoản", "Account"),
        "setting": LocalizedText("Cấu hình", "Setting"),
        "request": LocalizedText("Yêu cầu bị từ chối", "Refused request"),
        "calendar_decision": LocalizedText("Văn bản lịch nghỉ", "Calendar decision"),
    ]
    static let auditActions: [String: LocalizedText] = [
        "unit.create": LocalizedText("Tạo đơn vị", "Unit created"),
        "unit.update": LocalizedText("Sửa đơn vị", "Unit edited"),
        "unit.close": LocalizedText("Đơn vị chấm dứt hoạt động", "Unit closed"),
        "unit.import": LocalizedText("Nhập đơn vị từ danh mục", "Unit imported"),
        "unit_group.create": LocalizedText("Tạo nhóm đơn vị", "Unit group created"),
        "person.create": LocalizedText("Tạo tài khoản", "Account created"),
        "person.password": LocalizedText("Đặt mật khẩu", "Password set"),
        "person.disable": LocalizedText("Khóa tài khoản", "Account disabled"),
        "person.enable": LocalizedText("Mở khóa tài khoản", "Account enabled"),
        "session.sign_in": LocalizedText("Đăng nhập", "Signed in"),
        "setting.set": LocalizedText("Đổi cấu hình", "Setting changed"),
        "access.denied": LocalizedText("Bị từ chối truy cập", "Access denied"),
        "calendar.create": LocalizedText("Thêm văn bản lịch nghỉ", "Calendar decision added"),
        "calendar.update": LocalizedText("Sửa văn bản lịch nghỉ", "Calendar decision edited"),
        "calendar.delete": LocalizedText("Xóa văn bản lịch nghỉ", "Calendar decision deleted"),
    ]
}
