import Foundation

/// Proof of what was done.
public enum Evidence: Sendable, Hashable, Codable {
    /// A web page (an article on the portal, a post): http or https only.
    case link(url: String, title: String)
    /// A file uploaded and stored by the product.
    case file(FileReference)
    /// A record in the product (an article, a dialogue, a procedure posting…).
    case record(RecordReference)
}

/// An uploaded file: the rules see only its stored id and description.
public struct FileReference: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var contentType: String
    public var byteCount: Int

    public init(id: String, name: String, contentType: String, byteCount: Int) {
        self.id = id
        self.name = name
        self.contentType = contentType
        self.byteCount = byteCount
    }
}

/// A pointer to something else the product stores.
public struct RecordReference: Sendable, Hashable, Codable {
    /// "article", "dialogue", "procedure"…
    public var kind: String
    public var id: String
    /// How to show it ("Bài: Niêm yết TTHC tại xã Diễn Kim").
    public var label: String

    public init(kind: String, id: String, label: String) {
        self.kind = kind
        self.id = id
        self.label = label
    }
}

/// Limits on evidence. Files: PDF, images and office documents up to 5 MB.
public struct EvidencePolicy: Sendable, Hashable, Codable {
    public var maxFileBytes: Int
    public var allowedContentTypes: Set<String>
    public var maxURLLength: Int
    public var maxItems: Int

    public static let standardContentTypes: Set<String> = [
        "application/pdf", "image/jpeg", "image/png", "image/webp",
        "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ]

    public init(maxFileBytes: Int = 5 * 1024 * 1024, allowedContentTypes: Set<String> = standardContentTypes,
                maxURLLength: Int = 2000, maxItems: Int = 50) {
        self.maxFileBytes = maxFileBytes
        self.allowedContentTypes = allowedContentTypes
        self.maxURLLength = maxURLLength
        self.maxItems = maxItems
    }

    /// Whether `text` is an absolute http(s) URL with a host and no spaces or control characters.
    public func isValidLink(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= maxURLLength,
              !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty, !host.hasPrefix("."), !host.hasSuffix(".")
        else { return false }
        return true
    }
}
