import WorkCalendar
import Localization

/// What the public lookup may show about a dossier.
///
/// Circular 01/2018/TT-VPCP Art. 16.2.d: without authentication only the dossier code and how
/// far its settlement has progressed are public; with authentication the applicant also sees
/// the processing status in more detail. Here the code alone gives the code, the stage and
/// the on-time flag; the code plus the last four digits of the applicant's phone adds the
/// timeline and the appointment. Neither view ever holds the applicant's name, ID number,
/// phone, address or e-mail, the documents, officials' names or free-text reasons (Decree
/// 61/2018 Art. 25.4; personal data law, Law 91/2025/QH15): the type has no field for them.
public struct PublicDossierView: Sendable, Hashable, Codable {
    /// One step of the timeline.
    public struct Step: Sendable, Hashable, Codable {
        public let at: LocalDateTime
        public let status: Int
        public let stage: LocalizedText
        /// The event, when it did not change the stage (e.g. the rescheduled appointment).
        public let event: LocalizedText?
    }

    /// Shown only to a verified applicant.
    public struct Detail: Sendable, Hashable, Codable {
        public let timeline: [Step]
        /// The appointment now in force (after an apology, its new date).
        public let appointment: LocalDateTime?
        /// The appointment before the apology (Mẫu 04), when there was one.
        public let originalAppointment: LocalDateTime?
    }

    public let code: String
    /// The national status code (1…10).
    public let status: Int
    public let stage: LocalizedText
    /// Settled without delay, or still within its deadline; nil when not received, withdrawn or
    /// refused at reception.
    public let onTime: Bool?
    /// Whether the last four phone digits matched.
    public let verified: Bool
    public let detail: Detail?

    /// The view for someone who typed the code, and maybe the last four digits of the phone
    /// number on the dossier, at `asOf`.
    public static func lookup(_ dossier: DossierSnapshot, lastFour: String? = nil,
                              asOf: LocalDateTime) -> PublicDossierView {
        let lifecycle = dossier.lifecycle
        let status = lifecycle.status(at: asOf) ?? lifecycle.timeline[0].status
        let verified = lastFour.map { ApplicantID.matchesLastFour($0, phone: dossier.applicant.phone) } ?? false
        var detail: Detail?
        if verified {
            let steps = lifecycle.timeline.filter { $0.at <= asOf }.enumerated().map { index, entry in
                let previous = index > 0 ? lifecycle.timeline[index - 1].status : nil
                return Step(at: entry.at, status: entry.status.code, stage: entry.status.name,
                            event: previous == entry.status ? entry.event?.name : nil)
            }
            let apology = lifecycle.apology.flatMap { $0.issuedAt <= asOf ? $0 : nil }
            detail = Detail(timeline: steps, appointment: lifecycle.appointment(at: asOf),
                            originalAppointment: apology?.originalDue)
        }
        return PublicDossierView(code: dossier.code.text, status: status.code, stage: status.name,
                                 onTime: onTime(dossier, asOf: asOf), verified: verified, detail: detail)
    }

    private static func onTime(_ dossier: DossierSnapshot, asOf: LocalDateTime) -> Bool? {
        let lifecycle = dossier.lifecycle
        guard let received = lifecycle.receivedAt, received <= asOf else { return nil }
        if let closure = lifecycle.closure, closure.at <= asOf {
            guard closure.kind != .withdrawn else { return nil }
            return dossier.timeliness(of: closure) != .late
        }
        return Timeliness.pending(due: lifecycle.legalDue(at: asOf), on: asOf.date) == .withinDeadline
    }
}
