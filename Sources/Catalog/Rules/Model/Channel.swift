/// One way to submit a dossier (cách thức thực hiện), with its time and fees.
public struct Channel: Sendable, Codable, Equatable, Hashable {
    public var kind: ChannelKind
    /// Parsed processing time; nil when the source gives none or it could not be parsed
    /// (then a warning was raised and `timeText` keeps what was written).
    public var processingTime: ProcessingTime?
    /// The time as written by the source.
    public var timeText: String
    public var fees: [Fee]
    /// The fee cell as written by the source.
    public var feeText: String
    /// Mô tả: free text the source attaches to the channel.
    public var note: String?

    public init(kind: ChannelKind, processingTime: ProcessingTime? = nil, timeText: String = "",
                fees: [Fee] = [], feeText: String = "", note: String? = nil) {
        self.kind = kind
        self.processingTime = processingTime
        self.timeText = timeText
        self.fees = fees
        self.feeText = feeText
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case processingTime = "processing_time"
        case timeText = "time_text"
        case fees
        case feeText = "fee_text"
        case note
    }
}

/// Submission channel. Encoded as a string: "in_person", "online", "postal" or "other:<name>".
public enum ChannelKind: Sendable, Equatable, Hashable, Codable {
    case inPerson
    case online
    case postal
    case other(String)

    /// Maps a Vietnamese channel name ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính") to a kind.
    public init(vietnameseName name: String) {
        let folded = TextNormalizer.line(name).lowercased()
        switch folded {
        case "trực tiếp": self = .inPerson
        case "trực tuyến", "qua mạng", "nộp trực tuyến": self = .online
        case "dịch vụ bưu chính", "bưu chính", "qua bưu chính", "dịch vụ bưu chính công ích":
            self = .postal
        default: self = .other(TextNormalizer.line(name))
        }
    }

    public var encoded: String {
        switch self {
        case .inPerson: "in_person"
        case .online: "online"
        case .postal: "postal"
        case .other(let name): "other:" + name
        }
    }

    public init?(encoded: String) {
        switch encoded {
        case "in_person": self = .inPerson
        case "online": self = .online
        case "postal": self = .postal
        default:
            guard encoded.hasPrefix("other:") else { return nil }
            self = .other(String(encoded.dropFirst("other:".count)))
        }
    }

    public func label(_ language: CatalogLanguage) -> String {
        switch (self, language) {
        case (.inPerson, .vietnamese): "Trực tiếp"
        case (.inPerson, .english): "In person"
        case (.online, .vietnamese): "Trực tuyến"
        case (.online, .english): "Online"
        case (.postal, .vietnamese): "Dịch vụ bưu chính"
        case (.postal, .english): "Postal service"
        case (.other(let name), _): name
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let kind = ChannelKind(encoded: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Unknown channel kind \(text)")
        }
        self = kind
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(encoded)
    }
}

public enum CatalogLanguage: String, Sendable, CaseIterable {
    case vietnamese = "vi"
    case english = "en"
}

public enum TimeUnit: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case workingDays = "working_days"
    case days
    case hours
    case months
    /// "Trong ngày" / "Ngay trong ngày": within the same (working) day.
    case withinDay = "within_day"
}

/// Thời hạn giải quyết.
public struct ProcessingTime: Sendable, Codable, Equatable, Hashable {
    /// 0 for `.withinDay`.
    public var amount: Double
    public var unit: TimeUnit
    /// Upper bound when the source gives a range ("10-25 ngày").
    public var maxAmount: Double?

    public init(amount: Double, unit: TimeUnit, maxAmount: Double? = nil) {
        self.amount = amount
        self.unit = unit
        self.maxAmount = maxAmount
    }

    enum CodingKeys: String, CodingKey {
        case amount, unit
        case maxAmount = "max_amount"
    }

    /// "5 ngày làm việc" / "5 working days"; "trong ngày" / "within the day".
    public func summary(_ language: CatalogLanguage) -> String {
        if unit == .withinDay {
            return language == .vietnamese ? "trong ngày" : "within the day"
        }
        var number = Self.format(amount, language)
        if let maxAmount { number += "–" + Self.format(maxAmount, language) }
        let plural = (maxAmount ?? amount) != 1
        let word: String
        switch (unit, language) {
        case (.workingDays, .vietnamese): word = "ngày làm việc"
        case (.days, .vietnamese): word = "ngày"
        case (.hours, .vietnamese): word = "giờ"
        case (.months, .vietnamese): word = "tháng"
        case (.workingDays, .english): word = plural ? "working days" : "working day"
        case (.days, .english): word = plural ? "days" : "day"
        case (.hours, .english): word = plural ? "hours" : "hour"
        case (.months, .english): word = plural ? "months" : "month"
        case (.withinDay, _): word = ""
        }
        return number + " " + word
    }

    static func format(_ value: Double, _ language: CatalogLanguage) -> String {
        if value == value.rounded(), abs(value) < 1e12 { return String(Int(value)) }
        let text = String(value)
        return language == .vietnamese ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

public enum FeeKind: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// Lệ phí.
    case fee
    /// Phí.
    case charge
    /// The source's cell is headed "Phí, lệ phí" and does not say which.
    case unspecified
}

/// One fee or charge of a channel.
public struct Fee: Sendable, Codable, Equatable, Hashable {
    public var kind: FeeKind
    /// Amount in đồng; nil when free or when no VND amount could be read
    /// (foreign currency, a formula, missing amount: then a warning was raised).
    public var amountVND: Int?
    /// True when the source states it is free ("Miễn phí", "0 Đồng", "Không").
    public var isFree: Bool
    /// What the fee is for / the note attached to it; the amount text when it was not a VND amount.
    public var description: String

    public init(kind: FeeKind, amountVND: Int?, isFree: Bool = false, description: String = "") {
        self.kind = kind
        self.amountVND = amountVND
        self.isFree = isFree
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case amountVND = "amount_vnd"
        case isFree = "is_free"
        case description
    }
}
