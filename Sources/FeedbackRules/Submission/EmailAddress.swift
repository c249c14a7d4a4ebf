import Foundation

/// An e-mail address checked for shape only (whether the mailbox exists is not knowable here).
///
/// One `@`; a local part of letters, digits and `.!#$%&'*+/=?^_`{|}~-` without leading,
/// trailing or doubled dots, at most 64 characters; a domain of at least two labels of
/// letters, digits and inner hyphens, the last one alphabetic; 254 characters in all. The
/// domain is lower-cased.
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 254, trimmed.isASCII else { return nil }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let local = parts[0], domain = parts[1].lowercased()
        guard EmailAddress.isLocalPart(local), EmailAddress.isDomain(domain) else { return nil }
        value = "\(local)@\(domain)"
    }

    public var description: String { value }

    static func isLocalPart(_ local: Substring) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
        return (1...64).contains(local.count) && local.allSatisfy(allowed.contains)
            && !local.hasPrefix(".") && !local.hasSuffix(".") && !local.contains("..")
    }

    static func isDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.count <= 253 else { return false }
        for label in labels {
            guard (1...63).contains(label.count), !label.hasPrefix("-"), !label.hasSuffix("-"),
                  label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return false }
        }
        guard let top = labels.last else { return false }
        return top.count >= 2 && top.allSatisfy(\.isLetter)
    }
}

extension StringProtocol {
    var isASCII: Bool { unicodeScalars.allSatisfy(\.isASCII) }
}
