import Catalog
import Dossiers
import Feedback
import Plans
import FluentKit
import Foundation
import Hummingbird
import Logging
import Platform
import Prometheus

/// Everything the server needs at run time, created once.
public struct AppEnvironment: Sendable {
    public let config: AppConfig
    public let database: DatabaseHandle
    public let metrics: PrometheusCollectorRegistry
    /// The one source of the current time (`WallClock`); tests set it.
    public let clock: WallClock
    /// The working calendar, cached in memory and rebuilt when its decisions change.
    public let calendar = CalendarStore()
    public let catalog = CatalogFeature(procedureLinks: DossiersFeature.procedureLinks)
    public let dossiers: DossiersFeature
    public let feedback: FeedbackFeature
    public let plans: PlansFeature
    public static let navigation = Navigation.platform
        .inserting(CatalogFeature.navigation, publicAt: 1, staffAt: 2)
        .inserting(DossiersFeature.navigation, publicAt: 2, staffAt: 3)
        .inserting(FeedbackFeature.navigation, publicAt: 3, staffAt: 5)
        .inserting(PlansFeature.navigation, publicAt: 4, staffAt: 6)
        .inserting(Navigation.platformCards, publicAt: .max, staffAt: .max)

    public init(config: AppConfig, database: DatabaseHandle, clock: WallClock = .system, metrics: PrometheusCollectorRegistry = .init()) {
        self.config = config
        self.database = database
        self.clock = clock
        self.metrics = metrics
        self.dossiers = DossiersFeature(calendar: calendar, search: catalog.search)
        self.feedback = FeedbackFeature(calendar: calendar, search: catalog.search)
        self.plans = PlansFeature(calendar: calendar, recordLinks: RecordLinks(pages: [
            "dossier": { DossiersFeature.publicLookupPath(code: $0) },
            "procedure": { CatalogURL.procedure(.text($0)).path },
        ]))
    }

    /// Opens the configured database and brings its schema up to date.
    /// Failures are `StartFailure`s, and the connections are closed before the error is thrown.
    public static func open(_ config: AppConfig, logger: Logger) async throws -> AppEnvironment {
        let database: DatabaseHandle
        do {
            database = try DatabaseHandle(
                sqlitePath: config.databaseURL == nil ? config.sqlitePath : nil, postgresURL: config.databaseURL, logger: logger)
        } catch {
            throw StartFailure.database(error, config: config)
        }
        do {
            try await database.migrate(AllMigrations.list)
        } catch {
            await database.shutdown()
            throw StartFailure.database(error, config: config)
        }
        return AppEnvironment(config: config, database: database)
    }
}

public enum AllMigrations {
    /// Every feature's migrations, in order. Features append theirs here.
    public static let list = PlatformMigrations.all + CatalogFeature.migrations + DossiersFeature.migrations
        + FeedbackFeature.migrations + PlansFeature.migrations
}

/// The router with every feature's routes and the shared middleware. `table` receives every
/// route as it is registered (tests read the staff routes from it).
public func buildRouter(_ env: AppEnvironment, table: RouteTable = RouteTable()) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: HeadersMiddleware(production: env.config.isProduction, routes: table))
    router.add(middleware: RequestMetricsMiddleware(factory: PrometheusMetricsFactory(registry: env.metrics)))
    router.add(middleware: IdentityMiddleware(database: env.database, config: env.config, clock: env.clock))
    router.add(middleware: ErrorMiddleware(database: env.database, routes: table, navigation: AppEnvironment.navigation))
    router.add(middleware: CSRFMiddleware(routes: table))
    let services = Services(database: env.database, config: env.config, clock: env.clock, navigation: AppEnvironment.navigation)
    let routes = Routes(router: router, table: table, services: services)
    AssetRoutes.register(routes)
    OperationsRoutes.register(routes, env)
    HomeRoutes.register(routes, services)
    AuthRoutes.register(routes, services)
    UnitRoutes.register(routes, services)
    CalendarRoutes.register(routes, services, env.calendar)
    OutboxRoutes.register(routes, services, configured: Set(OutboxDelivery.transports(env.config).keys))
    env.catalog.register(routes, services)
    env.dossiers.register(routes, services)
    env.feedback.register(routes, services)
    env.plans.register(routes, services)
    PlatformAPI.register(routes, services)
    return router
}

public func buildApplication(_ env: AppEnvironment, logger: Logger, table: RouteTable = RouteTable()) -> some ApplicationProtocol {
    Application(
        router: buildRouter(env, table: table),
        configuration: .init(address: .hostname(env.config.host, port: env.config.port), serverName: "minhbach"),
        logger: logger)
}
