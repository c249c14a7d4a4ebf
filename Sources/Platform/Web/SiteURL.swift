import Foundation

/// A feature's URLs as one type that both registers its routes and builds every link to them
/// (`PlanURL.plan(":id").path` when registering, `PlanURL.plan(.id(plan.id)).path` in a view),
/// so a path is written once.
public protocol SiteURL: Sendable {
    /// The path, starting with `/`.
    var path: String { get }
}

/// A variable segment of a typed URL: a record's id or number when a link is built, the route
/// parameter (`":id"`) when the route is registered.
public struct PathParameter: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public let text: String

    /// `":name"` at registration.
    public init(stringLiteral value: String) {
        self.text = value
    }

    public static func id(_ id: UUID) -> PathParameter {
        PathParameter(stringLiteral: id.uuidString)
    }

    /// A value taken from data (a task number such as `II.3`), percent-encoded.
    public static func text(_ value: String) -> PathParameter {
        PathParameter(stringLiteral: value.urlComponentEncoded)
    }

    public var description: String { text }
}

extension String {
    static let componentCharacters = CharacterSet.alphanumerics.union(.init(charactersIn: "-._"))

    /// This text as one URL component (a path segment, a query value, the UTF-8 file name of a
    /// download): letters, digits and `-._` as they are, everything else percent-encoded.
    public var urlComponentEncoded: String {
        addingPercentEncoding(withAllowedCharacters: Self.componentCharacters) ?? self
    }
}
