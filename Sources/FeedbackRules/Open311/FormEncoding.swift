import Foundation

/// `application/x-www-form-urlencoded` bodies and query strings (the WHATWG URL standard's
/// reading): pairs separated by `&`, name and value by the first `=`, `+` is a space,
/// `%XX` bytes decoded as UTF-8. A broken escape or invalid UTF-8 is an error rather than
/// being guessed at.
public enum FormEncoding {
    public static func decode(_ body: String) throws(Open311Errors) -> [(name: String, value: String)] {
        var pairs: [(name: String, value: String)] = []
        for part in body.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = percentDecode(pieces[0]) else { throw invalid(String(pieces[0])) }
            let rawValue = pieces.count > 1 ? pieces[1] : ""
            guard let value = percentDecode(rawValue) else { throw invalid(name) }
            pairs.append((name, value))
        }
        return pairs
    }

    static func percentDecode(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard iterator.count >= 2, let high = hex(iterator.removeFirst()), let low = hex(iterator.removeFirst()) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func invalid(_ name: String) -> Open311Errors {
        Open311Errors([.badParameter(name.isEmpty ? "body" : name, "invalid percent-encoding or UTF-8")])
    }
}

/// Form parameters with the spec's reading of "optional": an empty value is the same as no
/// value. The last occurrence of a plain name wins.
public struct FormParameters: Sendable, Hashable {
    public let pairs: [Pair]

    public struct Pair: Sendable, Hashable {
        public let name: String
        public let value: String
    }

    public init(_ pairs: [(name: String, value: String)]) {
        self.pairs = pairs.map { Pair(name: $0.name, value: $0.value) }
    }

    /// Decodes a body or query string.
    public init(encoded: String) throws(Open311Errors) {
        self.init(try FormEncoding.decode(encoded))
    }

    /// The trimmed value of `name`, nil when absent or empty.
    public subscript(name: String) -> String? {
        let value = pairs.last { $0.name == name }?.value.trimmingCharacters(in: .whitespacesAndNewlines)
        return value?.isEmpty == false ? value : nil
    }

    /// `attribute[code]=v` and `attribute[code][]=v1&attribute[code][]=v2`, by code, empty values dropped.
    public var attributes: [String: [String]] {
        var result: [String: [String]] = [:]
        for pair in pairs where pair.name.hasPrefix("attribute[") {
            var rest = pair.name.dropFirst("attribute[".count)
            guard let close = rest.firstIndex(of: "]") else { continue }
            let code = String(rest[..<close])
            rest = rest[rest.index(after: close)...]
            guard !code.isEmpty, rest.isEmpty || rest == "[]" else { continue }
            let value = pair.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { result[code, default: []].append(value) }
        }
        return result
    }
}
