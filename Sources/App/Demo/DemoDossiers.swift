import Catalog
import DossierRules
import Dossiers
import FluentKit
import Formats
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Realistic dossiers for the demo and for benchmarks: received at the demo's one-stop desks
/// between 01/01/2024 and today, each run through the rules event by event (supplements,
/// payments, apologies, late and early results, withdrawals, refusals), so every figure in the
/// statistics comes from a lifecycle the rules accepted.
public enum DemoDossiers {
    /// A small, fast, seeded generator (SplitMix64), so a seed gives the same dossiers.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    struct Desk {
        var unit: UnitRecord
        var agency: AgencyCode
        var procedures: [(Procedure, Period)]
        var competent: UnitRecord
        /// The last day the desk received dossiers, when it no longer does.
        var until: LocalDate?
    }

    static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    static let middleNames = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Xuân", "Thu"]
    static let givenNames = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"]
    static let hamlets = ["xóm 1", "xóm 2", "xóm 3", "xóm Bắc", "xóm Nam", "khối 4", "xóm Trung"]

    /// Generates `count` dossiers; `codesOut` receives up to 10,000 lines `CODE LAST4`.
    @discardableResult
    public static func generate(count: Int, seed: UInt64, until: LocalDate, history: Bool, env: AppEnvironment,
                                codesOut: String? = nil) async throws -> Int {
        let db = env.database.db
        let calendar = try await env.calendar.calendar(on: db)
        let desks = try await loadDesks(db)
        guard !desks.isEmpty else { throw CommandError("Chưa có Bộ phận Một cửa nào được giao thủ tục: hãy chạy minhbach demo trước.") }
        var random = Random(state: seed)
        var counters = try await DossierBulkLoader.counters(on: db)
        let start = LocalDate(year: 2024, month: 1, day: 2)!
        let now = LocalDateTime(date: until, hour: 16, minute: 0)!
        let span = until.daysSince(start)
        var items: [DossierBulkLoader.Item] = []
        var codes: [String] = []
        var made = 0
        items.reserveCapacity(min(count, 5000))
        while made < count {
            // One in ten in the last month, so today's desk has work in every state.
            var day = random.chance(0.1) ? until.adding(days: -random.int(0...30)) : start.adding(days: random.int(0...span))
            while !calendar.isWorkingDay(day) { day = day.adding(days: 1) }
            if day > until { continue }
            let desk = random.pick(desks)
            if let opened = desk.unit.validFrom, day.iso < opened { continue }
            if let closed = desk.unit.validTo, day.iso > closed { continue }
            if let closed = desk.until, day > closed { continue }
            let (procedure, period) = random.pick(desk.procedures)
            let submitted = LocalDateTime(date: day, minutes: random.int(7 * 60 + 30...16 * 60 + 45))!
            let key = "\(desk.agency.text)|\(String(day.iso.replacingOccurrences(of: "-", with: "").dropFirst(2)))"
            let sequence = (counters[key] ?? 0) + 1
            guard sequence <= 9999 else { continue }
            counters[key] = sequence
            let code = try DossierCode.make(agency: desk.agency, day: day, sequence: sequence)
            let channel: SubmissionChannel = random.chance(0.3) ? .online : (random.chance(0.1) ? .postal : .inPerson)
            let lifecycle = simulate(DossierCase(submittedAt: submitted, period: period), &random, calendar: calendar, now: now)
            let applicant = person(&random)
            var register: Int?
            if let accepted = lifecycle.receivedAt {
                let registerKey = "register:\(desk.unit.id.uuidString)|\(accepted.date.year)"
                register = (counters[registerKey] ?? 0) + 1
                counters[registerKey] = register
            }
            let documents = procedure.documents.map {
                ReceivedDocument(name: $0.name, originalsRequired: $0.originals, copiesRequired: $0.copies,
                                 originalsReceived: $0.originals ?? 1, copiesReceived: $0.copies ?? 0)
            }
            let rating = lifecycle.status == .resultReturned && random.chance(0.4) ? (random.chance(0.8) ? 3 : random.int(1...2)) : nil
            let snapshot = DossierSnapshot(code: code, procedureCode: procedure.code, field: procedure.field ?? "—",
                                           competentUnit: desk.competent.id.uuidString, channel: channel, lifecycle: lifecycle, applicant: applicant)
            items.append(.init(snapshot: snapshot, procedureName: procedure.name, receivingUnitID: desk.unit.id, competentUnitID: desk.competent.id,
                               documents: documents, feeVND: random.chance(0.3) ? random.int(1...10) * 5000 : nil, rating: rating, registerNumber: register))
            if codes.count < 10_000, let last4 = ApplicantID.lastFour(phone: applicant.phone) { codes.append("\(code.text) \(last4)") }
            made += 1
            if items.count >= 5000 {
                try await DossierBulkLoader.load(items, counters: [:], history: history, on: env.database)
                items.removeAll(keepingCapacity: true)
            }
        }
        try await DossierBulkLoader.load(items, counters: counters, history: history, on: env.database)
        if let codesOut { try (codes.joined(separator: "\n") + "\n").write(toFile: codesOut, atomically: true, encoding: .utf8) }
        return made
    }

    static func person(_ random: inout Random) -> ApplicantRecord {
        let name = "\(random.pick(familyNames)) \(random.pick(middleNames)) \(random.pick(givenNames))"
        let phone = "09\(random.int(10_000_000...99_999_999))"
        let id = "040\(random.int(0...1))\(String(format: "%02d", random.int(60...99)))\(String(format: "%06d", random.int(0...999_999)))"
        return ApplicantRecord(fullName: name, citizenID: id, phone: phone, address: "\(random.pick(hamlets)), xã Diễn Châu, tỉnh Nghệ An")
    }

    /// Runs one dossier's life up to `now`: most are accepted and finished on time; some need
    /// a supplement, a payment, an apology; some are late, stopped or withdrawn.
    static func simulate(_ start: DossierCase, _ random: inout Random, calendar: HolidayCalendar, now: LocalDateTime) -> DossierCase {
        var lifecycle = start
        var clock = start.submittedAt
        func step(_ make: (LocalDateTime) -> DossierEvent, after minutes: Int) -> Bool {
            var moment = clock.adding(minutes: minutes)
            if !calendar.isWorkingDay(moment.date) || moment.minutes > 17 * 60 {
                let next = calendar.nextWorkingDay(after: moment.date)
                moment = LocalDateTime(date: next, minutes: 8 * 60 + random.int(0...180))!
            }
            guard moment <= now else { return false }
            do { try lifecycle.apply(make(moment), calendar: calendar) } catch { return false }
            clock = moment
            return true
        }
        if random.chance(0.02) { _ = step({ .refuse(at: $0, reason: "Thủ tục không thuộc thẩm quyền tiếp nhận") }, after: 15); return lifecycle }
        if random.chance(0.03) {
            guard step({ .requestSupplement(at: $0, reason: "Thiếu bản sao giấy tờ tùy thân") }, after: 10) else { return lifecycle }
            guard random.chance(0.8), step({ .supplementReceived(at: $0) }, after: random.int(1...5) * 1440) else { return lifecycle }
        }
        // Online submissions wait for the desk's check; some accepted dossiers wait to be sent on.
        let check = random.chance(0.3) ? random.int(1...3) * 1440 : 10
        guard step({ .accept(at: $0) }, after: check), step({ .startProcessing(at: $0) }, after: random.chance(0.1) ? 2 * 1440 : 60) else { return lifecycle }
        if random.chance(0.05) {
            guard step({ .requestPayment(at: $0) }, after: 1440), step({ .paymentReceived(at: $0) }, after: random.int(1...4) * 1440) else { return lifecycle }
        }
        if random.chance(0.08) {
            guard step({ .requestSupplement(at: $0, reason: "Cần bổ sung xác nhận của UBND xã", applicantAtFault: random.chance(0.5)) }, after: 1440) else { return lifecycle }
            guard random.chance(0.9), step({ .supplementReceived(at: $0) }, after: random.int(1...6) * 1440) else { return lifecycle }
        }
        if random.chance(0.01) { _ = step({ .withdraw(at: $0) }, after: 1440); return lifecycle }
        if random.chance(0.01) { _ = step({ .stop(at: $0, reason: "Không đủ điều kiện theo quy định") }, after: 2880); return lifecycle }
        guard let due = lifecycle.legalDue else { return lifecycle }
        let late = random.chance(0.07)
        if late, random.chance(0.5), let apologyDay = Optional(calendar.previousWorkingDay(before: due.date)) {
            let newDue = LocalDateTime(date: calendar.addingWorkingDays(random.int(1...3), to: due.date), minutes: due.minutes)!
            let at = LocalDateTime(date: apologyDay, minutes: 9 * 60)!
            if at > clock, at <= now { try? lifecycle.apply(.apologise(at: at, reason: "Cần xác minh thêm thông tin", newDue: newDue), calendar: calendar) }
            clock = max(clock, lifecycle.lastChangeAt)
        }
        let target: LocalDate = late ? calendar.addingWorkingDays(random.int(1...4), to: due.date)
            : (random.chance(0.6) ? calendar.previousWorkingDay(before: due.date, times: random.int(0...2)) : due.date)
        let finish = LocalDateTime(date: max(target, clock.date), minutes: random.int(8 * 60...16 * 60 + 30))!
        guard finish > clock, finish <= now else { return lifecycle }
        if (try? lifecycle.apply(.complete(at: finish), calendar: calendar)) == nil { return lifecycle }
        clock = finish
        _ = step({ .returnResult(at: $0) }, after: random.int(0...3) * 1440 + 30)
        return lifecycle
    }

    static func loadDesks(_ db: any Database) async throws -> [Desk] {
        let units = try await UnitModel.query(on: db).all().map(\.record)
        let byID = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var desks: [Desk] = []
        for unit in units where unit.kind == .oneStopDesk && (unit.validTo ?? "9999") >= "2024-01-01" {
            var agency: AgencyCode?
            var current: UnitRecord? = unit
            while let u = current, agency == nil {
                agency = u.agencyCode.flatMap(AgencyCode.init)
                current = u.parentID.flatMap { byID[$0] }
            }
            guard let agency else { continue }
            var procedures: [(Procedure, Period)] = []
            for code in try await ProcedureStore.codes(receivedBy: unit.id, on: db).sorted() {
                guard let p = try await ProcedureStore.find(code, on: db), let time = p.channels.compactMap(\.processingTime).first,
                      time.amount == time.amount.rounded(), time.amount >= 1 || time.unit == .withinDay else { continue }
                let amount = Int(time.maxAmount ?? time.amount)
                let period: Period = switch time.unit {
                case .workingDays: .workingDays(amount)
                case .days: .calendarDays(amount)
                case .hours: .hours(amount)
                case .months: .months(amount)
                case .withinDay: .withinDay
                }
                procedures.append((p, period))
            }
            guard let parent = unit.parentID.flatMap({ byID[$0] }) else { continue }
            desks.append(Desk(unit: unit, agency: agency, procedures: procedures, competent: parent))
        }
        // Before 01/7/2025 the district's desk received the civil-status dossiers that the new
        // communes' desks receive now: it stands in for them in the demo's earlier years.
        let borrowed = desks.first { !$0.procedures.isEmpty }?.procedures ?? []
        return desks.compactMap { desk in
            var desk = desk
            if desk.procedures.isEmpty {
                guard desk.unit.validFrom == nil, desk.competent.kind == .districtCommittee, !borrowed.isEmpty else { return nil }
                desk.procedures = borrowed
                desk.until = LocalDate(year: 2025, month: 6, day: 30)
            }
            return desk
        }
    }
}

extension HolidayCalendar {
    /// The working day `times` working days before `date` (times 0: the latest working day not after it).
    fileprivate func previousWorkingDay(before date: LocalDate, times: Int = 1) -> LocalDate {
        var day = date
        var left = times
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        while left > 0 {
            day = day.adding(days: -1)
            if isWorkingDay(day) { left -= 1 }
        }
        return day
    }
}

extension LocalDateTime {
    fileprivate func adding(minutes: Int) -> LocalDateTime {
        let total = self.minutes + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return LocalDateTime(date: date.adding(days: days), minutes: total - days * 1440) ?? self
    }
}
