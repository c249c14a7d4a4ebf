/// A quantity a unit reports for a task: "Tin, bài đăng tải" counted in "bài viết".
public struct Metric: Sendable, Hashable, Codable, Identifiable {
    /// Stable ASCII key within the task (report values are stored under it).
    public let key: String
    /// What is counted ("Tờ rơi, tờ gấp phát hành").
    public var name: String
    /// The unit of count ("tờ rơi", "bài viết", "người tham gia", "buổi"); may be empty.
    public var unit: String

    public var id: String { key }

    /// `key` defaults to the folded name ("to-roi-to-gap-phat-hanh").
    public init(key: String? = nil, name: String, unit: String = "") {
        self.name = VietnameseText.clean(name)
        self.unit = VietnameseText.clean(unit)
        self.key = key ?? VietnameseText.slug(name)
    }

    /// "Tờ rơi phát hành (tờ rơi)".
    public var label: String { unit.isEmpty ? name : "\(name) (\(unit))" }
}

/// A row of the plan's appendix.
public struct PlanTask: Sendable, Hashable, Codable, Identifiable {
    public var id: TaskID
    /// "II.5": the section's Roman numeral and the row's number.
    public var number: String
    /// Nội dung công việc, as written.
    public var content: String
    /// The lead cell (đơn vị thực hiện) as written, and its phrases.
    public var leadText: String
    public var leadPhrases: [AssigneePhrase]
    /// Who answers for the task. Filled from the phrases once they are matched to units.
    public var lead: [Assignee]
    /// The coordinating cell (đơn vị phối hợp) as written, its phrases and assignees.
    public var coordinatingText: String
    public var coordinatingPhrases: [AssigneePhrase]
    public var coordinating: [Assignee]
    /// Thời gian thực hiện, as written, and as read.
    public var timeText: String
    public var time: TaskTime
    /// Expected outputs (sản phẩm), free text.
    public var outputs: String
    /// What each responsible unit reports in numbers.
    public var metrics: [Metric]

    public init(id: TaskID? = nil, number: String, content: String,
                leadText: String = "", leadPhrases: [AssigneePhrase]? = nil, lead: [Assignee] = [],
                coordinatingText: String = "", coordinatingPhrases: [AssigneePhrase]? = nil,
                coordinating: [Assignee] = [], timeText: String? = nil, time: TaskTime,
                outputs: String = "", metrics: [Metric] = []) {
        self.id = id ?? TaskID(number)
        self.number = number
        self.content = content
        self.leadText = leadText
        self.leadPhrases = leadPhrases ?? AssigneePhrase.split(leadText)
        self.lead = lead
        self.coordinatingText = coordinatingText
        self.coordinatingPhrases = coordinatingPhrases ?? AssigneePhrase.split(coordinatingText)
        self.coordinating = coordinating
        self.timeText = timeText ?? time.text.vi
        self.time = time
        self.outputs = outputs
        self.metrics = metrics
    }

    /// The metric with `key`.
    public func metric(_ key: String) -> Metric? { metrics.first { $0.key == key } }

    /// The units that report on each occurrence: the lead assignees' units, and the
    /// coordinating ones' when the plan says so; each unit once.
    public func reportingUnits(in directory: some UnitDirectory, settings: PlanSettings = PlanSettings()) -> [UnitID] {
        (lead + (settings.coordinatingUnitsReport ? coordinating : [])).responsibleUnits(in: directory)
    }

    /// Fills `lead` and `coordinating` from the phrases: `resolve` returns the assignee a phrase
    /// stands for, or nil, in which case the phrase is kept as an open description.
    public mutating func resolveAssignees(_ resolve: (AssigneePhrase) -> Assignee?) {
        lead = leadPhrases.map { resolve($0) ?? .open($0.text) }
        coordinating = coordinatingPhrases.map { resolve($0) ?? .open($0.text) }
    }
}

/// A section of the appendix ("I. Truyền thông về nội dung, vai trò, ý nghĩa …").
public struct PlanSection: Sendable, Hashable, Codable {
    /// The Roman numeral ("I").
    public var number: String
    public var title: String
    public var tasks: [PlanTask]

    public init(number: String, title: String, tasks: [PlanTask] = []) {
        self.number = number
        self.title = title
        self.tasks = tasks
    }
}
