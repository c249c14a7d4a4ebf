/// A communication plan (kế hoạch truyền thông) as issued by a People's Committee
/// (docs/LEGAL-READINGS.md §6): its document facts, the sections of its appendix, and its reporting settings.
public struct Plan: Sendable, Hashable, Codable {
    /// Number and date; either part may be blank ("Kế hoạch số …/KH-UBND ngày …/02/2024").
    public var reference: DocumentReference
    /// The issuing unit, when it is a unit of the product, and its name as printed.
    public var issuingUnit: UnitID?
    public var issuerName: String
    public var year: Int
    public var title: String
    /// Căn cứ: one document per entry.
    public var legalBases: [String]
    /// I.1 Mục đích and I.2 Yêu cầu, one paragraph per entry.
    public var purposes: [String]
    public var requirements: [String]
    /// III. Kinh phí thực hiện.
    public var funding: [String]
    /// IV. Tổ chức thực hiện.
    public var duties: [ImplementationDuty]
    /// The plan this one carries out (the province's Kế hoạch 122/KH-UBND for 2024).
    public var implements: ImplementedPlan?
    /// Nơi nhận.
    public var recipients: [String]
    public var signer: Signer
    public var settings: PlanSettings
    public internal(set) var status: PlanStatus
    public var sections: [PlanSection]

    public init(reference: DocumentReference = DocumentReference(), issuingUnit: UnitID? = nil,
                issuerName: String = "", year: Int, title: String, legalBases: [String] = [],
                purposes: [String] = [], requirements: [String] = [], funding: [String] = [],
                duties: [ImplementationDuty] = [], implements: ImplementedPlan? = nil,
                recipients: [String] = [], signer: Signer = Signer(), settings: PlanSettings = PlanSettings(),
                status: PlanStatus = .draft, sections: [PlanSection] = []) {
        self.reference = reference
        self.issuingUnit = issuingUnit
        self.issuerName = issuerName
        self.year = year
        self.title = title
        self.legalBases = legalBases
        self.purposes = purposes
        self.requirements = requirements
        self.funding = funding
        self.duties = duties
        self.implements = implements
        self.recipients = recipients
        self.signer = signer
        self.settings = settings
        self.status = status
        self.sections = sections
    }

    /// Every task, in the appendix's order.
    public var tasks: [PlanTask] { sections.flatMap(\.tasks) }

    /// The task with `id`.
    public func task(_ id: TaskID) -> PlanTask? { tasks.first { $0.id == id } }

    /// The task numbered `number` ("II.5").
    public func task(numbered number: String) -> PlanTask? { tasks.first { $0.number == number } }
}

/// One item of section IV: who (the addressee) and what they do.
public struct ImplementationDuty: Sendable, Hashable, Codable {
    /// "Văn phòng HĐND và UBND huyện".
    public var addressee: String
    public var text: String
    /// The units concerned, when matched.
    public var assignees: [Assignee]

    public init(addressee: String, text: String, assignees: [Assignee] = []) {
        self.addressee = addressee
        self.text = text
        self.assignees = assignees
    }
}
