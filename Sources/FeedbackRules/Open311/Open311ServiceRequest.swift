import Foundation
import WorkCalendar
import Localization

/// `open` or `closed`, the only two statuses of GeoReport v2.
public enum Open311Status: String, Sendable, Hashable, Codable, CaseIterable {
    case open, closed

    /// Open while we still owe something (registering, classifying, forwarding, handling,
    /// answering); closed once answered, published, filed, forwarded to another body or not
    /// accepted. A case reopened after a disagreement is open again.
    public init(_ status: FeedbackStatus) {
        self = status.isOpen ? .open : .closed
    }
}

/// The public representation of a case (GET requests, GET a request). It holds no field for
/// the sender's name, phone, e-mail or address, nor for internal notes or the refusal reason;
/// the description is the published, redacted question only, the location text is redacted,
/// coordinates are rounded to 0.01° (about 1 km) and media URLs are never returned.
public struct Open311ServiceRequest: Sendable, Hashable {
    public let id: String
    public let status: Open311Status
    public let statusNotes: String
    public let serviceCode: String
    public let serviceName: String
    public let description: String?
    public let agencyResponsible: String
    public let serviceNotice: String?
    public let requested: LocalDateTime
    public let updated: LocalDateTime
    public let expected: LocalDateTime?
    public let address: String?
    public let addressID: String?
    public let latitude: Double?
    public let longitude: Double?

    /// The view of `feedback` under `code`. `receivingBody` is named when no unit or other
    /// body is responsible yet; `unitName` names a responsible unit from its identifier (nil:
    /// unknown, so the receiving body is named).
    public init(code: FeedbackCode, feedback: FeedbackCase, location: Open311Location?, receivingBody: String,
                unitName: (String) -> String? = { $0 }, language: Language = .vi) {
        id = code.text
        status = Open311Status(feedback.status)
        statusNotes = feedback.status.name(language) + (feedback.forwarding.map { ": \($0.to)" } ?? "")
        serviceCode = Open311Catalog.serviceCode(feedback.contentKind)
        serviceName = feedback.contentKind.shortName(language)
        description = feedback.publication?.question
        agencyResponsible = feedback.forwarding?.to ?? feedback.unit.flatMap(unitName) ?? receivingBody
        serviceNotice = feedback.publication.map { _ in
            language == .vi ? "Kết quả xử lý đã được công khai" : "The result has been published"
        }
        requested = feedback.receivedAt
        updated = Open311ServiceRequest.updated(feedback)
        expected = status == .open ? feedback.openDeadlines.map(\.due).min() : nil
        address = location?.addressString.map { Redactor().redact($0) }
        addressID = location?.addressID
        latitude = location?.latitude.map(Open311ServiceRequest.coarse)
        longitude = location?.longitude.map(Open311ServiceRequest.coarse)
    }

    /// The spec's `updated_datetime`: the last change; for a closed request, when it closed
    /// (the first entry of the final run of closed statuses). Internal notes do not count.
    static func updated(_ feedback: FeedbackCase) -> LocalDateTime {
        let visible = feedback.history.filter { !$0.isInternal }
        guard let last = visible.last else { return feedback.receivedAt }
        guard !last.status.isOpen else { return last.at }
        var closedAt = last.at
        for entry in visible.reversed() {
            if entry.status.isOpen { break }
            closedAt = entry.at
        }
        return closedAt
    }

    static func coarse(_ degrees: Double) -> Double { (degrees * 100).rounded() / 100 }

    var value: Open311Value {
        func number(_ value: Double?) -> Open311Value { value.map { .number(String($0)) } ?? .text(nil) }
        return .object([
            Open311Field("service_request_id", .text(id)), Open311Field("status", .text(status.rawValue)),
            Open311Field("status_notes", .text(statusNotes)), Open311Field("service_name", .text(serviceName)),
            Open311Field("service_code", .text(serviceCode)), Open311Field("description", .text(description)),
            Open311Field("agency_responsible", .text(agencyResponsible)), Open311Field("service_notice", .text(serviceNotice)),
            Open311Field("requested_datetime", .text(W3CDateTime.format(requested))),
            Open311Field("updated_datetime", .text(W3CDateTime.format(updated))),
            Open311Field("expected_datetime", .text(expected.map(W3CDateTime.format))),
            Open311Field("address", .text(address)), Open311Field("address_id", .text(addressID)),
            Open311Field("zipcode", .text(nil)), Open311Field("lat", number(latitude)), Open311Field("long", number(longitude)),
            Open311Field("media_url", .text(nil)),
        ])
    }

    /// The body of GET requests or GET a request.
    public static func document(_ requests: [Open311ServiceRequest]) -> Open311Document {
        Open311Document(root: "service_requests", value: .list(item: "request", requests.map(\.value)))
    }
}
