import Foundation
import WorkCalendar
import Localization

/// A valid POST requests: the feedback, ready to be registered like any other, and the
/// Open311 extras. Whether `apiKey` is a key we issued is for the caller to check (403).
public struct Open311NewRequest: Sendable, Hashable {
    public let apiKey: String
    public let serviceCode: String
    public let submission: Submission
    public let location: Open311Location
    public let mediaURL: String?
    public let deviceID: String?
    public let accountID: String?

    /// Parses and validates a POST requests body (GeoReport v2, form-encoded):
    /// `api_key` (403 when missing), `jurisdiction_id`, `service_code` (400 missing, 404
    /// unknown), one location (`lat` & `long`, `address_string` or `address_id`), the
    /// `attribute[…]` fields of the service definition, `first_name`/`last_name` (a
    /// Vietnamese full name is family name first: `last_name first_name`), `phone` (required
    /// here: Decree 20/2008 Art. 7.1.d), `email`, `description` (≤ 4,000 characters),
    /// `media_url` (http or https). Every problem is returned at once.
    public static func parse(_ parameters: FormParameters, endpoint: Open311Endpoint,
                             language: Language = .vi) -> Result<Open311NewRequest, Open311Errors> {
        var errors: [Open311Error] = []
        let apiKey = parameters["api_key"]
        if apiKey == nil { errors.append(.missingAPIKey(language)) }
        if let error = endpoint.jurisdictionError(parameters, language) { errors.append(error) }
        let serviceCode = parameters["service_code"]
        if let serviceCode {
            if Open311Catalog.kind(serviceCode: serviceCode) == nil { errors.append(.serviceNotFound(serviceCode, language)) }
        } else {
            errors.append(.serviceCodeMissing(language))
        }
        let location = self.location(parameters, language, &errors)
        let mediaURL = parameters["media_url"]
        if let mediaURL, !isWebURL(mediaURL) {
            errors.append(.badParameter("media_url", language == .vi ? "phải là địa chỉ http hoặc https" : "must be an http or https URL"))
        }

        let attributes = parameters.attributes
        func attribute(_ code: String) -> String { attributes[code]?.first ?? "" }
        let name = [parameters["last_name"], parameters["first_name"]].compactMap { $0 }.joined(separator: " ")
        let consent = ["yes", "true", "1"].contains(attribute(Open311Catalog.Code.consent).lowercased())
        let form = SubmissionForm(
            senderKind: attribute(Open311Catalog.Code.senderKind), name: name,
            address: attribute(Open311Catalog.Code.senderAddress), phone: parameters["phone"] ?? "",
            email: parameters["email"] ?? "", organisation: attribute(Open311Catalog.Code.organisation),
            procedureCode: attribute(Open311Catalog.Code.procedureCode), regulation: attribute(Open311Catalog.Code.regulation),
            contentKind: serviceCode ?? "", content: parameters["description"] ?? "", consent: consent)
        let validated = SubmissionValidator(limits: .open311).validate(form, channel: .api)
        if case .failure(let rejection) = validated {
            errors += rejection.errors.filter { $0.field != .contentKind }.map { error in
                .badParameter(parameterName(error.field), error.message(language))
            }
        }
        guard errors.isEmpty, let apiKey, let serviceCode, case .success(let submission) = validated else {
            return .failure(Open311Errors(errors))
        }
        return .success(Open311NewRequest(apiKey: apiKey, serviceCode: serviceCode, submission: submission,
                                          location: location, mediaURL: mediaURL,
                                          deviceID: parameters["device_id"], accountID: parameters["account_id"]))
    }

    /// The POST response: the case code as `service_request_id`, a notice, no account id.
    public static func response(code: FeedbackCode, notice: String?) -> Open311Document {
        Open311Document(root: "service_requests", value: .list(item: "request", [.object([
            Open311Field("service_request_id", .text(code.text)),
            Open311Field("service_notice", .text(notice)),
            Open311Field("account_id", .text(nil)),
        ])]))
    }

    private static func location(_ parameters: FormParameters, _ language: Language,
                                 _ errors: inout [Open311Error]) -> Open311Location {
        var location = Open311Location(addressString: parameters["address_string"].map(TextCleaner.line),
                                       addressID: parameters["address_id"])
        let lat = parameters["lat"], long = parameters["long"]
        if lat != nil || long != nil {
            if let lat, let value = Double(lat), value.isFinite, (-90...90).contains(value) {
                location.latitude = value
            } else {
                errors.append(.badParameter("lat", language == .vi ? "vĩ độ WGS84 từ -90 đến 90, gửi cùng long"
                    : "a WGS84 latitude from -90 to 90, sent with long"))
            }
            if let long, let value = Double(long), value.isFinite, (-180...180).contains(value) {
                location.longitude = value
            } else {
                errors.append(.badParameter("long", language == .vi ? "kinh độ WGS84 từ -180 đến 180, gửi cùng lat"
                    : "a WGS84 longitude from -180 to 180, sent with lat"))
            }
        } else if location.addressString == nil && location.addressID == nil {
            errors.append(.badParameter("address_string", language == .vi
                ? "cần một vị trí: lat và long, address_string hoặc address_id (tên xã hoặc cơ quan liên quan là đủ)"
                : "a location is required: lat and long, address_string or address_id (naming the commune or office is enough)"))
        }
        return location
    }

    private static func parameterName(_ field: FormField) -> String {
        switch field {
        case .name: "last_name/first_name"
        case .phone: "phone"
        case .email: "email"
        case .content: "description"
        case .contentKind: "service_code"
        case .address: "attribute[\(Open311Catalog.Code.senderAddress)]"
        case .senderKind: "attribute[\(Open311Catalog.Code.senderKind)]"
        case .organisation: "attribute[\(Open311Catalog.Code.organisation)]"
        case .procedureCode: "attribute[\(Open311Catalog.Code.procedureCode)]"
        case .regulation: "attribute[\(Open311Catalog.Code.regulation)]"
        case .consent: "attribute[\(Open311Catalog.Code.consent)]"
        case .honeypot: "honeypot"
        }
    }

    private static func isWebURL(_ text: String) -> Bool {
        guard text.count <= 2048, let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
