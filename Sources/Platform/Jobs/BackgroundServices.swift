import Logging
import ServiceLifecycle

/// Work that runs beside the server until it shuts down (the job loop, a cache follower),
/// as a service of the application's service group: on SIGTERM or SIGINT the group stops
/// the server first, then each background service in reverse order, then the database.
public struct BackgroundService: Service {
    public let name: String
    let body: @Sendable () async -> Void

    public init(_ name: String, _ body: @escaping @Sendable () async -> Void) {
        self.name = name
        self.body = body
    }

    public func run() async throws {
        // The body loops until its task is cancelled; graceful shutdown cancels it.
        try await cancelWhenGracefulShutdown { await body() }
    }
}

/// Holds the database open for the life of the service group and closes it last.
public struct DatabaseService: Service {
    let database: DatabaseHandle

    public init(_ database: DatabaseHandle) {
        self.database = database
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await database.shutdown()
    }
}

extension ServiceGroup {
    /// The one shutdown sequence of a serving process: the services in start order
    /// (database, background work, then the server), stopped in reverse on a signal or when
    /// the server ends.
    public static func serving(_ server: any Service, database: DatabaseHandle, background: [BackgroundService],
                               logger: Logger) -> ServiceGroup {
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: DatabaseService(database))]
        services += background.map { .init(service: $0) }
        services.append(.init(service: server, successTerminationBehavior: .gracefullyShutdownGroup,
                              failureTerminationBehavior: .gracefullyShutdownGroup))
        return ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
    }
}
