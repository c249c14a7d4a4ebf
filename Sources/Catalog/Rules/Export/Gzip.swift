import Foundation
import ZIPFoundation

/// The gzip container (RFC 1952) around ZIPFoundation's raw DEFLATE, for the catalogue
/// export shipped in `data/` and written by `procedures export --output *.gz`.
///
/// Reading is defensive: a file is untrusted input, so a wrong header, a truncated stream, a
/// checksum or length that does not match, or an output larger than `maximumSize` is a
/// `GzipError`, never a trap or a loop without end.
public enum Gzip {
    /// The largest decompressed size accepted (a catalogue of every ministry is far smaller).
    public static let maximumSize = 256 * 1024 * 1024

    public enum GzipError: Error, Equatable {
        case notGzip
        case truncated
        case corrupt
        case tooLarge
    }

    /// One gzip member with a zero modification time, so the same input gives the same bytes.
    public static func compress(_ data: Data) -> Data {
        var output = Data([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03])
        var body = Data()
        let chunk = 64 * 1024
        // Compressing bytes held in memory cannot fail: the provider always has them.
        let crc = (try? Data.compress(size: Int64(data.count), bufferSize: chunk, provider: { position, size in
            let start = data.startIndex + Int(position)
            return data.subdata(in: start ..< start + size)
        }, consumer: { body.append($0) })) ?? 0
        output.append(body)
        output.append(littleEndian: crc)
        output.append(littleEndian: UInt32(truncatingIfNeeded: data.count))
        return output
    }

    /// True when the bytes start with the gzip signature.
    public static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    public static func decompress(_ input: Data) throws(GzipError) -> Data {
        let data = Data(input)  // indices from 0
        guard isGzip(data) else { throw .notGzip }
        guard data.count >= 18 else { throw .truncated }
        guard data[2] == 0x08 else { throw .corrupt }
        let flags = data[3]
        var index = 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard index + 2 <= data.count else { throw .truncated }
            index += 2 + Int(data[index]) + Int(data[index + 1]) << 8
        }
        for flag: UInt8 in [0x08, 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            guard let end = data[min(index, data.count)...].firstIndex(of: 0) else { throw .truncated }
            index = end + 1
        }
        if flags & 0x02 != 0 { index += 2 }  // FHCRC
        let trailer = data.count - 8
        guard index < trailer else { throw .truncated }
        let payload = data.subdata(in: index ..< trailer)
        var output = Data()
        var tooLarge = false
        let crc: CRC32
        do {
            crc = try Data.decompress(size: Int64(payload.count), bufferSize: payload.count, skipCRC32: false, provider: { position, _ in
                // The whole stream in one piece (ZIPFoundation reads `bufferSize` bytes from
                // each piece, so the buffer is exactly the payload); asked again means the
                // stream never ended.
                guard position == 0 else { throw GzipError.truncated }
                return payload
            }, consumer: { piece in
                output.append(piece)
                if output.count > maximumSize {
                    tooLarge = true
                    throw GzipError.tooLarge
                }
            })
        } catch {
            if tooLarge { throw .tooLarge }
            throw (error as? GzipError) ?? .corrupt
        }
        guard crc == data.uint32(at: trailer), UInt32(truncatingIfNeeded: output.count) == data.uint32(at: trailer + 4) else {
            throw .corrupt
        }
        return output
    }
}

extension Data {
    fileprivate mutating func append(littleEndian value: UInt32) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }

    fileprivate func uint32(at index: Int) -> UInt32 {
        UInt32(self[index]) | UInt32(self[index + 1]) << 8 | UInt32(self[index + 2]) << 16 | UInt32(self[index + 3]) << 24
    }
}
