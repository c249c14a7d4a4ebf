import Foundation
import Testing
@testable import Catalog

/// The gzip container of the shipped catalogue (RFC 1952): what we write, the system's
/// `gzip` reads, and the other way round; broken files are errors, never traps.
@Suite struct GzipTests {
    static let sample = Data(String(repeating: "Thủ tục đăng ký khai sinh — Điều 16 Luật Hộ tịch 2014. ", count: 2_000).utf8)

    /// Runs `gzip` with the arguments on the input and returns what it printed.
    static func gzip(_ arguments: [String], _ input: Data) throws -> (status: Int32, output: Data) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("in")
        let outputFile = folder.appendingPathComponent("out")
        try input.write(to: inputFile)
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip"] + arguments + [inputFile.path]
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try Data(contentsOf: outputFile))
    }

    @Test("What Gzip.compress writes, the system's gzip reads back byte for byte")
    func systemGzipReadsOurs() throws {
        let compressed = Gzip.compress(Self.sample)
        #expect(compressed.count * 10 < Self.sample.count)
        let (status, output) = try Self.gzip(["-dc"], compressed)
        #expect(status == 0)
        #expect(output == Self.sample)
        #expect(try Gzip.decompress(compressed) == Self.sample)
        #expect(Gzip.compress(Self.sample) == compressed, "the same input gives the same bytes")
    }

    @Test("What the system's gzip writes (with a file name in the header), Gzip.decompress reads")
    func weReadSystemGzip() throws {
        let (status, compressed) = try Self.gzip(["-c", "-9"], Self.sample)
        #expect(status == 0)
        #expect(compressed[3] & 0x08 != 0, "gzip stores the file name")
        #expect(try Gzip.decompress(compressed) == Self.sample)
    }

    @Test("Empty input round-trips")
    func empty() throws {
        #expect(try Gzip.decompress(Gzip.compress(Data())) == Data())
    }

    @Test("Not gzip, truncated, a wrong checksum or length: an error each, never a trap")
    func brokenFiles() throws {
        let good = Gzip.compress(Self.sample)
        #expect(throws: Gzip.GzipError.notGzip) { try Gzip.decompress(Data("[{\"code\": \"1.001193\"}]".utf8)) }
        #expect(throws: Gzip.GzipError.truncated) { try Gzip.decompress(good.prefix(12)) }
        for cut in [good.count / 2, good.count - 9, 40] {
            #expect(throws: Gzip.GzipError.self) { try Gzip.decompress(good.prefix(cut)) }
        }
        var badChecksum = good
        badChecksum[badChecksum.count - 8] ^= 0xFF
        #expect(throws: Gzip.GzipError.corrupt) { try Gzip.decompress(badChecksum) }
        var badLength = good
        badLength[badLength.count - 1] ^= 0x01
        #expect(throws: Gzip.GzipError.corrupt) { try Gzip.decompress(badLength) }
        var garbage = good
        for index in 10 ..< min(60, garbage.count - 8) { garbage[index] = 0xFF }
        #expect(throws: Gzip.GzipError.self) { try Gzip.decompress(garbage) }
        // A header that says "file name follows" and never ends it.
        #expect(throws: Gzip.GzipError.self) { try Gzip.decompress(Data([0x1F, 0x8B, 0x08, 0x08] + [UInt8](repeating: 0x41, count: 30))) }
    }
}
