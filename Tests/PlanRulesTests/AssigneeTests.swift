import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Assignees (docs/LEGAL-READINGS.md §6; notes of phu-luc-2024-bang-nhiem-vu.md)")
struct AssigneeTests {
    @Test("A group assignee expands to each member, each reporting on its own")
    func groupExpands() {
        let units = Assignee.group("ubnd-cac-xa-thi-tran").responsibleUnits(in: Units.directory)
        #expect(units == Units.communes)
    }

    @Test("Phụ lục 2024 II.10: lead = desks of district and communes, departments, communes; each unit once")
    func postingTask() {
        let task = task2024("II.10")
        let units = task.reportingUnits(in: Units.directory)
        // The office is a department here too and appears once; coordinators do not report by default.
        #expect(units == Units.desks + Units.departments + Units.communes)
        #expect(Set(units).count == units.count)
        let obligations = Schedule.obligations(of: resolvedPlan(), directory: Units.directory, calendar: calendar)
            .filter { $0.occurrence.task == task.id }
        #expect(obligations.count == 4 * units.count)
        #expect(obligations.filter { $0.unit == Units.dienKim }.count == 4)
    }

    @Test("Expansion deduplicates a unit named alone and again inside a group, keeping first order")
    func dedupe() {
        let list: [Assignee] = [.unit(Units.dienHai), .group("ubnd-cac-xa-thi-tran"), .unit(Units.dienHai)]
        #expect(list.responsibleUnits(in: Units.directory) == [Units.dienHai, Units.dienKim, Units.townDienChau])
    }

    @Test("A position answers through its unit or each unit of its group; an open description has none")
    func positionsAndOpen() {
        let chair = Assignee.position(title: "Chủ tịch", in: .unit(Units.districtCommittee))
        #expect(chair.responsibleUnits(in: Units.directory) == [Units.districtCommittee])
        let communeChairs = Assignee.position(title: "Chủ tịch", in: .group("ubnd-cac-xa-thi-tran"))
        #expect(communeChairs.responsibleUnits(in: Units.directory) == Units.communes)
        #expect(Assignee.open("các tổ chức, cá nhân có liên quan").responsibleUnits(in: Units.directory).isEmpty)
        #expect(Assignee.group("unknown").responsibleUnits(in: Units.directory).isEmpty)
    }

    @Test("Phụ lục 2024 II.9: the three positions resolve to the district committee, departments and communes")
    func dialogueLeads() {
        let task = task2024("II.9")
        #expect(task.lead == [
            .position(title: "Chủ tịch", in: .unit(Units.districtCommittee)),
            .position(title: "Trưởng", in: .group("cac-phong-ban-nganh-cap-huyen")),
            .position(title: "Chủ tịch", in: .group("ubnd-cac-xa-thi-tran")),
        ])
        #expect(task.reportingUnits(in: Units.directory) == [Units.districtCommittee] + Units.departments + Units.communes)
    }

    @Test("Coordinating units report only when the plan says so")
    func coordinators() {
        let task = task2024("II.5")
        #expect(task.reportingUnits(in: Units.directory) == [Units.office])
        let all = task.reportingUnits(in: Units.directory, settings: PlanSettings(coordinatingUnitsReport: true))
        #expect(all.first == Units.office)
        #expect(all.contains(Units.justice) && all.contains(Units.dienKim))
        #expect(!all.contains("cac-phong-ban-nganh-cap-huyen-co-lien-quan"))
    }

    @Test("A directory can be a function")
    func closureDirectory() {
        let directory = ClosureUnitDirectory { group in group == "g" ? ["a", "b"] : [] }
        #expect([Assignee.group("g"), .unit("a")].responsibleUnits(in: directory) == ["a", "b"])
    }

    static let phrases: [(String, Assignee.Kind)] = [
        ("Văn phòng HĐND và UBND huyện", .unit),
        ("Phòng Tư pháp", .unit),
        ("Liên đoàn lao động huyện", .unit),
        ("các Phòng, ban, ngành cấp huyện", .group),
        ("UBND các xã, thị trấn", .group),
        ("UBND cấp xã", .group),
        ("UBND xã", .group),
        ("Bộ phận tiếp nhận và trả kết quả huyện, xã", .group),
        ("Chủ tịch UBND huyện", .position),
        ("Trưởng các Phòng, Ban, Ngành cấp huyện", .position),
        ("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", .unit),
        ("các tổ chức, cá nhân có liên quan", .open),
        ("các ban, ngành liên quan", .open),
    ]

    @Test("Suggested kinds of the appendix's wording", arguments: phrases)
    func suggestion(text: String, kind: Assignee.Kind) {
        #expect(AssigneePhrase.suggestKind(for: text) == kind)
        #expect(AssigneePhrase.suggestKind(for: text.lowercased()) == kind)
    }

    @Test("Every phrase of the 2024 appendix gets the kind the seed gives it")
    func seedAgreesWithSuggestion() {
        for task in DienChau2024.plan.tasks {
            for phrase in task.leadPhrases + task.coordinatingPhrases {
                #expect(AssigneePhrase.suggestKind(for: phrase.text) == phrase.kind, "\(task.number): \(phrase.text)")
            }
        }
    }

    @Test("Cells split at \";\" and line breaks only; commas inside names stay")
    func splitting() {
        let phrases = AssigneePhrase.split("- Các Phòng, ban, ngành cấp huyện;\n- UBND các xã, thị trấn.")
        #expect(phrases.map(\.text) == ["Các Phòng, ban, ngành cấp huyện", "UBND các xã, thị trấn"])
        #expect(phrases.map(\.kind) == [.group, .group])
        #expect(AssigneePhrase("Chủ tịch UBND các xã, thị trấn", kind: .position).position?.holder
            == "UBND các xã, thị trấn")
    }
}
