import Formats
import FluentKit
import Foundation
import Localization

/// Reads the unit form: every problem is collected and named by field, nothing is written
/// until the whole form is valid.
public enum UnitForm {
    public static func read(_ fields: FormFields, language: Language, existingID: UUID?, on db: any Database) async throws -> (UnitDraft?, FormReader) {
        var reader = FormReader(fields, language: language)
        let name = reader.text("name", label: S.unitName, required: true, maxLength: 200)
        let kindRaw = reader.text("kind", label: S.unitKind, required: true, maxLength: 40)
        let parentRaw = reader.text("parent_id", label: S.unitParent, maxLength: 40)
        var agencyCode = reader.text("agency_code", label: S.unitAgencyCode, maxLength: 20)
        let gsoCode = reader.text("gso_code", label: S.unitGSOCode, maxLength: 10)
        let address = reader.text("address", label: S.unitAddress, maxLength: 300)
        let phone = reader.text("phone", label: S.unitPhone, maxLength: 30)
        let email = reader.text("email", label: S.unitEmail, maxLength: 120)
        let feedbackAddress = reader.text("feedback_address", label: S.unitFeedbackAddress, maxLength: 300)
        let feedbackPhone = reader.text("feedback_phone", label: S.unitFeedbackPhone, maxLength: 30)
        let validFromRaw = reader.text("valid_from", label: S.unitValidFrom, maxLength: 10)

        let kind = kindRaw.map(UnitKind.init(rawValue:))
        if let kind, !UnitKind.allCases.contains(kind) { reader.fail("kind", S.unitKind, .invalid) }
        var parentID: UUID?
        if let parentRaw {
            if let id = UUID(uuidString: parentRaw), try await UnitStore.find(id, on: db) != nil, id != existingID {
                parentID = id
            } else {
                reader.fail("parent_id", S.unitParent, .invalid)
            }
        }
        if let typed = agencyCode {
            // Trimmed and upper-cased (000.00.00.h41 is accepted) by the one agency-code rule.
            if let code = AgencyCode(typed)?.text {
                agencyCode = code
                if let other = try await UnitStore.findByAgencyCode(code, on: db), other.id != existingID {
                    reader.fail("agency_code", message: S.agencyCodeTaken(language, other.name))
                }
            } else {
                reader.fail("agency_code", message: S.agencyCodeInvalid(language, typed))
                agencyCode = nil
            }
        }
        if let gsoCode, !gsoCode.allSatisfy({ $0.isASCII && $0.isNumber }) { reader.fail("gso_code", S.unitGSOCode, .invalid) }
        for (name, value, label) in [("phone", phone, S.unitPhone), ("feedback_phone", feedbackPhone, S.unitFeedbackPhone)] {
            if let value, !isPhone(value) { reader.fail(name, label, .invalid) }
        }
        if let email, !isEmail(email) { reader.fail("email", S.unitEmail, .invalid) }
        var validFrom: String?
        if let validFromRaw {
            validFrom = VNFormat.parseDay(validFromRaw)
            if validFrom == nil { reader.fail("valid_from", S.unitValidFrom, .invalid) }
        }
        guard reader.isValid, let name, let kind else { return (nil, reader) }
        return (UnitDraft(
            name: name, kind: kind, parentID: parentID, agencyCode: agencyCode, gsoCode: gsoCode, address: address,
            phone: phone, email: email, feedbackAddress: feedbackAddress, feedbackPhone: feedbackPhone,
            validFrom: validFrom), reader)
    }

    /// Vietnamese phone numbers as offices write them: digits with spaces, dots, dashes, a
    /// leading + and parentheses; 8 to 15 digits.
    public static func isPhone(_ text: String) -> Bool {
        let allowed = Set("0123456789 .-+()")
        guard text.allSatisfy({ allowed.contains($0) }) else { return false }
        let digits = text.filter(\.isNumber).count
        return (8...15).contains(digits)
    }

    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(" ") else { return false }
        return !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
    }

    /// The values to show in the form: what was typed, or the unit as stored.
    public static func values(_ unit: UnitRecord?) -> [String: String] {
        guard let unit else { return ["kind": UnitKind.department.rawValue] }
        var v: [String: String] = ["name": unit.name, "kind": unit.kind.rawValue]
        v["parent_id"] = unit.parentID?.uuidString
        v["agency_code"] = unit.agencyCode
        v["gso_code"] = unit.gsoCode
        v["address"] = unit.address
        v["phone"] = unit.phone
        v["email"] = unit.email
        v["feedback_address"] = unit.feedbackAddress
        v["feedback_phone"] = unit.feedbackPhone
        v["valid_from"] = unit.validFrom.map(VNFormat.isoDay)
        return v
    }
}
