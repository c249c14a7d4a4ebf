import Foundation
import Localization
import NIOCore

/// Why the server could not start, said in one line a person can act on (Vietnamese, then
/// English). Commands print it and exit with status 1; never an assertion or a backtrace.
public struct StartFailure: Error, CustomStringConvertible {
    public let message: LocalizedText

    public init(_ message: LocalizedText) {
        self.message = message
    }

    /// The line printed on standard error.
    public var description: String {
        "Không khởi động được: \(message(.vi)) / Could not start: \(message(.en))"
    }

    /// The database could not be opened or brought up to date.
    public static func database(_ error: any Error, config: AppConfig) -> StartFailure {
        var reason = oneLine(error)
        if String(describing: type(of: error)).hasPrefix("PSQL") {
            // PostgresNIO hides the cause from `description`; name it without the connection details.
            let detail = String(reflecting: error)
            reason = ["Connection refused": "connection refused", "password authentication failed": "password authentication failed",
                      "does not exist": "the database or role does not exist", "timed out": "timed out", "No route to host": "no route to host"]
                .first { detail.contains($0.key) }?.value ?? "PostgreSQL error"
        }
        if let url = config.databaseURL {
            let target = URLComponents(string: url).map { "\($0.host ?? "?"):\($0.port ?? 5432)\($0.path)" } ?? "DATABASE_URL"
            return StartFailure(LocalizedText(
                "không kết nối được PostgreSQL tại \(target) (\(reason)). Hãy kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu.",
                "cannot use PostgreSQL at \(target) (\(reason)). Check DATABASE_URL and the database server."))
        }
        return StartFailure(LocalizedText(
            "không mở hoặc ghi được tệp cơ sở dữ liệu \(config.sqlitePath) (\(reason)). Hãy kiểm tra đường dẫn MINHBACH_DB và quyền ghi thư mục.",
            "cannot open or write the database file \(config.sqlitePath) (\(reason)). Check MINHBACH_DB and that its folder is writable."))
    }

    /// The HTTP server could not listen, or stopped with an error.
    public static func server(_ error: any Error, config: AppConfig) -> StartFailure {
        let text = String(describing: error)
        if (error as? IOError)?.errnoCode == EADDRINUSE || text.contains("Address already in use") {
            return StartFailure(LocalizedText(
                "cổng \(config.port) trên \(config.host) đang được một chương trình khác dùng. Hãy dừng chương trình đó hoặc đặt PORT khác.",
                "port \(config.port) on \(config.host) is already in use. Stop the other program or set another PORT."))
        }
        if (error as? IOError)?.errnoCode == EACCES || text.contains("Permission denied") {
            return StartFailure(LocalizedText(
                "không được phép mở cổng \(config.port) trên \(config.host). Hãy dùng cổng từ 1024 trở lên (PORT).",
                "not allowed to listen on port \(config.port) on \(config.host). Use a port of 1024 or above (PORT)."))
        }
        return StartFailure(LocalizedText("máy chủ dừng vì lỗi: \(oneLine(error)).", "the server stopped with an error: \(oneLine(error))."))
    }

    /// Data the command needs is missing or unreadable.
    public static func data(_ path: String, _ error: (any Error)? = nil) -> StartFailure {
        let reason = error.map { " (\(oneLine($0)))" } ?? ""
        return StartFailure(LocalizedText(
            "thiếu hoặc không đọc được dữ liệu ở \(path)\(reason). Thư mục data/ của kho mã phải có ở đó, hoặc đặt MINHBACH_SHARED là thư mục chứa data/.",
            "the data at \(path) is missing or unreadable\(reason). The repository's data/ folder must be there, or set MINHBACH_SHARED to a folder holding data/."))
    }

    /// An error's description on one line, bounded.
    public static func oneLine(_ error: any Error) -> String {
        let text = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }
}
