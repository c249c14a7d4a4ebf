import Foundation

/// Everything the server reads from its environment, with defaults that make a bare
/// `minhbach serve` work on a developer machine.
public struct AppConfig: Sendable {
    public enum Mode: String, Sendable { case development, production, test }

    public var sqlitePath: String
    /// PostgreSQL connection URL; when set it wins over `sqlitePath`.
    public var databaseURL: String?
    public var host: String
    public var port: Int
    public var mode: Mode
    public var uploadsDirectory: String
    /// The password given to demo accounts (printed by `minhbach demo`).
    public var demoPassword: String
    /// bcrypt cost; tests lower it to stay fast.
    public var bcryptCost: UInt8
    /// Trust `X-Forwarded-For` from a reverse proxy for the client address.
    public var trustProxy: Bool
    /// The deployment's name shown in the header (e.g. "UBND huyện Diễn Châu").
    public var deploymentName: String?
    /// The site's public address (`https://dichvucong.example.gov.vn`), for links that leave the
    /// page: the Open311 discovery document, printed forms, messages. Without it, links are
    /// built from the request's host over plain HTTP in development and HTTPS in production.
    public var publicURL: String?
    /// Days a client address is kept in the audit log before the housekeeping job erases it.
    public var addressRetentionDays: Int
    /// The mail server (`MINHBACH_SMTP_URL`); without it e-mails wait in the outbox.
    public var smtp: SMTPConfiguration?
    /// The sender of e-mails (`MINHBACH_MAIL_FROM`, e.g. `UBND huyện Diễn Châu <motcua@dienchau.gov.vn>`).
    public var mailFrom: String?
    /// Tries before a message is dead (`MINHBACH_OUTBOX_MAX_ATTEMPTS`, 1–50, default 8).
    public var outboxMaxAttempts: Int = 8

    public init(
        sqlitePath: String = "minhbach.sqlite",
        databaseURL: String? = nil,
        host: String = "127.0.0.1",
        port: Int = 8080,
        mode: Mode = .development,
        uploadsDirectory: String = "uploads",
        demoPassword: String = "minhbach-demo",
        bcryptCost: UInt8 = 10,
        trustProxy: Bool = false,
        deploymentName: String? = nil,
        publicURL: String? = nil,
        addressRetentionDays: Int = 30
    ) {
        self.sqlitePath = sqlitePath
        self.databaseURL = databaseURL
        self.host = host
        self.port = port
        self.mode = mode
        self.uploadsDirectory = uploadsDirectory
        self.demoPassword = demoPassword
        self.bcryptCost = bcryptCost
        self.trustProxy = trustProxy
        self.deploymentName = deploymentName
        self.publicURL = publicURL
        self.addressRetentionDays = addressRetentionDays
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> AppConfig {
        var config = AppConfig()
        if let path = env["MINHBACH_DB"], !path.isEmpty { config.sqlitePath = path }
        if let url = env["DATABASE_URL"], !url.isEmpty { config.databaseURL = url }
        if let host = env["HOST"], !host.isEmpty { config.host = host }
        if let port = env["PORT"].flatMap(Int.init) { config.port = port }
        if let mode = env["MINHBACH_ENV"].flatMap(Mode.init(rawValue:)) { config.mode = mode }
        if let uploads = env["MINHBACH_UPLOADS"], !uploads.isEmpty { config.uploadsDirectory = uploads }
        if let password = env["MINHBACH_DEMO_PASSWORD"], !password.isEmpty { config.demoPassword = password }
        if let cost = env["MINHBACH_BCRYPT_COST"].flatMap(UInt8.init), (4...31).contains(cost) { config.bcryptCost = cost }
        config.trustProxy = env["MINHBACH_TRUST_PROXY"] == "1"
        if let name = env["MINHBACH_NAME"], !name.isEmpty { config.deploymentName = name }
        if let url = env["MINHBACH_PUBLIC_URL"], let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""),
           parsed.host != nil {
            config.publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        if let days = env["MINHBACH_ADDRESS_RETENTION_DAYS"].flatMap(Int.init), (1...3650).contains(days) {
            config.addressRetentionDays = days
        }
        if let url = env["MINHBACH_SMTP_URL"], !url.isEmpty { config.smtp = SMTPConfiguration(url: url) }
        if let from = env["MINHBACH_MAIL_FROM"]?.trimmingCharacters(in: .whitespaces), from.contains("@") { config.mailFrom = from }
        if let tries = env["MINHBACH_OUTBOX_MAX_ATTEMPTS"].flatMap(Int.init), (1...50).contains(tries) { config.outboxMaxAttempts = tries }
        return config
    }

    public var isProduction: Bool { mode == .production }

    /// The absolute URL of `path` on this site: under `publicURL` when it is set, otherwise on
    /// the host the request came to.
    public func absoluteURL(_ path: String, requestHost: String?) -> String {
        if let publicURL { return publicURL + path }
        return (isProduction ? "https://" : "http://") + (requestHost ?? "\(host):\(port)") + path
    }
}
