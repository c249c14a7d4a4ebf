import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("The 2024 Diễn Châu plan as data (phu-luc-2024-bang-nhiem-vu.md; docs/LEGAL-READINGS.md §6: reproduce exactly)")
struct DienChau2024Tests {
    let plan = DienChau2024.plan

    static let times: [String: String] = [
        "I.1": "Thường xuyên", "I.2": "Thường xuyên", "I.3": "Thường xuyên",
        "II.1": "Thường xuyên", "II.2": "Thường xuyên", "II.3": "Thường xuyên", "II.4": "Thường xuyên",
        "II.5": "Quý II/2024", "II.6": "Quý III/2024", "II.7": "Năm 2024", "II.8": "Thường xuyên",
        "II.9": "Định kỳ 6 tháng/01 lần", "II.10": "Thường xuyên", "II.11": "Thường xuyên", "II.12": "Thường xuyên",
    ]

    @Test("Phụ lục 2024: 15 tasks, I.1–I.3 and II.1–II.12, in order, with the times as written and as read")
    func tasks() throws {
        #expect(plan.tasks.count == 15)
        #expect(plan.tasks.map(\.number) == (1...3).map { "I.\($0)" } + (1...12).map { "II.\($0)" })
        #expect(plan.sections.map(\.tasks.count) == [3, 12])
        for task in plan.tasks {
            #expect(task.timeText == Self.times[task.number], "\(task.number)")
            #expect(try TaskTime.parse(task.timeText, planYear: 2024) == task.time, "\(task.number)")
        }
        #expect(plan.task(numbered: "II.5")?.time == .quarter(2, year: 2024))
        #expect(plan.task(numbered: "II.9")?.time == .everyMonths(6))
    }

    @Test("Every text of the plan is NFC")
    func nfc() throws {
        let data = try JSONEncoder().encode(plan)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.unicodeScalars.elementsEqual(json.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(json.contains("Văn phòng HĐND và UBND huyện"))
    }

    @Test("Each phrase is part of its cell as written; the cells keep the appendix's wording")
    func phrases() {
        for task in plan.tasks {
            for phrase in task.leadPhrases { #expect(task.leadText.contains(phrase.text), "\(task.number) \(phrase.text)") }
            for phrase in task.coordinatingPhrases {
                #expect(task.coordinatingText.contains(phrase.text), "\(task.number) \(phrase.text)")
            }
        }
        let ii9 = plan.task(numbered: "II.9")
        #expect(ii9?.leadText == "Chủ tịch UBND huyện; Trưởng các Phòng, Ban, Ngành cấp huyện; Chủ tịch UBND các xã, thị trấn")
        #expect(ii9?.coordinatingPhrases.map(\.kind) == [.unit, .open])
        #expect(plan.task(numbered: "I.2")?.leadPhrases.map(\.kind) == [.unit, .group, .group])
    }

    @Test("Document facts: number and day blank (…/KH-UBND ngày …/02/2024), implements 122/KH-UBND ngày 21/02/2024, signer")
    func document() {
        #expect(plan.reference.text.vi == "số …/KH-UBND ngày …/02/2024")
        #expect(plan.implements?.reference.text.vi == "số 122/KH-UBND ngày 21/02/2024")
        #expect(plan.implements?.issuer == "UBND tỉnh Nghệ An")
        #expect(plan.signer.name == "Lê Mạnh Hiên")
        #expect(plan.legalBases.count == 10)
        #expect(plan.duties.count == 4)
        #expect(plan.duties[3].addressee == "Văn phòng HĐND và UBND huyện")
        #expect(plan.recipients.count == 11)
        #expect(plan.status == .draft)
    }

    /// The shared reference, when it sits beside the repository (as the README expects).
    static let appendixURL: URL? = {
        let env = ProcessInfo.processInfo.environment["MINHBACH_SHARED"].map { URL(fileURLWithPath: $0) }
        let candidates = [env, URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared")].compactMap { $0 }
        return candidates.map { $0.appendingPathComponent("reference/plan-2024/phu-luc-2024-bang-nhiem-vu.md") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }()

    @Test("Content, lead, coordinating and time equal the appendix's table cells", .enabled(if: appendixURL != nil))
    func matchesAppendix() throws {
        let text = try String(contentsOf: try #require(Self.appendixURL), encoding: .utf8)
        var rows: [String: [String]] = [:]
        var section = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## I. ") { section = "I" } else if line.hasPrefix("## II. ") { section = "II" }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 7, let number = Int(cells[1]), !section.isEmpty else { continue }
            rows["\(section).\(number)"] = Array(cells[2...5])
        }
        #expect(rows.count == 15)
        for task in plan.tasks {
            #expect(rows[task.number] == [task.content, task.leadText, task.coordinatingText, task.timeText], "\(task.number)")
        }
    }
}
