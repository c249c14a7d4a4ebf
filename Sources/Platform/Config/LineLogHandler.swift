import Foundation
import Logging
import NIOConcurrencyHelpers

/// The server's log: one line per event on standard error,
/// `2026-11-29T08:30:00Z error minhbach: message key=value …`, the time in UTC.
///
/// Metadata is kept as it is given and formatted only when a line is written. swift-log's
/// `StreamLogHandler` formats its whole metadata each time a key is set, and Hummingbird sets
/// the request id on every request's logger, so that work was paid on every request even when
/// nothing was logged.
///
/// What goes into a line is the caller's choice; the rule for the whole code base is that no
/// personal data does (no names, ids, addresses, phone numbers, query strings).
public struct LineLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    public var logLevel: Logger.Level = .info
    let label: String
    let sink: Sink

    public init(label: String, sink: Sink = .standardError) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let explicit = event.metadata { all.merge(explicit) { $1 } }
        var line = "\(Self.timestamp(Date())) \(event.level) \(label): \(event.message)"
        for key in all.keys.sorted() {
            line += " \(key)=\(all[key]!)"
        }
        line += "\n"
        sink.write(line)
    }

    /// Where lines go: standard error, or memory (tests).
    public final class Sink: Sendable {
        private let lines: NIOLockedValueBox<[String]>?

        private init(keeping: Bool) {
            lines = keeping ? NIOLockedValueBox([]) : nil
        }

        public static let standardError = Sink(keeping: false)
        /// A sink that keeps every line, for tests that read what was logged.
        public static func memory() -> Sink { Sink(keeping: true) }

        public var written: [String] { lines?.withLockedValue { $0 } ?? [] }

        func write(_ line: String) {
            if let lines {
                lines.withLockedValue { $0.append(line) }
            } else {
                // One write call per line, so lines from several threads never interleave.
                var line = line
                line.withUTF8 { bytes in _ = Foundation.write(2, bytes.baseAddress, bytes.count) }
            }
        }
    }

    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
