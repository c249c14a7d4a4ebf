public extension S {
    // Unit import (GSO lists) and server commands
    static let importUnreadableJSON = Copy("JSON không đọc được ở dòng {0}", "unreadable JSON at line {0}")
    static let importNotAnArray = Copy("tệp phải là một mảng các tỉnh", "the file must be an array of provinces")
    static let importProvinceAt = Copy("tỉnh thứ {0}", "province #{0}")
    static let importDistrictAt = Copy("huyện thứ {0}", "district #{0}")
    static let importCommuneAt = Copy("xã thứ {0}", "commune #{0}")
    static let importMissingChildren = Copy("thiếu District hoặc Wards", "missing District or Wards")
    static let importMissingField = Copy("thiếu trường {0}", "missing field {0}")
    static let cliMigrated = Copy("Cơ sở dữ liệu đã được cập nhật ({0}).", "Database migrated ({0}).")
    static let cliUnknownUnit = Copy("Không tìm thấy đơn vị {0}.", "No unit {0}.")
    static let cliDemoReady = Copy("Dữ liệu mẫu đã sẵn sàng. Tài khoản demo:", "Demo data is ready. Demo accounts:")
    /// The test runner reads this line to learn the password.
    static let cliDemoPassword = Copy("Mật khẩu demo: {0}", "Demo password: {0}")
    static let cliLunarLine = Copy("{0} ({1}) = {2} năm {3}", "{0} ({1}) = {2}, year {3}")
    static let cliDue = Copy("Hạn: {0}", "Due: {0}")
    static let cliUnknownAccount = Copy("Không có tài khoản {0}.", "No account {0}.")
}
