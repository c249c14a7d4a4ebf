import WorkCalendar
import Localization

/// The jurisdiction an endpoint serves, and the checks every method shares.
///
/// GeoReport v2: `jurisdiction_id` is required only when an endpoint serves several
/// jurisdictions; otherwise it may be omitted. When given, it must be ours (404 otherwise).
public struct Open311Endpoint: Sendable, Hashable, Codable {
    /// E.g. `dienchau.nghean.gov.vn` (the spec suggests the website's host without `www`).
    public var jurisdictionID: String
    public var servesMultipleJurisdictions: Bool

    public init(jurisdictionID: String, servesMultipleJurisdictions: Bool = false) {
        self.jurisdictionID = jurisdictionID
        self.servesMultipleJurisdictions = servesMultipleJurisdictions
    }

    /// The error for the `jurisdiction_id` in `parameters`, if any.
    public func jurisdictionError(_ parameters: FormParameters, _ language: Language) -> Open311Error? {
        guard let given = parameters["jurisdiction_id"] else {
            return servesMultipleJurisdictions ? .jurisdictionMissing(language) : nil
        }
        return given.lowercased() == jurisdictionID.lowercased() ? nil : .jurisdictionNotFound(given, language)
    }

    /// Checks for GET services and GET services/{code}: the jurisdiction, then the code.
    public func checkServiceDefinition(code: String, _ parameters: FormParameters,
                                       _ language: Language) -> Result<Open311Document, Open311Errors> {
        if let error = jurisdictionError(parameters, language) { return .failure(Open311Errors([error])) }
        guard let document = Open311Catalog.definition(serviceCode: code, language) else {
            return .failure(Open311Errors([code.isEmpty ? .serviceCodeMissing(language) : .serviceNotFound(code, language)]))
        }
        return .success(document)
    }

    /// GET services.
    public func services(_ parameters: FormParameters, _ language: Language) -> Result<Open311Document, Open311Errors> {
        if let error = jurisdictionError(parameters, language) { return .failure(Open311Errors([error])) }
        return .success(Open311Catalog.services(language))
    }
}

/// Where a request is about. Feedback on regulations rarely has a map location: an
/// `address_string` naming the commune or office concerned is enough, and coordinates are
/// never required.
public struct Open311Location: Sendable, Hashable, Codable {
    public var latitude: Double?
    public var longitude: Double?
    public var addressString: String?
    public var addressID: String?

    public init(latitude: Double? = nil, longitude: Double? = nil, addressString: String? = nil, addressID: String? = nil) {
        self.latitude = latitude
        self.longitude = longitude
        self.addressString = addressString
        self.addressID = addressID
    }
}
