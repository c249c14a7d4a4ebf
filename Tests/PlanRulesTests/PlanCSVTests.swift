import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Plan from CSV (plan rules: a malformed row names its line and nothing is created)")
struct PlanCSVTests {
    static let good = #"""
    \#u{FEFF}Mục,TT,Nội dung công việc,Đơn vị thực hiện,Đơn vị phối hợp,Thời gian thực hiện,Sản phẩm,Chỉ tiêu báo cáo
    I. Truyền thông về nội dung,1,"Phối hợp giám sát việc thực hiện TTHC, tiếp nhận PAKN",Văn phòng HĐND và UBND huyện,"Ủy ban MTTQ; các tổ chức chính trị - xã hội",Thường xuyên,,Cuộc giám sát (cuộc)
    ,2,"Lồng ghép tuyên truyền ""kiểm soát TTHC""","Phòng Tư pháp; UBND các xã, thị trấn",Văn phòng HĐND và UBND huyện,thuong xuyen,Bài viết,"Tin, bài (bài viết); Người tham gia (người tham gia)"
    II,5,Triển khai cuộc thi,Văn phòng HĐND và UBND huyện,"Phòng Nội vụ
    Huyện đoàn",Quý II/2024,Cuộc thi,
    II,II.9,Tổ chức đối thoại,Chủ tịch UBND huyện,,Định kỳ 6 tháng/01 lần,,Buổi (buổi)\#r
    """#

    @Test("A good file: sections, numbers, multi-line quoted cells, doubled quotes, BOM, metrics with units")
    func good() throws {
        let sections = try PlanCSV.sections(from: Self.good, planYear: 2024).get()
        #expect(sections.map(\.number) == ["I", "II"])
        #expect(sections[0].title == "Truyền thông về nội dung")
        #expect(sections.flatMap(\.tasks).map(\.number) == ["I.1", "I.2", "II.5", "II.9"])
        let second = sections[0].tasks[1]
        #expect(second.content == "Lồng ghép tuyên truyền \"kiểm soát TTHC\"")
        #expect(second.leadPhrases.map(\.text) == ["Phòng Tư pháp", "UBND các xã, thị trấn"])
        #expect(second.leadPhrases.map(\.kind) == [.unit, .group])
        #expect(second.time == .ongoing)
        #expect(second.timeText == "thuong xuyen")
        #expect(second.metrics.map(\.label) == ["Tin, bài (bài viết)", "Người tham gia (người tham gia)"])
        #expect(second.metrics.map(\.key) == ["tin-bai", "nguoi-tham-gia"])
        let contest = sections[1].tasks[0]
        #expect(contest.coordinatingPhrases.map(\.text) == ["Phòng Nội vụ", "Huyện đoàn"])
        #expect(contest.time == .quarter(2, year: 2024))
        #expect(sections[1].tasks[1].time == .everyMonths(6))
        #expect(sections[1].tasks[1].leadPhrases.map(\.kind) == [.position])
    }

    @Test("Text is NFC even when the file is decomposed")
    func nfc() throws {
        let nfd = Self.good.decomposedStringWithCanonicalMapping
        let sections = try PlanCSV.sections(from: nfd, planYear: 2024).get()
        #expect(sections[0].tasks[0].content == "Phối hợp giám sát việc thực hiện TTHC, tiếp nhận PAKN")
        #expect(sections[0].tasks[0].leadText == "Văn phòng HĐND và UBND huyện")
    }

    @Test("Every bad row is named by its line, all at once, and nothing is produced")
    func allOrNothing() {
        let text = """
        TT,Nội dung,Đơn vị thực hiện,Thời gian
        1,Việc một,Phòng Tư pháp,Thường xuyên
        2,,Phòng Tư pháp,Quý II/2024
        3,Việc ba,Phòng Tư pháp,Sớm nhất có thể
        1,Việc bốn,Phòng Tư pháp,Năm 2024
        x,Việc năm,Phòng Tư pháp,Năm 2024
        6,Việc sáu,Năm 2024
        7,Việc bảy,Phòng Tư pháp,Quý 5/2024
        """
        guard case .failure(let error) = PlanCSV.sections(from: text, planYear: 2024) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.problems.map(\.line) == [3, 4, 5, 6, 7, 8])
        #expect(error.problems.map(\.kind) == [
            .missingValue(column: "Nội dung công việc"),
            .time(.unrecognised("Sớm nhất có thể")),
            .duplicateNumber("I.1"),
            .invalidNumber("x"),
            .wrongFieldCount(expected: 4, found: 3),
            .time(.invalidQuarter("5")),
        ])
        #expect(error.messages(.vi)[0] == "Dòng 3: cột \"Nội dung công việc\" để trống")
        #expect(error.messages(.en)[3] == "Line 6: the number \"x\" is invalid (e.g. 5 or II.5)")
    }

    @Test("Line numbers count the lines inside quoted cells")
    func lineNumbers() {
        let text = "TT,Nội dung,Thời gian\n1,\"Dòng một\nDòng hai\",Thường xuyên\n2,Việc,Không rõ\n"
        guard case .failure(let error) = PlanCSV.sections(from: text, planYear: 2024) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.problems.map(\.line) == [4])
    }

    @Test("Missing columns, a stray or unclosed quote, an empty file")
    func structure() {
        func problems(_ text: String) -> [PlanCSVProblem.Kind] {
            if case .failure(let error) = PlanCSV.sections(from: text, planYear: 2024) { return error.problems.map(\.kind) }
            return []
        }
        #expect(problems("Nội dung,Đơn vị thực hiện\nA,B\n") == [.missingColumn("TT"), .missingColumn("Thời gian thực hiện")])
        #expect(problems("TT,Nội dung,Thời gian\n1,Việc \"một\",Năm 2024\n") == [.syntax(.strayQuote(line: 2))])
        #expect(problems("TT,Nội dung,Thời gian\n1,\"Việc,Năm 2024\n") == [.syntax(.unterminatedQuote(line: 2))])
        #expect(problems("") == [.empty])
        #expect(problems("TT,Nội dung,Thời gian\n\n") == [.empty])
    }

    @Test("A number outside its section's numeral is refused")
    func sectionMismatch() {
        let text = "Mục,TT,Nội dung,Thời gian\nI,II.3,Việc,Năm 2024\n"
        guard case .failure(let error) = PlanCSV.sections(from: text, planYear: 2024) else {
            Issue.record("expected failure")
            return
        }
        #expect(error.problems.map(\.kind) == [.sectionMismatch(number: "II.3", section: "I")])
    }

    @Test("Export then import gives back the 2024 appendix: numbers, wording, phrases, times, metrics")
    func roundTrip() throws {
        let plan = DienChau2024.plan
        let sections = try PlanCSV.sections(from: PlanCSV.export(plan), planYear: 2024).get()
        #expect(sections.map(\.number) == plan.sections.map(\.number))
        #expect(sections.map(\.title) == plan.sections.map(\.title))
        for (read, original) in zip(sections.flatMap(\.tasks), plan.tasks) {
            #expect(read.number == original.number)
            #expect(read.content == original.content)
            #expect(read.time == original.time)
            #expect(read.timeText == original.timeText)
            #expect(read.leadPhrases == original.leadPhrases, "\(original.number)")
            #expect(read.coordinatingPhrases == original.coordinatingPhrases, "\(original.number)")
            #expect(read.metrics == original.metrics)
        }
    }
}
