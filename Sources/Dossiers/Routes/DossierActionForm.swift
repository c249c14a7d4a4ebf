import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// Reads the small form behind each action on a dossier's page.
enum DossierActionForm {
    /// The actions the dossier's status allows, in the order staff meet them.
    static func available(_ record: DossierRecord) -> [String] {
        let lifecycle = record.lifecycle
        var actions: [String] = []
        switch lifecycle.status {
        case .newOnline: actions = ["accept", "requestSupplement", "refuse", "withdraw"]
        case .accepted: actions = ["startProcessing", "requestSupplement", "withdraw"]
        case .processing: actions = ["handover", "consult", "requestSupplement", "requestPayment", "complete", "stop", "withdraw"]
        case .supplementRequested: actions = ["supplementReceived", "withdraw"]
        case .paymentRequested: actions = ["paymentReceived", "handover", "withdraw"]
        case .processingComplete: actions = ["returnResult"]
        default: actions = []
        }
        if lifecycle.status.clockRuns, lifecycle.apology == nil, lifecycle.legalDue != nil { actions.append("apologise") }
        return actions
    }

    static func read(_ name: String, _ fields: FormFields, record: DossierRecord, units: DossierUnits, language: Language)
        -> (action: DossierAction?, errors: [FieldError], echo: [String: String]) {
        var reader = FormReader(fields, language: language)
        func unit(_ field: String) -> UUID? {
            guard let id = UUID(uuidString: fields[field] ?? ""), units.byID[id] != nil else {
                reader.fail(field, message: S.errUnit(language))
                return nil
            }
            return id
        }
        let action: DossierAction?
        switch name {
        case "accept": action = .accept
        case "refuse":
            action = reader.text("\(name)-ly-do", label: S.reasonLabel, required: true, maxLength: 2000, multiline: true).map { .refuse(reason: $0) }
        case "startProcessing", "handover":
            let target = unit("\(name)-don-vi")
            let person = reader.text("\(name)-nguoi-nhan", label: S.toPerson, maxLength: 100) ?? ""
            let note = reader.text("\(name)-ghi-chu", label: S.noteLabel, maxLength: 1000, multiline: true)
            action = target.map { name == "handover" ? .handover(toUnit: $0, toPerson: person, note: note) : .startProcessing(toUnit: $0, toPerson: person, note: note) }
        case "consult":
            let target = unit("consult-don-vi")
            let person = reader.text("consult-nguoi-nhan", label: S.toPerson, maxLength: 100) ?? ""
            let question = reader.text("consult-ghi-chu", label: S.noteLabel, required: true, maxLength: 1000, multiline: true)
            let due = day("consult-han", &reader, language)
            if let target, let question, let due, let moment = LocalDateTime(date: due, hour: 17, minute: 0) {
                action = .consult(toUnit: target, toPerson: person, due: moment, question: question)
            } else { action = nil }
        case "consultationAnswered":
            let answer = reader.text("consultationAnswered-ghi-chu", label: S.noteLabel, required: true, maxLength: 1000, multiline: true)
            let id = Int(fields["consultationAnswered-phieu"] ?? "")
            action = (answer != nil && id != nil) ? .consultationAnswered(handoverID: id ?? 0, answer: answer ?? "") : nil
        case "requestSupplement":
            let reason = reader.text("\(name)-ly-do", label: S.reasonLabel, required: true, maxLength: 2000, multiline: true)
            let fault: Bool? = fields["\(name)-loi-nguoi-nop"] == "1" ? true : nil
            action = reason.map { .requestSupplement(reason: $0, applicantAtFault: fault) }
        case "supplementReceived": action = .supplementReceived
        case "requestPayment": action = .requestPayment(note: reader.text("\(name)-ghi-chu", label: S.noteLabel, maxLength: 1000, multiline: true))
        case "paymentReceived": action = .paymentReceived
        case "stop":
            action = reader.text("\(name)-ly-do", label: S.reasonLabel, required: true, maxLength: 2000, multiline: true).map { .stop(reason: $0) }
        case "complete": action = .complete(note: reader.text("\(name)-ghi-chu", label: S.noteLabel, maxLength: 1000, multiline: true))
        case "returnResult":
            action = reader.text("\(name)-nguoi-nhan", label: S.receivedBy, required: true, maxLength: 100).map { .returnResult(receivedBy: $0) }
        case "withdraw": action = .withdraw(note: reader.text("\(name)-ghi-chu", label: S.noteLabel, maxLength: 1000, multiline: true))
        case "apologise":
            let reason = reader.text("\(name)-ly-do", label: S.reasonLabel, required: true, maxLength: 2000, multiline: true)
            let due = day("\(name)-ngay", &reader, language)
            let hour = record.lifecycle.legalDue?.minutes ?? 17 * 60
            if let reason, let due, let moment = LocalDateTime(date: due, minutes: hour) {
                action = .apologise(reason: reason, newDue: moment)
            } else { action = nil }
        default:
            return (nil, [FieldError(field: "main", message: S.errorNotFound(language))], [:])
        }
        var echo = reader.echo
        for (key, values) in fields.values where key.hasPrefix(name) { echo[key] = values.first }
        return reader.isValid ? (action, [], echo) : (nil, reader.errors, echo)
    }

    /// A day typed as dd/mm/yyyy or picked as yyyy-mm-dd.
    static func day(_ field: String, _ reader: inout FormReader, _ language: Language) -> LocalDate? {
        let text = (reader.fields[field] ?? "").trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: text) { return iso }
        let parts = text.split(separator: "/").compactMap { Int($0) }
        if parts.count == 3, let date = LocalDate(year: parts[2], month: parts[1], day: parts[0]) { return date }
        reader.fail(field, message: S.dateHint(language))
        return nil
    }
}
