public extension S {
    // Sign-in and passwords
    static let signInTitle = Copy("Đăng nhập", "Sign in")
    static let signIn = Copy("Đăng nhập", "Sign in")
    static let signOut = Copy("Đăng xuất", "Sign out")
    static let signInIntro = Copy("Dành cho cán bộ, công chức của các đơn vị.", "For the staff of the units.")
    static let username = Copy("Tên đăng nhập", "Username")
    static let password = Copy("Mật khẩu", "Password")
    static let signInMissing = Copy("Vui lòng nhập tên đăng nhập và mật khẩu.", "Please enter your username and password.")
    static let signInFailed = Copy("Tên đăng nhập hoặc mật khẩu không đúng.", "The username or password is wrong.")
    static let signInThrottled = Copy(
        "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        "Too many failed sign-ins. Please try again in 15 minutes.")
    static let changePassword = Copy("Đổi mật khẩu", "Change password")
    static let currentPassword = Copy("Mật khẩu hiện tại", "Current password")
    static let newPassword = Copy("Mật khẩu mới", "New password")
    static let repeatPassword = Copy("Nhập lại mật khẩu mới", "Repeat the new password")
    static let passwordHint = Copy("Ít nhất {0} ký tự, không lặp một ký tự.", "At least {0} characters, not one repeated character.")
    static let passwordCurrentWrong = Copy("Mật khẩu hiện tại không đúng.", "The current password is wrong.")
    static let passwordTooWeak = Copy("Mật khẩu mới cần ít nhất {0} ký tự và đủ đa dạng.", "The new password needs at least {0} varied characters.")
    static let passwordSameAsOld = Copy("Mật khẩu mới phải khác mật khẩu hiện tại.", "The new password must differ from the current one.")
    static let passwordRepeatMismatch = Copy("Hai lần nhập mật khẩu mới không khớp.", "The two new passwords differ.")
    static let passwordMustChange = Copy("Đây là mật khẩu ban đầu; vui lòng đặt mật khẩu mới.", "This is an initial password; please set a new one.")
    static let passwordChanged = Copy("Đã đổi mật khẩu.", "Password changed.")

    // Staff home
    static let staffWelcome = Copy("Xin chào {0} – {1}.", "Hello {0} – {1}.")
    static let staffRoles = Copy("Vai trò: {0}", "Roles: {0}")
    static let staffUnitsText = Copy("Danh sách, thông tin liên hệ và lịch sử sáp nhập của các đơn vị.", "Units, their contacts and their mergers.")
    static let staffAuditText = Copy("Ai đã thay đổi gì, khi nào.", "Who changed what, and when.")
    static let roleNames: [Role: Copy] = [
        .administrator: Copy("Quản trị hệ thống", "Administrator"),
        .coordinator: Copy("Văn phòng theo dõi, tổng hợp", "Coordinator"),
        .unitLead: Copy("Lãnh đạo đơn vị", "Unit lead"),
        .officer: Copy("Cán bộ, công chức", "Officer"),
        .oneStopOfficer: Copy("Cán bộ Một cửa", "One-stop officer"),
        .editor: Copy("Biên tập viên", "Editor"),
    ]

    // People
    static let peopleTitle = Copy("Tài khoản cán bộ", "Staff accounts")
    static let peopleHint = Copy(
        "Tạo, đặt lại mật khẩu hoặc khóa tài khoản bằng lệnh minhbach users trên máy chủ.",
        "Create, reset or disable accounts with the minhbach users command on the server.")
    static let fullName = Copy("Họ và tên", "Full name")
    static let unit = Copy("Đơn vị", "Unit")
    static let roles = Copy("Vai trò", "Roles")
    static let accountActive = Copy("Đang hoạt động", "Active")
    static let accountDisabled = Copy("Đã khóa", "Disabled")

    // Audit
    static let auditTitle = Copy("Nhật ký thao tác", "Audit log")
    static let auditSearchLabel = Copy("Tìm theo người hoặc bản ghi", "Search by person or record")
    static let auditEntityType = Copy("Loại bản ghi", "Record type")
    static let auditWhen = Copy("Thời điểm", "When")
    static let auditWho = Copy("Người thực hiện", "Who")
    static let auditAction = Copy("Thao tác", "Action")
    static let auditRecord = Copy("Bản ghi", "Record")
    static let auditChanges = Copy("Thay đổi", "Changes")
    static let entityTypes: [String: Copy] = [
        "unit": Copy("Đơn vị", "Unit"),
        "unit_group": Copy("Nhóm đơn vị", "Unit group"),
        "person": Copy("Tài khoản", "Account"),
        "setting": Copy("Cấu hình", "Setting"),
        "request": Copy("Yêu cầu bị từ chối", "Refused request"),
        "calendar_decision": Copy("Văn bản lịch nghỉ", "Calendar decision"),
    ]
    static let auditActions: [String: Copy] = [
        "unit.create": Copy("Tạo đơn vị", "Unit created"),
        "unit.update": Copy("Sửa đơn vị", "Unit edited"),
        "unit.close": Copy("Đơn vị chấm dứt hoạt động", "Unit closed"),
        "unit.import": Copy("Nhập đơn vị từ danh mục", "Unit imported"),
        "unit_group.create": Copy("Tạo nhóm đơn vị", "Unit group created"),
        "person.create": Copy("Tạo tài khoản", "Account created"),
        "person.password": Copy("Đặt mật khẩu", "Password set"),
        "person.disable": Copy("Khóa tài khoản", "Account disabled"),
        "person.enable": Copy("Mở khóa tài khoản", "Account enabled"),
        "session.sign_in": Copy("Đăng nhập", "Signed in"),
        "setting.set": Copy("Đổi cấu hình", "Setting changed"),
        "access.denied": Copy("Bị từ chối truy cập", "Access denied"),
        "calendar.create": Copy("Thêm văn bản lịch nghỉ", "Calendar decision added"),
        "calendar.update": Copy("Sửa văn bản lịch nghỉ", "Calendar decision edited"),
        "calendar.delete": Copy("Xóa văn bản lịch nghỉ", "Calendar decision deleted"),
    ]
}
