import Formats
import Catalog
import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// Reads the reception form: every problem at once, in the reader's language, and the values
/// typed so the form can show them again.
struct ReceptionForm {
    struct Context {
        var procedure: Procedure
        var workflow: Workflow
        var receivingUnits: [UnitRecord]
        var competentUnits: [UnitRecord]
        /// The agency code of each receiving unit (its own or its nearest parent's).
        var agencyCodes: [UUID: AgencyCode]
    }

    static func defaultPeriod(_ procedure: Procedure) -> (amount: String, unit: String) {
        guard let time = procedure.channels.compactMap(\.processingTime).first else { return ("", "workingDays") }
        let amount = time.maxAmount ?? time.amount
        let unit: String = switch time.unit {
        case .workingDays: "workingDays"
        case .days: "calendarDays"
        case .hours: "hours"
        case .months: "months"
        case .withinDay: "withinDay"
        }
        return (amount == amount.rounded() ? String(Int(amount)) : "", unit)
    }

    /// The values the empty form starts with.
    static func initialValues(_ c: Context, personUnit: UUID) -> [String: String] {
        let period = defaultPeriod(c.procedure)
        var values = ["kenh": "inPerson", "loai": "individual", "thoi-han": period.amount, "don-vi-thoi-han": period.unit, "ket-qua": "accept"]
        if let desk = c.receivingUnits.first(where: { $0.id == personUnit }) ?? c.receivingUnits.first { values["noi-tiep-nhan"] = desk.id.uuidString }
        if let first = c.competentUnits.first { values["co-quan"] = first.id.uuidString }
        for (index, document) in c.procedure.documents.enumerated() {
            values["ban-chinh-\(index)"] = String(document.originals ?? 0)
            values["ban-sao-\(index)"] = String(document.copies ?? 0)
        }
        return values
    }

    static func read(_ fields: FormFields, _ c: Context, at moment: LocalDateTime, language: Language)
        -> (draft: ReceptionDraft?, errors: [FieldError], echo: [String: String]) {
        var reader = FormReader(fields, language: language)
        let kind = fields["loai"] == "organisation" ? "organisation" : "individual"
        let organisation = kind == "organisation" ? reader.text("to-chuc", label: S.organisationName, required: true) : nil
        let name = reader.text("ho-ten", label: S.fullName, required: true, maxLength: 100)
        let idText = reader.text("cccd", label: S.citizenID, required: kind == "individual", maxLength: 20)
        if let idText {
            do throws(CitizenIDError) { _ = try CitizenID.parse(idText, asOf: moment.date) } catch { reader.fail("cccd", message: error.text(language)) }
        }
        let phoneText = reader.text("dien-thoai", label: S.phone, required: true, maxLength: 20)
        let phone = phoneText.flatMap(ApplicantID.normalisedPhone)
        if phoneText != nil, phone == nil { reader.fail("dien-thoai", message: S.errPhone(language)) }
        let email = reader.text("email", label: S.email, maxLength: 120)
        if let email, !isEmail(email) { reader.fail("email", message: S.errEmail(language)) }
        let notifyByEmail = fields["thong-bao-email"] == "1"
        if notifyByEmail, email == nil { reader.fail("email", message: S.errEmailForNotices(language)) }
        let address = reader.text("dia-chi", label: S.address, required: true, maxLength: 300)
        let channel = SubmissionChannel(rawValue: fields["kenh"] ?? "") ?? .inPerson
        var echo = reader.echo
        echo["loai"] = kind
        echo["kenh"] = channel.rawValue
        echo["thong-bao-email"] = notifyByEmail ? "1" : ""

        var documents: [ReceivedDocument] = []
        for (index, requirement) in c.procedure.documents.enumerated() {
            let originals = count(fields["ban-chinh-\(index)"], "ban-chinh-\(index)", &reader, &echo, language)
            let copies = count(fields["ban-sao-\(index)"], "ban-sao-\(index)", &reader, &echo, language)
            documents.append(ReceivedDocument(name: requirement.name, originalsRequired: requirement.originals, copiesRequired: requirement.copies,
                                              originalsReceived: originals, copiesReceived: copies))
        }
        var fee: Int?
        let feeText = (fields["le-phi"] ?? "").filter { !" .,".contains($0) }
        echo["le-phi"] = fields["le-phi"] ?? ""
        if !feeText.isEmpty {
            if let value = Int(feeText), value >= 0, value < 1_000_000_000_000 { fee = value } else { reader.fail("le-phi", message: S.errFee(language)) }
        }
        let unitText = fields["don-vi-thoi-han"] ?? ""
        let amountText = (fields["thoi-han"] ?? "").trimmingCharacters(in: .whitespaces)
        echo["don-vi-thoi-han"] = unitText
        echo["thoi-han"] = amountText
        var period: Period?
        if let unit = Period.Unit(rawValue: unitText), let amount = unit == .withinDay ? 0 : Int(amountText), (0...365).contains(amount) {
            period = Period(unit: unit, amount: amount)
        } else {
            reader.fail("thoi-han", message: S.errPeriod(language))
        }
        let receiving = c.receivingUnits.first { $0.id.uuidString == fields["noi-tiep-nhan"] }
        let competent = c.competentUnits.first { $0.id.uuidString == fields["co-quan"] }
        echo["noi-tiep-nhan"] = fields["noi-tiep-nhan"] ?? ""
        echo["co-quan"] = fields["co-quan"] ?? ""
        if receiving == nil { reader.fail("noi-tiep-nhan", message: S.errUnit(language)) }
        if competent == nil { reader.fail("co-quan", message: S.errUnit(language)) }
        if let receiving, c.agencyCodes[receiving.id] == nil {
            reader.fail("noi-tiep-nhan", message: S.errNoAgencyCode(language, receiving.name))
        }

        let outcomeKey = fields["ket-qua"] ?? "accept"
        echo["ket-qua"] = outcomeKey
        let reason = reader.text("ly-do", label: S.reasonLabel, maxLength: 2000, multiline: true)
        let missing = documents.filter { !$0.isComplete }.map(\.name)
        var outcome = ReceptionOutcome.accept
        switch outcomeKey {
        case "supplement":
            let list = missing.map { "- \($0)" }.joined(separator: "\n")
            let text = [list, reason ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
            if text.isEmpty { reader.fail("ly-do", message: S.errReasonRequired(language)) }
            outcome = .requestSupplement(reason: text)
        case "refuse":
            if reason == nil { reader.fail("ly-do", message: S.errReasonRequired(language)) }
            outcome = .refuse(reason: reason ?? "")
        default:
            if !missing.isEmpty { reader.fail("ket-qua", message: S.errIncompleteAccept(language, missing.joined(separator: "; "))) }
        }
        guard reader.isValid, let name, let phone, let address, let period, let receiving, let competent,
              let agency = c.agencyCodes[receiving.id] else {
            return (nil, reader.errors, echo)
        }
        let applicant = ApplicantRecord(fullName: organisation.map { "\($0) (\(name))" } ?? name, citizenID: idText ?? "", phone: phone,
                                        address: address, email: email, notifyByEmail: notifyByEmail && email != nil)
        let draft = ReceptionDraft(
            procedureCode: c.procedure.code, procedureName: c.procedure.name, field: c.procedure.field ?? "—", period: period, workflow: c.workflow,
            receivingUnitID: receiving.id, receivingAgency: agency, competentUnitID: competent.id, channel: channel, applicant: applicant,
            documents: documents, feeVND: fee, outcome: outcome, at: moment)
        return (draft, [], echo)
    }

    static func count(_ raw: String?, _ name: String, _ reader: inout FormReader, _ echo: inout [String: String], _ language: Language) -> Int {
        let text = (raw ?? "").trimmingCharacters(in: .whitespaces)
        echo[name] = text
        if text.isEmpty { return 0 }
        guard let value = Int(text), (0...99).contains(value) else {
            reader.fail(name, message: S.errCount(language))
            return 0
        }
        return value
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }
}
