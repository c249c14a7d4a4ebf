import App
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every failure at start ends with one clear line in Vietnamese and English and exit status 1:
/// the real binary, run as an operator would.
@Suite("Failures at start are one line and exit status 1", .serialized)
struct StartFailureTests {
    struct Run {
        var status: Int32
        var output: String
    }

    static var binary: String {
        let candidates = [".build/debug/minhbach", ".build/x86_64-unknown-linux-gnu/debug/minhbach", ".build/aarch64-unknown-linux-gnu/debug/minhbach",
                          ".build/arm64-apple-macosx/debug/minhbach"]
        return candidates.map { "\(repositoryRoot)/\($0)" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// Runs `minhbach arguments` with `environment` added, for at most 60 seconds.
    static func run(_ arguments: [String], _ environment: [String: String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DATABASE_URL"] = nil
        env["LOG_LEVEL"] = "critical"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func expectOneLine(_ run: Run, mentions words: [String]) {
        #expect(run.status == 1, "exit status; output: \(run.output)")
        let lines = run.output.split(separator: "\n").filter { $0.contains("Không khởi động được") }
        #expect(lines.count == 1, "one line; output: \(run.output)")
        let line = String(lines.first ?? "")
        #expect(line.contains("/ Could not start:"))
        for word in words { #expect(line.contains(word), "\(word) in: \(line)") }
        for crash in ["Fatal error", "Backtrace", "Assertion", "ConnectionPool"] {
            #expect(!run.output.contains(crash), "no \(crash): \(run.output)")
        }
    }

    @Test("An unreachable DATABASE_URL names the server and the variable to check")
    func unreachablePostgres() throws {
        let run = try Self.run(["migrate"], ["DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"])
        Self.expectOneLine(run, mentions: ["PostgreSQL", "127.0.0.1:1", "DATABASE_URL"])
    }

    @Test("A database file in a folder that does not exist names the file and MINHBACH_DB")
    func unwritableDatabaseFile() throws {
        let path = "/nonexistent-\(UUID().uuidString)/minhbach.sqlite"
        let run = try Self.run(["migrate"], ["MINHBACH_DB": path])
        Self.expectOneLine(run, mentions: [path, "MINHBACH_DB"])
    }

    @Test("Missing demo data names the folder it looked in and MINHBACH_SHARED")
    func missingData() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let run = try Self.run(["demo", "--no-serve"], ["MINHBACH_SHARED": empty, "MINHBACH_DB": "\(empty)/demo.sqlite"])
        Self.expectOneLine(run, mentions: ["\(empty)/data/", "MINHBACH_SHARED"])
    }

    @Test("A damaged catalogue in the demo data (a truncated data/catalogue.json.gz) names the file, no trap")
    func damagedCatalogue() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-damaged-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: "\(root)/data", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: "\(root)/data/units", withDestinationPath: "\(repositoryRoot)/data/units")
        let shipped = try Data(contentsOf: URL(fileURLWithPath: "\(repositoryRoot)/\(DemoData.catalogueFile)"))
        try shipped.prefix(shipped.count / 2).write(to: URL(fileURLWithPath: "\(root)/\(DemoData.catalogueFile)"))
        let run = try Self.run(["demo", "--no-serve"], ["MINHBACH_SHARED": root, "MINHBACH_DB": "\(root)/demo.sqlite"])
        Self.expectOneLine(run, mentions: ["\(root)/\(DemoData.catalogueFile)", "MINHBACH_SHARED"])
    }

    @Test("A port in use names the port and PORT")
    func portInUse() throws {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(socketFD >= 0)
        defer { close(socketFD) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, length) } }
        #expect(bound == 0)
        #expect(listen(socketFD, 1) == 0)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) } }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-port-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try Self.run(["serve"], ["PORT": String(port), "HOST": "127.0.0.1", "MINHBACH_DB": "\(folder)/db.sqlite"])
        Self.expectOneLine(run, mentions: ["\(port)", "PORT"])
    }
}

/// What commands print when their output is a file or a pipe, not a terminal.
@Suite("Command output in a log", .serialized)
struct CommandOutputTests {
    @Test("The import's progress is a line per step when standard error is not a terminal")
    func progressLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try StartFailureTests.run(["procedures", "import", "data/tthc/dichvucong-bo-tu-phap"], ["MINHBACH_DB": "\(folder)/db.sqlite"])
        #expect(run.status == 0, "\(run.output)")
        let steps = run.output.split(separator: "\n").filter { $0.wholeMatch(of: /\d+\/\d+/) != nil }
        #expect(steps.count >= 2, "\(run.output)")
        #expect(!run.output.contains("\r"))
    }
}
