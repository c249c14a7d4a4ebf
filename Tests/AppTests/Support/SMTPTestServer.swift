import Foundation

/// The real SMTP server of the tests (aiosmtpd, `e2e/lib/smtp_server.py`), started per test on
/// a free port; each accepted message is a file in its folder.
final class SMTPTestServer: @unchecked Sendable {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The Python with aiosmtpd: the test command's virtual environment (`.venv`, which
    /// `scripts/test` fills from `e2e/requirements.txt`). Found by its files, without running it.
    static let python: String? = {
        let venv = repository.appendingPathComponent(".venv")
        let python = venv.appendingPathComponent("bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python),
              let lib = try? FileManager.default.contentsOfDirectory(atPath: venv.appendingPathComponent("lib").path) else { return nil }
        let hasServer = lib.contains { version in
            FileManager.default.fileExists(atPath: venv.appendingPathComponent("lib/\(version)/site-packages/aiosmtpd").path)
        }
        return hasServer ? python : nil
    }()

    static var available: Bool { python != nil }

    let port: Int
    let folder: URL
    let process: Process

    init(tls: (cert: String, key: String)? = nil, user: String? = nil, password: String? = nil, failFirst: Int = 0) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mb-smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.python ?? "/usr/bin/python3")
            var arguments = [Self.repository.appendingPathComponent("e2e/lib/smtp_server.py").path, "--port", String(port), "--maildir", folder.path]
            if let tls { arguments += ["--tls-cert", tls.cert, "--tls-key", tls.key] }
            if let user { arguments += ["--user", user, "--password", password ?? ""] }
            if failFirst > 0 { arguments += ["--fail-first", String(failFirst)] }
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let line = output.fileHandleForReading.availableLine(timeout: 15)
            if line?.hasPrefix("ready") == true {
                self.port = port
                self.process = process
                return
            }
            process.terminate()
            lastError = CocoaError(.fileReadUnknown)
        }
        throw lastError ?? CocoaError(.fileReadUnknown)
    }

    /// The messages received so far, oldest first, as raw text.
    func messages() -> [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    func stop() {
        // SIGTERM ends it at once (see the script); not waited for, as Foundation notices a
        // child's exit late on Linux.
        kill(process.processIdentifier, SIGTERM)
        try? FileManager.default.removeItem(at: folder)
    }

    /// A self-signed certificate for "localhost" (made with openssl), for STARTTLS.
    static func certificate(in folder: URL) throws -> (cert: String, key: String) {
        let cert = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
                             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning, process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        return (cert, key)
    }
}

extension FileHandle {
    /// One line of output, waiting at most `timeout` seconds.
    func availableLine(timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var data = Data()
        let descriptor = fileDescriptor
        while Date() < deadline {
            var pollfd = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&pollfd, 1, 100) > 0 else { continue }
            let chunk = availableData
            if chunk.isEmpty { return nil }
            data.append(chunk)
            if let text = String(data: data, encoding: .utf8), let newline = text.firstIndex(of: "\n") { return String(text[..<newline]) }
        }
        return nil
    }
}
