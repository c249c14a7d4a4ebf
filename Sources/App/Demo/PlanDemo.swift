import FluentKit
import Foundation
import Plans
import Platform
import PlanRules
import WorkCalendar

/// The 2024 Diễn Châu plan as written, issued, with a believable first half of 2024: most
/// units reported on Q1 and were accepted, some late; Q2 is mixed (accepted, awaiting review,
/// drafts, one report returned to Phòng Tư pháp, several communes overdue and urged).
public enum PlanDemo {
    /// Loads the plan and its reports once; `units` are the demo units by key ("office", "commune:17413"…).
    public static func load(database: DatabaseHandle, calendar store: CalendarStore, units: [String: UUID]) async throws {
        let db = database.db
        guard try await !PlanStore.list(on: db).contains(where: { $0.year == DienChau2024.year }) else { return }
        var groups: [String: UUID] = [:]
        for code in ["xa-thi-tran-dien-chau", "phong-ban-nganh-huyen"] { groups[code] = try await UnitGroups.find(code: code, on: db)?.id }
        var plan = PlanSeeding.resolve(DienChau2024.plan, PlanSeeding.table(PlanSeeding.dienChau2024Phrases, units: units, groups: groups))
        plan.issuingUnit = units["district"].map { UnitID($0.uuidString) }
        let coordinator = try await PersonStore.find(username: "dieuphoi", on: db)
        let office = AuditActor(personID: coordinator?.id, name: "\(coordinator?.fullName ?? "Văn phòng") (dieuphoi)", address: nil, requestID: nil,
                                at: moment(2024, 2, 20, 9, 0).foundationDate)
        let calendar = try await store.calendar(on: db)
        let id = try await PlanStore.create(plan, actor: office, at: moment(2024, 2, 20, 9, 0), on: database)
        try await PlanStore.transition(id, to: .issued, calendar: calendar, actor: office, at: moment(2024, 2, 26, 8, 0), on: database)
        let keys = Dictionary(units.map { ($0.value.uuidString, $0.key) }, uniquingKeysWith: { a, _ in a })
        let names = try await PlanNames.load(on: db)
        let stored = try await PlanStore.require(id, on: db)
        var people: [String: UUID] = [:]
        for username in ["canbo", "canbo.dienhong", "canbo.dienlam"] {
            if let person = try await PersonStore.find(username: username, on: db) { people[person.unitID.uuidString] = person.id }
        }
        let reviewer = coordinator?.id ?? UUID()
        var overdueCommunes: [ReportingObligation] = []
        for obligation in try await ObligationStore.list(id, on: db) where obligation.due <= LocalDate(year: 2024, month: 6, day: 30)! {
            guard let task = stored.plan.task(obligation.occurrence.task) else { continue }
            let key = keys[obligation.unit.rawValue] ?? ""
            let fate = DemoStory.fate(task: task.number, unitKey: key, sequence: obligation.occurrence.sequence,
                                      due: obligation.due)
            let writer = AuditActor(personID: people[obligation.unit.rawValue], name: "Cán bộ \(names.unit(obligation.unit))", address: nil, requestID: nil,
                                    at: moment(2024, 2, 26, 8, 0).foundationDate)
            let person = people[obligation.unit.rawValue] ?? UUID()
            try await DemoStory.play(fate, planID: id, task: task, obligation: obligation, unitKey: key, writer: writer, person: person,
                                     office: office, reviewer: reviewer, on: database)
            if case .none = fate, key.hasPrefix("commune:"), task.number == "II.10", obligation.occurrence.sequence == 2 {
                overdueCommunes.append(obligation)
            }
        }
        for obligation in overdueCommunes.prefix(5) {
            try await NotificationStore.urge(id, obligation, taskNumber: "II.10", note: DemoStory.urgeNote, actor: office,
                                             at: moment(2024, 7, 3, 8, 30), on: database)
        }
    }

    static func moment(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: y, month: m, day: d)!, hour: h, minute: min)!
    }
}
