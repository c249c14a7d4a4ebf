import Foundation
import WorkCalendar
import Localization

/// The filters of GET requests (GeoReport v2): `service_request_id` (comma-separated; it
/// overrides every other filter), `service_code` and `status` (comma-separated), and
/// `start_date`/`end_date` (W3C date-times with a time zone) on `requested_datetime`. Without
/// dates the range is the most recent 90 days; a range may not exceed 90 days; at most 1,000
/// requests are returned, newest first.
public struct Open311RequestsQuery: Sendable, Hashable {
    public static let maximumSpanDays = 90
    public static let maximumCount = 1_000

    /// When set, only these requests (and no other filter applies).
    public let ids: [FeedbackCode]?
    public let serviceCodes: Set<String>?
    public let statuses: Set<Open311Status>?
    public let start: Date
    public let end: Date

    public static func parse(_ parameters: FormParameters, now: Date, endpoint: Open311Endpoint,
                             language: Language = .vi) -> Result<Open311RequestsQuery, Open311Errors> {
        var errors: [Open311Error] = []
        if let error = endpoint.jurisdictionError(parameters, language) { errors.append(error) }
        let ids = list(parameters["service_request_id"]).map { items in
            items.compactMap { item -> FeedbackCode? in
                do throws(FeedbackCodeError) { return try FeedbackCode.parse(item) } catch {
                    errors.append(.badParameter("service_request_id", error.message(language)))
                    return nil
                }
            }
        }
        let codes = list(parameters["service_code"])
        for code in codes ?? [] where Open311Catalog.kind(serviceCode: code) == nil {
            errors.append(.badParameter("service_code", language == .vi ? "không có dịch vụ \"\(code)\"" : "no service \"\(code)\""))
        }
        var statuses: Set<Open311Status>?
        if let values = list(parameters["status"]) {
            statuses = Set(values.compactMap { Open311Status(rawValue: $0.lowercased()) })
            if statuses?.count != Set(values.map { $0.lowercased() }).count {
                errors.append(.badParameter("status", language == .vi ? "chỉ nhận open, closed" : "only open, closed"))
            }
        }
        let span = TimeInterval(maximumSpanDays * 86_400)
        let start = date("start_date", parameters, language, &errors)
        let end = date("end_date", parameters, language, &errors)
        let upper = end ?? start.map { min($0.addingTimeInterval(span), max(now, $0)) } ?? now
        let lower = start ?? upper.addingTimeInterval(-span)
        if lower > upper {
            errors.append(.badParameter("end_date", language == .vi ? "phải sau start_date" : "must be after start_date"))
        } else if upper.timeIntervalSince(lower) > span {
            errors.append(.badParameter("end_date", language == .vi ? "khoảng thời gian không được quá 90 ngày"
                : "the range may not span more than 90 days"))
        }
        guard errors.isEmpty else { return .failure(Open311Errors(errors)) }
        return .success(Open311RequestsQuery(ids: ids, serviceCodes: codes.map(Set.init), statuses: statuses,
                                             start: lower, end: upper))
    }

    /// Whether `request` passes the filters.
    public func matches(_ request: Open311ServiceRequest) -> Bool {
        if let ids { return ids.contains { $0.text == request.id } }
        let requested = request.requested.foundationDate
        return requested >= start && requested <= end
            && (serviceCodes?.contains(request.serviceCode) ?? true)
            && (statuses?.contains(request.status) ?? true)
    }

    /// The matching requests, newest first, at most 1,000.
    public func select(_ requests: [Open311ServiceRequest]) -> [Open311ServiceRequest] {
        Array(requests.filter(matches).sorted { ($0.requested, $0.id) > ($1.requested, $1.id) }.prefix(Self.maximumCount))
    }

    private static func list(_ value: String?) -> [String]? {
        let items = value?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return items?.isEmpty == false ? items : nil
    }

    private static func date(_ name: String, _ parameters: FormParameters, _ language: Language,
                             _ errors: inout [Open311Error]) -> Date? {
        guard let text = parameters[name] else { return nil }
        guard let date = W3CDateTime.parse(text) else {
            errors.append(.badParameter(name, language == .vi ? "phải theo định dạng W3C có múi giờ, ví dụ 2010-01-01T00:00:00Z"
                : "must be a W3C date-time with a time zone, e.g. 2010-01-01T00:00:00Z"))
            return nil
        }
        return date
    }
}
