import Foundation

/// One document of the procedure's list as checked at the desk: how many originals and copies
/// the applicant handed in (Decree 61/2018/NĐ-CP Art. 17.1: the officer checks the dossier
/// against the published list).
public struct ReceivedDocument: Sendable, Hashable, Codable {
    public var name: String
    /// Originals required by the procedure (nil: not stated).
    public var originalsRequired: Int?
    /// Copies required by the procedure (nil: not stated).
    public var copiesRequired: Int?
    public var originalsReceived: Int
    public var copiesReceived: Int

    public init(name: String, originalsRequired: Int?, copiesRequired: Int?, originalsReceived: Int, copiesReceived: Int) {
        self.name = name
        self.originalsRequired = originalsRequired
        self.copiesRequired = copiesRequired
        self.originalsReceived = originalsReceived
        self.copiesReceived = copiesReceived
    }

    /// Whether what was handed in covers what the procedure asks for. A document whose
    /// quantities are not stated counts as complete once at least one paper was received.
    public var isComplete: Bool {
        switch (originalsRequired, copiesRequired) {
        case (nil, nil): originalsReceived + copiesReceived > 0
        default: originalsReceived >= (originalsRequired ?? 0) && copiesReceived >= (copiesRequired ?? 0)
        }
    }
}
