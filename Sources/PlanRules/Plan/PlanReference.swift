import WorkCalendar
import Localization

/// A date of which only some parts may be known: "…/02/2024" has a month and a year but the
/// day was left blank for the signer to fill in.
public struct PartialDate: Sendable, Hashable, Codable {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Nil when the parts do not form a date (a day without a month, 31/02…).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, LocalDate(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    /// The full date, when every part is known.
    public var date: LocalDate? {
        guard let month, let day else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    private enum CodingKeys: String, CodingKey { case year, month, day }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let year = try c.decode(Int.self, forKey: .year)
        guard let value = PartialDate(year: year, month: try c.decodeIfPresent(Int.self, forKey: .month),
                                      day: try c.decodeIfPresent(Int.self, forKey: .day)) else {
            throw DecodingError.dataCorruptedError(forKey: .day, in: c, debugDescription: "not a date")
        }
        self = value
    }

    /// "21/02/2024", "…/02/2024", "…/…/2024".
    public var vnFormat: String {
        let dayText = day.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "…"
        let monthText = month.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "…"
        return "\(dayText)/\(monthText)/\(year)"
    }
}

/// The number and date of a document such as "Kế hoạch số 122/KH-UBND ngày 21/02/2024".
/// Either may be blank (the 2024 Diễn Châu plan reads "Kế hoạch số …/KH-UBND ngày …/02/2024").
public struct DocumentReference: Sendable, Hashable, Codable {
    /// The serial number ("122"); nil while not yet numbered.
    public var serial: String?
    /// The symbol after the slash ("KH-UBND").
    public var symbol: String
    public var date: PartialDate?

    public init(serial: String? = nil, symbol: String = "KH-UBND", date: PartialDate? = nil) {
        self.serial = serial
        self.symbol = symbol
        self.date = date
    }

    /// "số 122/KH-UBND ngày 21/02/2024" / "No. 122/KH-UBND of 21/02/2024", blanks as "…".
    public var text: LocalizedText {
        let number = "\(serial ?? "…")/\(symbol)"
        let dateText = date?.vnFormat ?? "…/…/…"
        return LocalizedText(vi: "số \(number) ngày \(dateText)", en: "No. \(number) of \(dateText)")
    }
}

/// A plan this plan implements, e.g. the province's Kế hoạch số 122/KH-UBND ngày 21/02/2024.
public struct ImplementedPlan: Sendable, Hashable, Codable {
    public var reference: DocumentReference
    /// "UBND tỉnh Nghệ An".
    public var issuer: String
    /// "ban hành Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2024 …".
    public var subject: String

    public init(reference: DocumentReference, issuer: String, subject: String = "") {
        self.reference = reference
        self.issuer = issuer
        self.subject = subject
    }
}

/// The signature block: "TM. UỶ BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Mạnh Hiên".
public struct Signer: Sendable, Hashable, Codable {
    public var onBehalfOf: String
    public var capacity: String
    public var title: String
    public var name: String

    public init(onBehalfOf: String = "", capacity: String = "", title: String = "", name: String = "") {
        self.onBehalfOf = onBehalfOf
        self.capacity = capacity
        self.title = title
        self.name = name
    }
}
