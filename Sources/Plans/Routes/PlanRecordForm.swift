import Foundation
import Platform
import PlanRules
import Localization

/// The form of a plan's record (its document facts): read all at once, every problem named by
/// its field; nothing is written until the whole form is valid.
enum PlanRecordForm {
    /// A unit to choose as the issuer.
    struct UnitOption: Sendable {
        var id: UUID
        var name: String
    }

    /// The record as a plan value (no sections), or nil with the reader's errors and echo.
    static func read(_ fields: FormFields, language: Language, units: [UnitOption]) -> (Plan?, FormReader) {
        var r = FormReader(fields, language: language)
        let serial = r.text("so", label: S.serialLabel, maxLength: 20)
        let symbol = r.text("ky-hieu", label: S.symbolLabel, maxLength: 40) ?? "KH-UBND"
        let date = partialDate(&r, "ngay", label: S.issueDateLabel)
        let yearText = r.text("nam", label: S.planYearLabel, required: true, maxLength: 4)
        let title = r.text("tieu-de", label: S.planTitleLabel, required: true, maxLength: 500)
        let unitText = r.text("don-vi-ban-hanh", label: S.issuingUnitLabel, maxLength: 40)
        var issuerName = r.text("co-quan", label: S.issuerNameLabel, maxLength: 300)
        let implementsIssuer = r.text("cap-tren-co-quan", label: S.implementsIssuer, maxLength: 300)
        let implementsNumber = r.text("cap-tren-so", label: S.implementsNumber, maxLength: 60)
        let implementsDate = partialDate(&r, "cap-tren-ngay", label: S.implementsDate)
        let implementsSubject = r.text("cap-tren-trich-yeu", label: S.implementsSubject, maxLength: 1000)
        let bases = lines(&r, "can-cu", S.legalBasesLabel)
        let purposes = lines(&r, "muc-dich", S.purposesLabel)
        let requirements = lines(&r, "yeu-cau", S.requirementsLabel)
        let funding = lines(&r, "kinh-phi", S.fundingLabel)
        let duties = lines(&r, "to-chuc", S.dutiesLabel).map(duty)
        let recipients = lines(&r, "noi-nhan", S.recipientsLabel)
        let signer = Signer(onBehalfOf: r.text("ky-tm", label: S.signerOnBehalf, maxLength: 200) ?? "",
                            capacity: r.text("ky-thay", label: S.signerCapacity, maxLength: 200) ?? "",
                            title: r.text("ky-chuc-vu", label: S.signerTitle, maxLength: 200) ?? "",
                            name: r.text("ky-ten", label: S.signerName, maxLength: 200) ?? "")
        let frequencyText = r.text("ky-bao-cao", label: S.planFrequency, maxLength: 20) ?? ReportingFrequency.quarterly.rawValue
        let frequency = ReportingFrequency(rawValue: frequencyText)
        if frequency == nil { r.fail("ky-bao-cao", message: S.unknownChoice(language)) }

        let year = yearText.flatMap { Int($0) }.flatMap { TaskTime.yearRange.contains($0) ? $0 : nil }
        if yearText != nil, year == nil { r.fail("nam", message: S.yearInvalid(language)) }
        var unit: UnitOption?
        if let unitText {
            unit = units.first { $0.id.uuidString == unitText }
            if unit == nil { r.fail("don-vi-ban-hanh", message: S.unknownChoice(language)) }
        }
        if issuerName == nil { issuerName = unit?.name }
        guard r.isValid, let year, let title, let frequency else { return (nil, r) }
        var implements: ImplementedPlan?
        if implementsIssuer != nil || implementsNumber != nil || implementsDate != nil || implementsSubject != nil {
            implements = ImplementedPlan(reference: reference(implementsNumber, date: implementsDate), issuer: implementsIssuer ?? "",
                                         subject: implementsSubject ?? "")
        }
        var settings = PlanSettings(frequency: frequency)
        settings.coordinatingUnitsReport = fields["phoi-hop-bao-cao"] == "1"
        let plan = Plan(reference: DocumentReference(serial: serial, symbol: symbol, date: date),
                        issuingUnit: unit.map { UnitID($0.id.uuidString) }, issuerName: issuerName ?? "", year: year, title: title,
                        legalBases: bases, purposes: purposes, requirements: requirements, funding: funding, duties: duties,
                        implements: implements, recipients: recipients, signer: signer, settings: settings)
        return (plan, r)
    }

    /// The values to show in the form: a blank plan's defaults, or the plan as stored.
    static func values(_ plan: Plan?, defaultYear: Int) -> [String: String] {
        guard let plan else {
            return ["nam": String(defaultYear), "ky-hieu": "KH-UBND", "ky-bao-cao": ReportingFrequency.quarterly.rawValue]
        }
        var v: [String: String] = [
            "so": plan.reference.serial ?? "", "ky-hieu": plan.reference.symbol, "ngay": plan.reference.date?.vnFormat ?? "",
            "nam": String(plan.year), "tieu-de": plan.title, "don-vi-ban-hanh": plan.issuingUnit?.rawValue ?? "",
            "co-quan": plan.issuerName, "can-cu": plan.legalBases.joined(separator: "\n"),
            "muc-dich": plan.purposes.joined(separator: "\n"), "yeu-cau": plan.requirements.joined(separator: "\n"),
            "kinh-phi": plan.funding.joined(separator: "\n"),
            "to-chuc": plan.duties.map { $0.addressee.isEmpty ? $0.text : "\($0.addressee): \($0.text)" }.joined(separator: "\n"),
            "noi-nhan": plan.recipients.joined(separator: "\n"), "ky-tm": plan.signer.onBehalfOf, "ky-thay": plan.signer.capacity,
            "ky-chuc-vu": plan.signer.title, "ky-ten": plan.signer.name, "ky-bao-cao": plan.settings.frequency.rawValue,
            "phoi-hop-bao-cao": plan.settings.coordinatingUnitsReport ? "1" : "",
        ]
        if let implements = plan.implements {
            v["cap-tren-co-quan"] = implements.issuer
            let serial = implements.reference.serial ?? "…"
            v["cap-tren-so"] = "\(serial)/\(implements.reference.symbol)"
            v["cap-tren-ngay"] = implements.reference.date?.vnFormat ?? ""
            v["cap-tren-trich-yeu"] = implements.subject
        }
        return v
    }

    /// One entry per non-blank line.
    static func lines(_ r: inout FormReader, _ name: String, _ label: LocalizedText) -> [String] {
        (r.text(name, label: label, maxLength: 20_000, multiline: true) ?? "")
            .split(whereSeparator: \.isNewline).map { InputText.clean(String($0)) }.filter { !$0.isEmpty }
    }

    /// "Phòng Tư pháp: Chủ trì …" → the addressee and the duty; a line without ": " is a duty alone.
    static func duty(_ line: String) -> ImplementationDuty {
        guard let colon = line.range(of: ": ") else { return ImplementationDuty(addressee: "", text: line) }
        return ImplementationDuty(addressee: InputText.clean(String(line[..<colon.lowerBound])),
                                  text: InputText.clean(String(line[colon.upperBound...])))
    }

    /// "122/KH-UBND" → serial 122, symbol KH-UBND; "…/KH-UBND" leaves the serial blank.
    static func reference(_ text: String?, date: PartialDate?) -> DocumentReference {
        guard let text, let slash = text.firstIndex(of: "/") else {
            return DocumentReference(serial: text.flatMap(blankPart), symbol: "KH-UBND", date: date)
        }
        let symbol = InputText.clean(String(text[text.index(after: slash)...]))
        return DocumentReference(serial: blankPart(String(text[..<slash])), symbol: symbol.isEmpty ? "KH-UBND" : symbol, date: date)
    }

    /// Nil for a part left blank ("", "…", "...").
    static func blankPart(_ text: String) -> String? {
        let trimmed = InputText.clean(text)
        return trimmed.allSatisfy({ $0 == "." || $0 == "…" }) ? nil : trimmed
    }

    static func partialDate(_ r: inout FormReader, _ name: String, label: LocalizedText) -> PartialDate? {
        guard let text = r.text(name, label: label, maxLength: 20) else { return nil }
        guard let date = parsePartialDate(text) else {
            r.fail(name, message: S.partialDateInvalid(r.language, text))
            return nil
        }
        return date
    }

    /// "21/02/2024", "…/02/2024", "02/2024", "…/…/2024", "2024" (also with "-").
    static func parsePartialDate(_ text: String) -> PartialDate? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { blankPart(String($0)) }
        guard (1...3).contains(parts.count), let yearText = parts.last ?? nil, yearText.count == 4, let year = Int(yearText) else { return nil }
        /// nil: not a number; .some(nil): left blank.
        func number(_ part: String?) -> Int?? {
            guard let part else { return .some(nil) }
            guard part.count <= 2, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else { return nil }
            return .some(value)
        }
        let month = parts.count >= 2 ? number(parts[parts.count - 2]) : .some(nil)
        let day = parts.count == 3 ? number(parts[0]) : .some(nil)
        guard let month, let day else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }
}
