import Foundation
import Hummingbird
import NIOCore

/// The signed-in person behind a request.
public struct Identity: Sendable {
    public var person: PersonRecord
    public var sessionID: String
    public var unitName: String
}

/// What middleware learned about a request, passed on to handlers.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: String?
    public var identity: Identity?
    public var language: Language = .vi
    public var csrfToken: String = ""
    public var requestID: String = ""
    /// Client address after the proxy rule; kept out of logs, stored only in audit records.
    public var clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
        clientAddress = remoteAddress
    }

    /// Uploads are parsed by the features that take them, each with its own smaller limit.
    public var maxUploadSize: Int { 12 * 1024 * 1024 }

    public var actor: Actor {
        Actor(
            personID: identity?.person.id, name: identity.map { "\($0.person.fullName) (\($0.person.username))" } ?? "anonymous",
            address: clientAddress, requestID: requestID)
    }

    /// The signed-in person, or a 401 (a sign-in redirect on pages).
    public func requirePerson() throws -> PersonRecord {
        guard let identity else { throw AppError.unauthorized }
        return identity.person
    }
}
