/// The service discovery document GeoReport v2 requires beside the endpoint.
public struct Open311Discovery: Sendable, Hashable {
    public var changeset: String
    public var contact: String
    public var keyService: String
    /// The endpoint's base URL (e.g. `https://example.gov.vn/open311/v2`).
    public var endpointURL: String

    public init(changeset: String, contact: String, keyService: String, endpointURL: String) {
        self.changeset = changeset
        self.contact = contact
        self.keyService = keyService
        self.endpointURL = endpointURL
    }

    public var document: Open311Document {
        Open311Document(root: "discovery", value: .object([
            Open311Field("changeset", .text(changeset)), Open311Field("contact", .text(contact)),
            Open311Field("key_service", .text(keyService)),
            Open311Field("endpoints", .list(item: "endpoint", [.object([
                Open311Field("specification", .text("http://wiki.open311.org/GeoReport_v2")),
                Open311Field("url", .text(endpointURL)), Open311Field("changeset", .text(changeset)),
                Open311Field("type", .text("production")),
                Open311Field("formats", .list(item: "format", Open311Format.allCases.map {
                    .text($0 == .xml ? "text/xml" : "application/json")
                })),
            ])])),
        ]))
    }
}
