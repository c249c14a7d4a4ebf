/// An opaque identifier of something the product stores elsewhere (a unit, a group of units,
/// a person, a task). The rules never look inside: the persistence layer may use UUID strings,
/// codes or numbers. Encoded as a bare string.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Tags that keep identifiers of different things apart at compile time.
public enum UnitTag {}
public enum GroupTag {}
public enum PersonTag {}
public enum TaskTag {}

/// An organisation unit (đơn vị): a department, a commune's People's Committee, the office…
public typealias UnitID = Identifier<UnitTag>
/// A named group of units ("UBND các xã, thị trấn") that expands to its members.
public typealias GroupID = Identifier<GroupTag>
/// A person (an officer who reports, a coordinator who reviews).
public typealias PersonID = Identifier<PersonTag>
/// A task of a plan; stable while its number may be edited.
public typealias TaskID = Identifier<TaskTag>
