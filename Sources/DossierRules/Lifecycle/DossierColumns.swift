import WorkCalendar

/// The columns that lists, the public lookup and form II.06a read, derived from the lifecycle
/// so that the database never holds a fact the rules did not compute.
public struct DossierColumns: Sendable, Hashable {
    public var status: Int
    public var acceptedOn: String?
    public var closedAt: String?
    public var closedOn: String?
    public var closureKind: String?
    /// Early / on time / late of the closure, judged with the default report policy.
    public var completion: String?
    public var legalDue: String?
    public var appointment: String?
    public var apologised: Bool
    /// The step function of the legal due moment: (from, due day or nil while suspended).
    public var deadlines: [(from: String, dueOn: String?)]

    public init(_ snapshot: DossierSnapshot) {
        let lifecycle = snapshot.lifecycle
        status = lifecycle.status.code
        acceptedOn = lifecycle.receivedAt?.date.iso
        let closure = lifecycle.closure
        closedAt = closure?.at.iso
        closedOn = closure?.at.date.iso
        closureKind = closure?.kind.rawValue
        completion = closure.map { snapshot.timeliness(of: $0).rawValue }
        legalDue = lifecycle.legalDue?.iso
        appointment = lifecycle.appointment?.iso
        apologised = lifecycle.apology != nil
        // Several changes at one moment: the last one is in force.
        var byMoment: [(from: String, dueOn: String?)] = []
        for change in lifecycle.dueChanges {
            if byMoment.last?.from == change.from.iso { byMoment.removeLast() }
            byMoment.append((change.from.iso, change.due?.date.iso))
        }
        deadlines = byMoment
    }

    public static func == (lhs: DossierColumns, rhs: DossierColumns) -> Bool {
        lhs.status == rhs.status && lhs.acceptedOn == rhs.acceptedOn && lhs.closedAt == rhs.closedAt
            && lhs.completion == rhs.completion && lhs.legalDue == rhs.legalDue && lhs.appointment == rhs.appointment
            && lhs.deadlines.map(\.from) == rhs.deadlines.map(\.from) && lhs.deadlines.map(\.dueOn) == rhs.deadlines.map(\.dueOn)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(status)
        hasher.combine(legalDue)
    }
}
