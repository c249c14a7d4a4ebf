import Localization
public extension S {
    // Unit import (GSO lists) and server commands
    static let importUnreadableJSON = LocalizedText("JSON không đọc được ở dòng {0}", "unreadable JSON at line {0}")
    static let importNotAnArray = LocalizedText("tệp phải là một mảng các tỉnh", "the file must be an array of provinces")
    static let importProvinceAt = LocalizedText("tỉnh thứ {0}", "province #{0}")
    static let importDistrictAt = LocalizedText("huyện thứ {0}", "district #{0}")
    static let importCommuneAt = LocalizedText("xã thứ {0}", "commune #{0}")
    static let importMissingChildren = LocalizedText("thiếu District hoặc Wards", "missing District or Wards")
    static let importMissingField = LocalizedText("thiếu trường {0}", "missing field {0}")
    static let cliMigrated = LocalizedText("Cơ sở dữ liệu đã được cập nhật ({0}).", "Database migrated ({0}).")
    static let cliUnknownUnit = LocalizedText("Không tìm thấy đơn vị {0}.", "No unit {0}.")
    static let cliDemoReady = LocalizedText("Dữ liệu mẫu đã sẵn sàng. Tài khoản demo:", "Demo data is ready. Demo accounts:")
    /// The test runner reads this line to learn the password.
    static let cliDemoPassword = LocalizedText("Mật khẩu demo: {0}", "Demo password: {0}")
    static let cliLunarLine = LocalizedText("{0} ({1}) = {2} năm {3}", "{0} ({1}) = {2}, year {3}")
    static let cliDue = LocalizedText("Hạn: {0}", "Due: {0}")
    static let cliUnknownAccount = LocalizedText("Không có tài khoản {0}.", "No account {0}.")
    static let cliCannotWrite = LocalizedText("Không ghi được tệp {0}.", "Cannot write the file {0}.")
}
