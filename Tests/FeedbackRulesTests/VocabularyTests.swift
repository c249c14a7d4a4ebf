import FeedbackRules
import Testing
import TestKit

@Suite("Vocabulary of Decree 20/2008 (Art. 3, 5, 6, 7, 9)")
struct VocabularyTests {
    @Test("Art. 5 has eight kinds of content, clauses 1–8, each named in both languages")
    func contentKindsArt5() {
        #expect(ContentKind.allCases.map(\.clause) == Array(1...8))
        #expect(ContentKind(clause: 4) == .unlawful)
        #expect(ContentKind(clause: 9) == nil)
        for kind in ContentKind.allCases {
            #expect(!kind.name.vi.isEmpty && !kind.name.en.isEmpty && kind.name.vi != kind.name.en)
            #expect(kind.citation.vi.contains("khoản \(kind.clause) Điều 5"))
        }
        #expect(ContentKind.unsuitedToReality.name.vi == "Quy định hành chính không phù hợp với thực tế")
    }

    @Test("Art. 3.4–3.5: clauses 7–8 make a petition (kiến nghị), 1–6 feedback (phản ánh)")
    func petitionsArt3() {
        #expect(ContentKind.allCases.filter(\.isPetition) == [.proposedSolution, .newRuleInitiative])
        #expect(ContentKind.conductOfOfficials.suggestsConductClass)
        #expect(!ContentKind.unlawful.suggestsConductClass)
    }

    @Test("Art. 6–7: phone is the only non-written channel; staff type post, in-person and phone entries")
    func channelsArt6and7() {
        #expect(FeedbackChannel.allCases.filter { !$0.isWritten } == [.phone])
        #expect(Set(FeedbackChannel.allCases.filter(\.isStaffEntered)) == [.post, .inPerson, .phone])
        #expect(FeedbackChannel.phone.citation.vi.contains("khoản 2 Điều 7"))
        #expect(FeedbackChannel.post.citation.vi.contains("điểm a khoản 1 Điều 7"))
        #expect(Set(FeedbackChannel.allCases.map(\.name.vi)).count == FeedbackChannel.allCases.count)
        #expect(FeedbackChannel.allCases.filter(\.isSelfService) == [.webForm, .api])
    }

    @Test("Art. 3.2–3.3: individuals and organisations send")
    func senderKindsArt3() {
        #expect(SenderKind.allCases.map(\.name.vi) == ["Cá nhân", "Tổ chức"])
    }

    @Test("Art. 9.1.d: four classes; conduct and outside competence forward")
    func classesArt9() {
        #expect(CaseClass.allCases.count == 4)
        #expect(CaseClass.allCases.filter(\.forwards) == [.aboutConduct, .outsideCompetence])
        #expect(Classification.outsideCompetence(competentBody: "Sở Tư pháp").competentBody == "Sở Tư pháp")
        #expect(Classification.notAccepted(reason: "Thiếu địa chỉ").reason == "Thiếu địa chỉ")
        #expect(Classification.withinCompetence.competentBody == nil)
        #expect(CaseClass.notAccepted.citation.vi == "(điểm d khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP)")
    }

    @Test("The complaints notice cites Art. 1 and names khiếu nại and tố cáo")
    func complaintsNoticeArt1() {
        let notice = SubmissionNotices.complaintsAndDenunciations
        #expect(notice.vi.contains("Khiếu nại, tố cáo"))
        #expect(notice.vi.contains("Điều 1 Nghị định 20/2008/NĐ-CP"))
        #expect(notice.en.contains("Complaints"))
        #expect(SubmissionNotices.consent.vi.contains("91/2025/QH15"))
        #expect(SubmissionNotices.requirements.vi.contains("tên, địa chỉ, số điện thoại"))
    }
}
