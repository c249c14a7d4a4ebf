import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Evaluation indicators (Circular 01/2018 Art. 13–15)")
struct EvaluationTests {
    /// Accepted Monday 03/03/2025 08:00 for 5 working days: due Monday 10/03/2025.
    static func settled(finishing: String, supplements: [Bool?] = [], sequence: Int = 1,
                        channel: SubmissionChannel = .inPerson) -> DossierSnapshot {
        var events: [DossierEvent] = [.accept(at: at("2025-03-03T08:00")), .startProcessing(at: at("2025-03-03T08:30"))]
        for (index, fault) in supplements.enumerated() {
            events.append(.requestSupplement(at: at("2025-03-03T1\(index):00"), reason: "Thiếu", applicantAtFault: fault))
            events.append(.supplementReceived(at: at("2025-03-03T1\(index):30")))
        }
        events.append(.complete(at: at(finishing)))
        let lifecycle = run(DossierCase(submittedAt: at("2025-03-03T07:45"), period: .workingDays(5)), events)
        return snapshot(lifecycle, code: code(day("2025-03-03"), sequence), channel: channel)
    }

    @Test("Indicator 1: 2 early, 1 on time, 0 late (Circular 01/2018 Art. 13.1)",
          arguments: [("2025-03-07T10:00", 2), ("2025-03-10T16:00", 1), ("2025-03-11T08:00", 0)])
    func totalTime(finishing: String, points: Int) {
        #expect(DossierScoring.score(.totalTime, Self.settled(finishing: finishing)) == .scored(points))
    }

    @Test("Indicator 3: contacts to complete the dossier, the applicant's own error excepted (Art. 13.3)")
    func contacts() {
        let finishing = "2025-03-07T10:00"
        #expect(DossierScoring.score(.contactsToComplete, Self.settled(finishing: finishing)) == .scored(2))
        #expect(DossierScoring.score(.contactsToComplete, Self.settled(finishing: finishing, supplements: [nil])) == .scored(1))
        #expect(DossierScoring.score(.contactsToComplete, Self.settled(finishing: finishing, supplements: [nil, nil])) == .scored(0))
        #expect(DossierScoring.score(.contactsToComplete, Self.settled(finishing: finishing, supplements: [false, true])) == .scored(1))
    }

    @Test("Indicator 2 from the control slip (Mẫu 05): the slowest step decides (Art. 13.2)")
    func stepTime() {
        var dossier = Self.settled(finishing: "2025-03-07T10:00")
        #expect(DossierScoring.score(.stepTime, dossier).points == nil)
        dossier.handovers = [
            HandoverStep(fromUnit: "Bộ phận Một cửa", fromPerson: "Trần Văn Bình", toUnit: "Công chức tư pháp",
                         toPerson: "Lê Thị Cúc", handedAt: at("2025-03-03T09:00"), stepDue: at("2025-03-05T17:00"),
                         completedAt: at("2025-03-04T10:00")),
        ]
        #expect(DossierScoring.score(.stepTime, dossier) == .scored(2))
        dossier.handovers.append(HandoverStep(
            fromUnit: "Công chức tư pháp", fromPerson: "Lê Thị Cúc", toUnit: "Chủ tịch UBND xã",
            toPerson: "Phạm Văn Dũng", handedAt: at("2025-03-04T10:00"), stepDue: at("2025-03-06T17:00"),
            completedAt: at("2025-03-07T09:00")))
        #expect(DossierScoring.score(.stepTime, dossier) == .scored(0))
    }

    @Test("Indicators 4 and 7 need the rating form and complaint records; without them: not available (Art. 13.4, 13.7)")
    func needsOtherData() {
        var dossier = Self.settled(finishing: "2025-03-07T10:00")
        #expect(DossierScoring.score(.organisationsContacted, dossier).points == nil)
        #expect(DossierScoring.score(.conduct, dossier).points == nil)
        dossier.citizenRating = CitizenRating(organisationsContacted: 1)
        dossier.substantiatedConductComplaints = 0
        #expect(DossierScoring.score(.organisationsContacted, dossier) == .scored(1))
        #expect(DossierScoring.score(.conduct, dossier) == .scored(2))
        dossier.substantiatedConductComplaints = 1
        #expect(DossierScoring.score(.conduct, dossier) == .scored(0))
        dossier.citizenRating = CitizenRating(organisationsContacted: 3)
        #expect(DossierScoring.score(.organisationsContacted, dossier) == .scored(0))
    }

    @Test("Unit-level and publication indicators are never invented per dossier (Art. 14.1–14.2)")
    func perUnitOnly() {
        let evaluation = DossierScoring.evaluate(Self.settled(finishing: "2025-03-07T10:00"))
        for indicator in [EvaluationIndicator.oneStopOrganisation, .publication, .feedbackHandling, .onlineServices] {
            #expect(evaluation[indicator].points == nil)
        }
        #expect(evaluation.entries.map(\.indicator) == EvaluationIndicator.allCases)
    }

    @Test("Unsettled or withdrawn dossiers are not scored")
    func unsettled() {
        let pending = snapshot(Reach.dossier(in: .processing), code: code(day("2025-03-03"), 1))
        #expect(DossierScoring.score(.totalTime, pending).points == nil)
        let withdrawn = snapshot(Reach.dossier(in: .withdrawn), code: code(day("2025-03-03"), 2))
        #expect(DossierScoring.score(.contactsToComplete, withdrawn).points == nil)
    }

    @Test("Unit score = mean of dossier scores rounded to one decimal (Art. 15.2.a)")
    func unitMean() {
        let dossiers = [Self.settled(finishing: "2025-03-07T10:00", sequence: 1),
                        Self.settled(finishing: "2025-03-10T10:00", sequence: 2),
                        Self.settled(finishing: "2025-03-10T11:00", sequence: 3)]
        let evaluation = UnitScoring.evaluate(unit: "UBND xã Diễn Châu", dossiers: dossiers,
                                              from: day("2025-03-01"), to: day("2025-03-31"))
        #expect(evaluation.settledDossiers == 3)
        #expect(evaluation[.totalTime] == .scored(tenths: 13))   // (2 + 1 + 1) / 3 = 1.33 → 1.3
        #expect(evaluation[.contactsToComplete] == .scored(tenths: 20))
        let twoOfThree = UnitScoring.evaluate(unit: "x", dossiers: Array(dossiers.prefix(1)) + [
            Self.settled(finishing: "2025-03-07T11:00", sequence: 4), dossiers[2]],
                                              from: day("2025-03-01"), to: day("2025-03-31"))
        #expect(twoOfThree[.totalTime] == .scored(tenths: 17))   // 5 / 3 = 1.67 → 1.7
        let outside = UnitScoring.evaluate(unit: "x", dossiers: dossiers, from: day("2025-04-01"), to: day("2025-04-30"))
        #expect(outside[.totalTime].tenths == nil)
    }

    @Test("Grade bands out of 18 (Art. 15.3.b)",
          arguments: [(180, UnitGrade.excellent), (150, .excellent), (149, .good), (120, .good), (119, .fairlyGood),
                      (90, .fairlyGood), (89, .average), (60, .average), (59, .weak), (0, .weak)])
    func bands(tenths: Int, grade: UnitGrade) {
        #expect(UnitGrade.band(totalTenths: tenths) == grade)
    }

    @Test("Without data for indicators 4–9 there is no grade out of 18, only a partial total (Art. 15.4.b)")
    func partial() {
        var dossier = Self.settled(finishing: "2025-03-07T10:00", channel: .online)
        dossier.handovers = [HandoverStep(fromUnit: "A", fromPerson: "B", toUnit: "C", toPerson: "D",
                                          handedAt: at("2025-03-03T09:00"), stepDue: at("2025-03-05T17:00"),
                                          completedAt: at("2025-03-04T09:00"))]
        let partial = UnitScoring.evaluate(unit: "x", dossiers: [dossier], from: day("2025-03-01"), to: day("2025-03-31"))
        #expect(partial.grade == nil)
        #expect(partial.missing == [.organisationsContacted, .oneStopOrganisation, .publication, .conduct,
                                    .feedbackHandling, .onlineServices])
        #expect(partial.maximum == 6)
        #expect(partial.total == 6)
        #expect(partial.gradeExcludingMissing == .average)   // 6 of at most 6: the literal reading understates

        dossier.citizenRating = CitizenRating(organisationsContacted: 0)
        dossier.substantiatedConductComplaints = 0
        let inputs = UnitLevelInputs(oneStopOrganisationScore: 2, publicationScore: 1,
                                     feedback: FeedbackHandling(received: 10, handledOnTime: 9, prolonged: 0),
                                     eligibleProceduresOnlineShare: 0.25)
        let full = UnitScoring.evaluate(unit: "x", dossiers: [dossier], from: day("2025-03-01"), to: day("2025-03-31"),
                                        inputs: inputs)
        #expect(full.missing.isEmpty)
        #expect(full.total == 16)      // 2+2+2+2 + 2 + 1 + 2 + 1 + 2
        #expect(full.grade == .excellent)
    }

    @Test("Indicator 8 from feedback records (Art. 13.8)")
    func feedback() {
        #expect(FeedbackHandling(received: 0, handledOnTime: 0, prolonged: 0).score == 2)
        #expect(FeedbackHandling(received: 10, handledOnTime: 10, prolonged: 0).score == 2)
        #expect(FeedbackHandling(received: 10, handledOnTime: 9, prolonged: 0).score == 1)
        #expect(FeedbackHandling(received: 10, handledOnTime: 8, prolonged: 0).score == 0)
        #expect(FeedbackHandling(received: 10, handledOnTime: 10, prolonged: 1).score == 0)
    }

    @Test("Indicator 9: online share and online lateness from dossiers; the 2-point level needs the catalogue (Art. 13.9)")
    func onlineServices() {
        func dossiers(online: Int, direct: Int, lateOnline: Bool = false) -> [DossierSnapshot] {
            (0..<(online + direct)).map { index in
                let finishing = lateOnline && index == 0 ? "2025-03-12T10:00" : "2025-03-07T10:00"
                return Self.settled(finishing: finishing, sequence: index + 1, channel: index < online ? .online : .inPerson)
            }
        }
        let march = (day("2025-03-01"), day("2025-03-31"))
        func score(_ list: [DossierSnapshot], _ inputs: UnitLevelInputs = UnitLevelInputs()) -> UnitScore {
            UnitScoring.evaluate(unit: "x", dossiers: list, from: march.0, to: march.1, inputs: inputs)[.onlineServices]
        }
        #expect(score(dossiers(online: 1, direct: 9)) == .scored(tenths: 0))      // 10 % < 15 %
        #expect(score(dossiers(online: 2, direct: 8)) == .scored(tenths: 10))     // 20 %
        #expect(score(dossiers(online: 4, direct: 6)).tenths == nil)              // 40 %, catalogue unknown
        #expect(score(dossiers(online: 4, direct: 6), UnitLevelInputs(eligibleProceduresOnlineShare: 0.2)) == .scored(tenths: 20))
        #expect(score(dossiers(online: 4, direct: 6), UnitLevelInputs(eligibleProceduresOnlineShare: 0.1)) == .scored(tenths: 10))
        #expect(score(dossiers(online: 4, direct: 6, lateOnline: true)) == .scored(tenths: 0))
        #expect(score([]).tenths == nil)
    }
}
