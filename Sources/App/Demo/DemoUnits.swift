import Platform

/// The demo deployment's facts. Contacts and agency codes are illustrative, in the official
/// shapes; the old → new commune links follow the GSO code order of the 2025 reform lists
/// and should be replaced by the resolution's own table when it is loaded as data.
enum DemoUnits {
    static let districtGSO = "425"
    static let reformNote = "Sắp xếp đơn vị hành chính cấp xã, có hiệu lực từ 01/7/2025 (dữ liệu mẫu)"
    static let groupCommunes = "UBND các xã, thị trấn (huyện Diễn Châu)"
    static let groupDepartments = "Các phòng, ban, ngành cấp huyện"
    static let groupNewCommunes = "UBND các xã thuộc địa bàn Diễn Châu cũ (từ 01/7/2025)"

    static func communeDeskName(_ commune: String) -> String { "Bộ phận Một cửa xã \(commune)" }

    struct Contacts {
        var agencyCode: String
        var address: String
        var phone: String
        var email: String
        var feedbackAddress: String
        var feedbackPhone: String
    }

    static let provinceContacts = Contacts(
        agencyCode: "000.00.00.H41", address: "Số 03 Trường Thi, thành phố Vinh, tỉnh Nghệ An", phone: "0238 3840 000",
        email: "ubnd@nghean.gov.vn", feedbackAddress: "Phòng Kiểm soát thủ tục hành chính, Văn phòng UBND tỉnh Nghệ An",
        feedbackPhone: "0238 3840 001")
    static let districtContacts = Contacts(
        agencyCode: "000.00.25.H41", address: "Khối 2, thị trấn Diễn Thành, huyện Diễn Châu, tỉnh Nghệ An", phone: "0238 3620 000",
        email: "ubnd@dienchau.nghean.gov.vn",
        feedbackAddress: "Văn phòng HĐND và UBND huyện Diễn Châu, khối 2, thị trấn Diễn Thành, huyện Diễn Châu",
        feedbackPhone: "0238 3620 001")

    struct Office {
        var key: String
        var name: String
        var kind: UnitKind
        var agencyCode: String
        var underProvince = false
        var address: String? = "Khối 2, thị trấn Diễn Thành, huyện Diễn Châu"
        var phone: String? = nil
        var email: String? = nil
    }

    static let offices: [Office] = [
        Office(key: "office", name: "Văn phòng HĐND và UBND huyện Diễn Châu", kind: .office, agencyCode: "000.01.25.H41", phone: "0238 3620 002"),
        Office(key: "justice", name: "Phòng Tư pháp huyện Diễn Châu", kind: .department, agencyCode: "000.02.25.H41", phone: "0238 3620 003"),
        Office(key: "home-affairs", name: "Phòng Nội vụ huyện Diễn Châu", kind: .department, agencyCode: "000.03.25.H41"),
        Office(key: "culture", name: "Phòng Văn hóa và Thông tin huyện Diễn Châu", kind: .department, agencyCode: "000.04.25.H41"),
        Office(key: "police", name: "Công an huyện Diễn Châu", kind: .other, agencyCode: "000.05.25.H41"),
        Office(key: "media-centre", name: "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Diễn Châu", kind: .other, agencyCode: "000.06.25.H41"),
        Office(key: "portal", name: "Cổng thông tin điện tử huyện Diễn Châu", kind: .other, agencyCode: "000.07.25.H41"),
        Office(key: "one-stop", name: "Bộ phận tiếp nhận và trả kết quả huyện Diễn Châu", kind: .oneStopDesk, agencyCode: "000.08.25.H41", phone: "0238 3620 004"),
        Office(key: "front", name: "Ủy ban MTTQ Việt Nam huyện Diễn Châu", kind: .massOrganisation, agencyCode: "000.09.25.H41"),
        Office(key: "labour", name: "Liên đoàn Lao động huyện Diễn Châu", kind: .massOrganisation, agencyCode: "000.10.25.H41"),
        Office(key: "youth", name: "Huyện đoàn Diễn Châu", kind: .massOrganisation, agencyCode: "000.11.25.H41"),
        Office(key: "province-centre", name: "Trung tâm Phục vụ hành chính công tỉnh Nghệ An", kind: .oneStopDesk, agencyCode: "000.20.00.H41",
               underProvince: true, address: "Số 16 Trường Thi, thành phố Vinh, tỉnh Nghệ An", phone: "0238 3840 002"),
    ]

    static let newCommunes: [(code: String, name: String)] = [
        ("17395", "Hùng Châu"), ("17416", "Đức Châu"), ("17419", "Hải Châu"), ("17443", "Quảng Châu"),
        ("17464", "Diễn Châu"), ("17476", "Minh Châu"), ("17479", "An Châu"), ("17488", "Tân Châu"),
    ]

    /// New commune code → the old commune codes it took over (demo grouping by code order).
    static let successions: [(String, [String])] = [
        ("17395", ["17392", "17395", "17398", "17401"]),
        ("17416", ["17404", "17410", "17413", "17416"]),
        ("17419", ["17419", "17425", "17428", "17431"]),
        ("17443", ["17434", "17437", "17440", "17443"]),
        ("17464", ["17449", "17452", "17458", "17461", "17464"]),
        ("17476", ["17467", "17476"]),
        ("17479", ["17479", "17482", "17485"]),
        ("17488", ["17488", "17491", "17494", "17497", "17500", "17503"]),
    ]

    struct Account {
        var username: String
        var fullName: String
        var role: Role
        var unitKey: String
        var position: String
    }

    static let accounts: [Account] = [
        Account(username: "admin", fullName: "Nguyễn Văn Quản", role: .administrator, unitKey: "office", position: "Quản trị hệ thống"),
        Account(username: "dieuphoi", fullName: "Trần Thị Điều", role: .coordinator, unitKey: "office", position: "Chuyên viên kiểm soát TTHC"),
        Account(username: "truongphong", fullName: "Lê Văn Trưởng", role: .unitLead, unitKey: "justice", position: "Trưởng phòng"),
        Account(username: "canbo", fullName: "Phạm Thị Cán", role: .officer, unitKey: "justice", position: "Chuyên viên"),
        Account(username: "motcua", fullName: "Hoàng Văn Cửa", role: .oneStopOfficer, unitKey: "one-stop", position: "Cán bộ tiếp nhận"),
        Account(username: "bientap", fullName: "Võ Thị Biên", role: .editor, unitKey: "media-centre", position: "Biên tập viên"),
        Account(username: "canbo.dienhong", fullName: "Đặng Văn Hồng", role: .officer, unitKey: "commune:17413", position: "Công chức Tư pháp - Hộ tịch"),
        Account(username: "canbo.dienlam", fullName: "Bùi Thị Lâm", role: .officer, unitKey: "commune:17392", position: "Công chức Tư pháp - Hộ tịch"),
    ]

    /// Illustrative agency codes for the one-stop desks of the communes formed on 01/7/2025
    /// (`000.61.00.H41`…), in the official shape; the real ones come from the province.
    static func communeDeskAgencyCode(_ index: Int) -> String { "000.\(61 + index).00.H41" }
}
