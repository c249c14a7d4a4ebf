extension ResultsReport {
    /// The report as CSV rows (header first), one row per task × unit × occurrence, for the
    /// download: task, unit, period, due date, review status, work status, what was done, each
    /// metric as "name: value unit", evidence, shortfall and reason. `unitName` gives the
    /// printed name of a unit.
    public func csvRows(unitName: (UnitID) -> String) -> [[String]] {
        var rows = [["TT", "Nhiệm vụ", "Đơn vị", "Kỳ", "Hạn", "Trạng thái duyệt", "Tình trạng", "Kết quả",
                     "Số liệu", "Minh chứng", "Tồn tại", "Lý do"]]
        for task in tasks {
            for unit in task.units {
                for entry in unit.entries {
                    let figures = task.metrics.compactMap { metric -> String? in
                        guard let value = entry.metrics[metric.key] else { return nil }
                        return metric.unit.isEmpty ? "\(metric.name): \(value)" : "\(metric.name): \(value) \(metric.unit)"
                    }
                    rows.append([
                        task.number, task.content, unitName(unit.unit), entry.occurrence.label.vi,
                        entry.occurrence.due.vnFormat, entry.review?.name.vi ?? "Chưa có báo cáo",
                        entry.workStatus?.name.vi ?? "", entry.summary, figures.joined(separator: "; "),
                        entry.evidence.map(ResultsReport.describe).joined(separator: "; "),
                        entry.shortfall?.kind.name.vi ?? "", entry.shortfall?.reason ?? "",
                    ])
                }
            }
        }
        return rows
    }

    /// The CSV text (UTF-8, CRLF, with a BOM so that spreadsheet programs read Vietnamese right).
    public func csv(unitName: (UnitID) -> String) -> String {
        "\u{FEFF}" + CSVReader.write(csvRows(unitName: unitName))
    }

    static func describe(_ evidence: Evidence) -> String {
        switch evidence {
        case .link(let url, let title): title.isEmpty ? url : "\(title) <\(url)>"
        case .file(let file): file.name
        case .record(let record): record.label.isEmpty ? "\(record.kind) \(record.id)" : record.label
        }
    }
}
