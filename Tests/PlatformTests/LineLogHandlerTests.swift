import Foundation
import Logging
import Platform
import Testing

@Suite("The server's log lines")
struct LineLogHandlerTests {
    @Test("One line per event: UTC time, level, label, message, then the metadata sorted by key")
    func line() throws {
        let sink = LineLogHandler.Sink.memory()
        var logger = Logger(label: "minhbach") { LineLogHandler(label: $0, sink: sink) }
        logger.logLevel = .info
        logger[metadataKey: "request"] = "r1"
        #expect(logger[metadataKey: "request"] == "r1")
        logger.debug("not written below the level")
        logger.error("could not read dossier changes", metadata: ["error": "PSQLError", "attempt": "2"])
        let lines = sink.written
        try #require(lines.count == 1)
        let line = lines[0]
        #expect(line.hasSuffix(" error minhbach: could not read dossier changes attempt=2 error=PSQLError request=r1\n"))
        let time = try #require(line.split(separator: " ").first)
        #expect(time.count == 20 && time.hasSuffix("Z") && time.dropFirst(10).first == "T")
        let parsed = try #require(ISO8601DateFormatter().date(from: String(time)))
        #expect(abs(parsed.timeIntervalSinceNow) < 60)
    }
}
