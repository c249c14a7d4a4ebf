import WorkCalendar
import Localization

/// Form II.06a, "Tình hình, kết quả giải quyết thủ tục hành chính" (the periodic TTHC control
/// report; Decree 63/2010 Art. 35 as amended, Circular 01/2018/TT-VPCP Art. 11), one row per
/// field or unit, with a total row.
///
/// Columns: received (total, online, in person or postal, carried over) · completed (total,
/// early, on time, late) · pending (total, within deadline, overdue). What counts where is set
/// out in `DossierSnapshot.classification(from:to:policy:)`; every counter is kept separately,
/// so the identities below check the classification rather than restate it:
/// received = online + direct + carried over = completed + pending;
/// completed = early + on time + late; pending = within deadline + overdue.
public struct Report0206a: Sendable, Hashable, Codable {
    public enum Grouping: String, Sendable, Hashable, Codable, CaseIterable {
        /// By field (lĩnh vực), the form's own layout.
        case field
        /// By the competent unit that settles the dossier.
        case competentUnit
        /// By the receiving agency (the code's agency part).
        case receivingAgency
    }

    public struct Received: Sendable, Hashable, Codable {
        public var total = 0, online = 0, direct = 0, carriedOver = 0
    }

    public struct Completed: Sendable, Hashable, Codable {
        public var total = 0, early = 0, onTime = 0, late = 0
    }

    public struct Pending: Sendable, Hashable, Codable {
        public var total = 0, withinDeadline = 0, overdue = 0
    }

    /// One line of the form.
    public struct Row: Sendable, Hashable, Codable {
        public let key: String
        public var received = Received()
        public var completed = Completed()
        public var pending = Pending()

        public init(key: String) {
            self.key = key
        }

        /// Counts one dossier.
        public mutating func add(_ item: PeriodClassification) {
            received.total += 1
            switch item.reception {
            case .online: received.online += 1
            case .direct: received.direct += 1
            case .carriedOver: received.carriedOver += 1
            }
            switch item.outcome {
            case .completed(let timeliness):
                completed.total += 1
                switch timeliness {
                case .early: completed.early += 1
                case .onTime: completed.onTime += 1
                case .late: completed.late += 1
                }
            case .pending(let timeliness):
                pending.total += 1
                switch timeliness {
                case .withinDeadline: pending.withinDeadline += 1
                case .overdue: pending.overdue += 1
                }
            }
        }

        /// The identities that fail, described; empty when all hold.
        public var identityViolations: [LocalizedText] {
            var failures: [LocalizedText] = []
            let r = received, c = completed, p = pending
            if r.total != r.online + r.direct + r.carriedOver {
                failures.append(LocalizedText(vi: "\(key): tổng tiếp nhận \(r.total) ≠ trực tuyến + trực tiếp + kỳ trước",
                                              en: "\(key): received \(r.total) ≠ online + direct + carried over"))
            }
            if r.total != c.total + p.total {
                failures.append(LocalizedText(vi: "\(key): tổng tiếp nhận \(r.total) ≠ đã giải quyết + đang giải quyết",
                                              en: "\(key): received \(r.total) ≠ completed + pending"))
            }
            if c.total != c.early + c.onTime + c.late {
                failures.append(LocalizedText(vi: "\(key): đã giải quyết \(c.total) ≠ trước hạn + đúng hạn + quá hạn",
                                              en: "\(key): completed \(c.total) ≠ early + on time + late"))
            }
            if p.total != p.withinDeadline + p.overdue {
                failures.append(LocalizedText(vi: "\(key): đang giải quyết \(p.total) ≠ trong hạn + quá hạn",
                                              en: "\(key): pending \(p.total) ≠ within deadline + overdue"))
            }
            return failures
        }

        public var identitiesHold: Bool { identityViolations.isEmpty }

        /// The eleven numbers in the form's column order.
        public var values: [Int] {
            [received.total, received.online, received.direct, received.carriedOver,
             completed.total, completed.early, completed.onTime, completed.late,
             pending.total, pending.withinDeadline, pending.overdue]
        }
    }

    public let from: LocalDate
    public let to: LocalDate
    public let grouping: Grouping
    public let policy: ReportPolicy
    /// Rows sorted by key.
    public let rows: [Row]
    public let total: Row

    /// The column headings, in order.
    public static let columns: [LocalizedText] = [
        LocalizedText(vi: "Tổng số hồ sơ tiếp nhận", en: "Received: total"),
        LocalizedText(vi: "Tiếp nhận trực tuyến", en: "Received online"),
        LocalizedText(vi: "Tiếp nhận trực tiếp, bưu chính", en: "Received in person or by post"),
        LocalizedText(vi: "Kỳ trước chuyển qua", en: "Carried over"),
        LocalizedText(vi: "Đã giải quyết: tổng số", en: "Completed: total"),
        LocalizedText(vi: "Trước hạn", en: "Early"),
        LocalizedText(vi: "Đúng hạn", en: "On time"),
        LocalizedText(vi: "Quá hạn", en: "Late"),
        LocalizedText(vi: "Đang giải quyết: tổng số", en: "Pending: total"),
        LocalizedText(vi: "Trong hạn", en: "Within deadline"),
        LocalizedText(vi: "Quá hạn", en: "Overdue"),
    ]

    /// The report of [from, to] (whole days, both included).
    public static func compute(_ dossiers: [DossierSnapshot], from: LocalDate, to: LocalDate,
                               groupedBy grouping: Grouping = .field,
                               policy: ReportPolicy = ReportPolicy()) throws(ReportError) -> Report0206a {
        guard from <= to else { throw .periodEndsBeforeItStarts(from: from, to: to) }
        var rows: [String: Row] = [:]
        var total = Row(key: "")
        for dossier in dossiers {
            guard let item = dossier.classification(from: from, to: to, policy: policy) else { continue }
            let key = groupKey(dossier, grouping)
            rows[key, default: Row(key: key)].add(item)
            total.add(item)
        }
        return Report0206a(from: from, to: to, grouping: grouping, policy: policy,
                           rows: rows.values.sorted { $0.key < $1.key }, total: total)
    }

    /// A report from rows counted elsewhere (e.g. by the database); the total is their sum.
    public init(from: LocalDate, to: LocalDate, grouping: Grouping, policy: ReportPolicy, rows: [Row]) {
        var total = Row(key: "")
        for row in rows {
            total.received.total += row.received.total
            total.received.online += row.received.online
            total.received.direct += row.received.direct
            total.received.carriedOver += row.received.carriedOver
            total.completed.total += row.completed.total
            total.completed.early += row.completed.early
            total.completed.onTime += row.completed.onTime
            total.completed.late += row.completed.late
            total.pending.total += row.pending.total
            total.pending.withinDeadline += row.pending.withinDeadline
            total.pending.overdue += row.pending.overdue
        }
        self.init(from: from, to: to, grouping: grouping, policy: policy, rows: rows, total: total)
    }

    private init(from: LocalDate, to: LocalDate, grouping: Grouping, policy: ReportPolicy, rows: [Row], total: Row) {
        self.from = from
        self.to = to
        self.grouping = grouping
        self.policy = policy
        self.rows = rows
        self.total = total
    }

    /// Every row and the total satisfy the identities, and the rows add up to the total.
    public var identitiesHold: Bool {
        guard rows.allSatisfy(\.identitiesHold), total.identitiesHold else { return false }
        let sums = rows.reduce(into: Array(repeating: 0, count: 11)) { sums, row in
            for (index, value) in row.values.enumerated() { sums[index] += value }
        }
        return sums == total.values
    }

    private static func groupKey(_ dossier: DossierSnapshot, _ grouping: Grouping) -> String {
        switch grouping {
        case .field: dossier.field
        case .competentUnit: dossier.competentUnit
        case .receivingAgency: dossier.receivingAgency.text
        }
    }
}

/// Why a report could not be computed.
public enum ReportError: Error, Sendable, Hashable {
    case periodEndsBeforeItStarts(from: LocalDate, to: LocalDate)

    public var text: LocalizedText {
        switch self {
        case .periodEndsBeforeItStarts(let from, let to):
            LocalizedText(vi: "Kỳ báo cáo kết thúc (\(to.vnFormat)) trước khi bắt đầu (\(from.vnFormat))",
                          en: "The period ends (\(to.vnFormat)) before it starts (\(from.vnFormat))")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
