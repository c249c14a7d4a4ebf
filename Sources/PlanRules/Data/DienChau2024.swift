import WorkCalendar

/// The 2024 communication plan of UBND huyện Diễn Châu, as written (transcribed from the plan
/// and its appendix; its structure is described in docs/LEGAL-READINGS.md §6). Demo data and a
/// test fixture.
///
/// Number and day are blank, as in the document ("Kế hoạch số …/KH-UBND ngày …/02/2024").
/// Tasks carry the appendix's wording; assignees are phrases with a suggested kind and are not
/// yet matched to units (`lead` and `coordinating` are empty until `resolveAssignees`).
/// Metrics are not in the appendix: each task carries a suggestion of ours (`suggestedMetrics`).
public enum DienChau2024 {
    public static let year = 2024

    /// The plan, status draft, with every task of the appendix and the suggested metrics.
    public static var plan: Plan {
        Plan(
            reference: DocumentReference(serial: nil, symbol: "KH-UBND", date: PartialDate(year: 2024, month: 2)),
            issuerName: "UBND huyện Diễn Châu",
            year: year,
            title: "Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn huyện Diễn Châu",
            legalBases: legalBases, purposes: purposes, requirements: requirements, funding: funding,
            duties: duties,
            implements: ImplementedPlan(
                reference: DocumentReference(serial: "122", symbol: "KH-UBND",
                                             date: PartialDate(year: 2024, month: 2, day: 21)),
                issuer: "UBND tỉnh Nghệ An",
                subject: "ban hành Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2024"
                    + " trên địa bàn tỉnh Nghệ An"),
            recipients: recipients,
            signer: Signer(onBehalfOf: "TM. UỶ BAN NHÂN DÂN", capacity: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH",
                           name: "Lê Mạnh Hiên"),
            sections: [
                PlanSection(number: "I", title: "Truyền thông về nội dung, vai trò, ý nghĩa của hoạt động kiểm soát TTHC",
                            tasks: sectionI),
                PlanSection(number: "II", title: "Truyền thông hỗ trợ hoạt động kiểm soát TTHC; công tác tiếp nhận, xử lý"
                                + " phản ánh, kiến nghị về quy định hành chính",
                            tasks: sectionII),
            ])
    }

    /// A task of the appendix: the cells as written, the phrases each cell names with their kind.
    static func task(_ number: String, _ content: String,
                     lead: String, _ leadPhrases: [(String, Assignee.Kind)],
                     coordinating: String, _ coordinatingPhrases: [(String, Assignee.Kind)],
                     time: String, _ value: TaskTime) -> PlanTask {
        PlanTask(number: number, content: content,
                 leadText: lead, leadPhrases: leadPhrases.map { AssigneePhrase($0.0, kind: $0.1) },
                 coordinatingText: coordinating,
                 coordinatingPhrases: coordinatingPhrases.map { AssigneePhrase($0.0, kind: $0.1) },
                 timeText: time, time: value, metrics: suggestedMetrics[number] ?? [])
    }

    /// Our suggestion of what each task's units count (the appendix has no such column).
    public static let suggestedMetrics: [String: [Metric]] = [
        "I.1": [Metric(name: "Cuộc giám sát phối hợp", unit: "cuộc")],
        "I.2": [Metric(name: "Buổi tuyên truyền lồng ghép", unit: "buổi"),
                Metric(name: "Người tham gia", unit: "người tham gia")],
        "I.3": [Metric(name: "Tin, bài đăng tải", unit: "bài viết"), Metric(name: "Phóng sự", unit: "phóng sự")],
        "II.1": [Metric(name: "Buổi tuyên truyền", unit: "buổi"), Metric(name: "Tin, bài đăng tải", unit: "bài viết")],
        "II.2": [Metric(name: "Lượt hướng dẫn", unit: "lượt")],
        "II.3": [Metric(name: "Tin, bài đăng tải", unit: "bài viết"), Metric(name: "Buổi tuyên truyền", unit: "buổi")],
        "II.4": [Metric(name: "Tin, bài đăng tải", unit: "bài viết")],
        "II.5": [Metric(name: "Người tham gia cuộc thi", unit: "người tham gia"), Metric(name: "Bài dự thi", unit: "bài")],
        "II.6": [Metric(name: "Sổ tay phát hành", unit: "cuốn"), Metric(name: "Tờ rơi, tờ gấp phát hành", unit: "tờ rơi")],
        "II.7": [Metric(name: "Đoàn công tác", unit: "đoàn"), Metric(name: "Người tham gia", unit: "người tham gia")],
        "II.8": [Metric(name: "Đề xuất cải tiến", unit: "đề xuất"), Metric(name: "TTHC được cập nhật", unit: "thủ tục")],
        "II.9": [Metric(name: "Buổi đối thoại, tọa đàm, hội nghị", unit: "buổi"),
                 Metric(name: "Người tham gia", unit: "người tham gia")],
        "II.10": [Metric(name: "TTHC được niêm yết", unit: "thủ tục")],
        "II.11": [Metric(name: "Điểm niêm yết địa chỉ tiếp nhận PAKN", unit: "điểm")],
        "II.12": [Metric(name: "Phản ánh, kiến nghị tiếp nhận", unit: "phản ánh"),
                  Metric(name: "Kết quả giải quyết được công khai", unit: "phản ánh")],
    ]
}
