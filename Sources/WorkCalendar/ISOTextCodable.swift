/// Values written as ISO text (`yyyy-MM-dd`, `yyyy-MM-ddTHH:mm`): encoded and decoded as that
/// string, and described by it.
public protocol ISOTextCodable: Codable, CustomStringConvertible {
    init?(iso: String)
    var iso: String { get }
    /// The expected shape, for the decoding error.
    static var isoPattern: String { get }
}

extension ISOTextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected \(Self.isoPattern), got \(text)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    public var description: String { iso }
}
