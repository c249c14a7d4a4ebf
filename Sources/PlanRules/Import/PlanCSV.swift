import Foundation

/// A plan's appendix from a CSV file, one row per task ("plans from a file").
///
/// The first line names the columns (any order, Vietnamese or English, with or without
/// diacritics): Mục/section, TT/number, Nội dung/content, Đơn vị thực hiện/lead, Đơn vị phối
/// hợp/coordinating, Thời gian/time, Sản phẩm/outputs, Chỉ tiêu/metrics. TT, Nội dung and
/// Thời gian are required. A blank section repeats the one above (as merged cells do); "I. Title"
/// gives the numeral and the title. Number "5" in section II becomes "II.5". Assignees are
/// separated by ";" or line breaks; metrics likewise, each "Name (unit)".
/// All or nothing: every problem is listed with its line, and no section is produced.
public enum PlanCSV {
    enum Column: String, CaseIterable {
        case section, number, content, lead, coordinating, time, outputs, metrics

        var names: [String] {
            switch self {
            case .section: ["muc", "phan", "section"]
            case .number: ["tt", "stt", "so tt", "so thu tu", "number"]
            case .content: ["noi dung", "noi dung cong viec", "nhiem vu", "content"]
            case .lead: ["don vi thuc hien", "don vi chu tri", "chu tri", "lead"]
            case .coordinating: ["don vi phoi hop", "phoi hop", "coordinating"]
            case .time: ["thoi gian", "thoi gian thuc hien", "time"]
            case .outputs: ["san pham", "ket qua du kien", "outputs"]
            case .metrics: ["chi tieu", "chi tieu bao cao", "metrics"]
            }
        }

        /// The Vietnamese header written by `PlanCSV.export`.
        var header: String {
            switch self {
            case .section: "Mục"
            case .number: "TT"
            case .content: "Nội dung công việc"
            case .lead: "Đơn vị thực hiện"
            case .coordinating: "Đơn vị phối hợp"
            case .time: "Thời gian thực hiện"
            case .outputs: "Sản phẩm"
            case .metrics: "Chỉ tiêu báo cáo"
            }
        }
    }

    /// The sections of the file, or every problem.
    public static func sections(from text: String, planYear: Int) -> Result<[PlanSection], PlanCSVError> {
        let records: [CSVRecord]
        do { records = try CSVReader.records(text) } catch {
            let line = switch error { case .unterminatedQuote(let l), .strayQuote(let l): l }
            return .failure(PlanCSVError(problems: [PlanCSVProblem(line: line, kind: .syntax(error))]))
        }
        guard let header = records.first else {
            return .failure(PlanCSVError(problems: [PlanCSVProblem(line: 1, kind: .empty)]))
        }
        var problems: [PlanCSVProblem] = []
        var index: [Column: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let folded = VietnameseText.fold(name)
            guard let column = Column.allCases.first(where: { $0.names.contains(folded) }) else { continue }
            if index[column] != nil { problems.append(PlanCSVProblem(line: header.line, kind: .duplicateColumn(name))) }
            index[column] = position
        }
        for column in [Column.number, .content, .time] where index[column] == nil {
            problems.append(PlanCSVProblem(line: header.line, kind: .missingColumn(column.header)))
        }
        guard problems.isEmpty else { return .failure(PlanCSVError(problems: problems)) }
        let rows = Array(records.dropFirst())
        if rows.isEmpty { return .failure(PlanCSVError(problems: [PlanCSVProblem(line: header.line, kind: .empty)])) }

        var builder = SectionBuilder(planYear: planYear)
        for row in rows {
            guard row.fields.count == header.fields.count else {
                problems.append(PlanCSVProblem(line: row.line, kind: .wrongFieldCount(expected: header.fields.count,
                                                                                      found: row.fields.count)))
                continue
            }
            let value = { (column: Column) -> String in index[column].map { VietnameseText.clean(row.fields[$0]) } ?? "" }
            let cell = { (column: Column) -> String in
                index[column].map { row.fields[$0].precomposedStringWithCanonicalMapping } ?? ""
            }
            problems += builder.add(line: row.line, section: value(.section), number: value(.number),
                                    content: value(.content), lead: cell(.lead), coordinating: cell(.coordinating),
                                    time: value(.time), outputs: value(.outputs), metrics: cell(.metrics))
        }
        return problems.isEmpty ? .success(builder.sections) : .failure(PlanCSVError(problems: problems))
    }

    /// The plan's tasks as a CSV file that `sections(from:planYear:)` reads back.
    public static func export(_ plan: Plan) -> String {
        var rows = [Column.allCases.map(\.header)]
        for section in plan.sections {
            for task in section.tasks {
                rows.append([
                    section.title.isEmpty ? section.number : "\(section.number). \(section.title)",
                    task.number, task.content,
                    task.leadPhrases.map(\.text).joined(separator: "; "),
                    task.coordinatingPhrases.map(\.text).joined(separator: "; "),
                    task.timeText, task.outputs, task.metrics.map(\.label).joined(separator: "; "),
                ])
            }
        }
        return CSVReader.write(rows)
    }
}
