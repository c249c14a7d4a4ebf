import Feedback
import FeedbackRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Demo feedback and petitions: about forty cases from January 2024 to today in every state,
/// entered and handled through the real store (so codes, register numbers, deadlines, history
/// and audit are as in use), some answered late, some published and rated.
/// Idempotent: nothing is added when cases exist.
enum DemoFeedback {

    struct Topic {
        var kind: ContentKind
        var regulation: String
        var content: String
        var answer: String
    }

    static let senders: [(String, String, String)] = [
        ("Nguyễn Văn Hải", "0912 384 561", "Xóm 4, xã Diễn Hồng, huyện Diễn Châu"),
        ("Trần Thị Lan", "0983 221 447", "Khối 2, thị trấn Diễn Châu"),
        ("Lê Văn Tùng", "0356 908 112", "Xóm 7, xã Diễn Lâm, huyện Diễn Châu"),
        ("Phạm Thị Hương", "0868 445 290", "Xóm Bắc Sơn, xã Diễn Thịnh"),
        ("Hoàng Văn Đức", "0238 3862 517", "Xóm 1, xã Diễn Kỷ"),
        ("Vũ Thị Mai", "0977 613 804", "Xóm 9, xã Diễn Thành"),
        ("Đặng Quốc Việt", "0904 552 136", "Khối 5, thị trấn Diễn Châu"),
        ("Bùi Thị Thu", "0349 720 665", "Xóm 3, xã Diễn Phúc"),
    ]

    static let topics: [Topic] = [
        Topic(kind: .unsuitedToReality, regulation: "Thông tư 04/2020/TT-BTP về đăng ký hộ tịch",
              content: "Khi đăng ký khai sinh cho con, tôi vẫn phải nộp bản sao giấy chứng nhận kết hôn dù thông tin đã có trong cơ sở dữ liệu hộ tịch điện tử.",
              answer: "Phòng Tư pháp đã hướng dẫn bộ phận một cửa khai thác dữ liệu hộ tịch điện tử, không yêu cầu nộp bản sao giấy chứng nhận kết hôn từ tháng tới."),
        Topic(kind: .conductOfOfficials, regulation: "Quy chế tiếp nhận hồ sơ tại Bộ phận Một cửa",
              content: "Cán bộ tiếp nhận hồ sơ chứng thực yêu cầu quay lại nhiều lần để bổ sung giấy tờ nhưng không hướng dẫn một lần đầy đủ.",
              answer: "Văn phòng đã nhắc nhở cán bộ liên quan và yêu cầu hướng dẫn đầy đủ một lần bằng phiếu hướng dẫn theo mẫu."),
        Topic(kind: .inconsistent, regulation: "Nghị định 23/2015/NĐ-CP và Quyết định công bố thủ tục của tỉnh",
              content: "Thời hạn chứng thực hợp đồng ghi trên trang thủ tục của huyện khác với thời hạn trong quyết định công bố của tỉnh.",
              answer: "Đã rà soát và cập nhật thời hạn trên danh mục thủ tục theo đúng quyết định công bố của Chủ tịch UBND tỉnh."),
        Topic(kind: .proposedSolution, regulation: "Thủ tục cấp bản sao trích lục hộ tịch",
              content: "Đề nghị cho phép nhận bản sao trích lục hộ tịch qua dịch vụ bưu chính công ích để người cao tuổi không phải đi lại.",
              answer: "UBND huyện tiếp thu kiến nghị; từ quý sau, người dân có thể đăng ký nhận kết quả qua bưu chính công ích tại Bộ phận Một cửa."),
        Topic(kind: .unlawful, regulation: "Thông báo thu phí tại xã về xác nhận hồ sơ",
              content: "Xã thu phí xác nhận đơn đề nghị trong khi văn bản của tỉnh không quy định khoản phí này.",
              answer: "Đã yêu cầu UBND xã dừng thu khoản phí không có căn cứ và hoàn trả cho người đã nộp."),
        Topic(kind: .newRuleInitiative, regulation: "Quy trình nội bộ giải quyết thủ tục đất đai",
              content: "Đề nghị công khai tiến độ từng bước xử lý hồ sơ đất đai trên cổng thông tin để người dân tự theo dõi.",
              answer: "UBND huyện ghi nhận sáng kiến và giao Văn phòng nghiên cứu đưa vào kế hoạch cải cách hành chính năm tới."),
        Topic(kind: .otherIssue, regulation: "Giờ tiếp nhận hồ sơ tại Bộ phận Một cửa",
              content: "Đề nghị bố trí tiếp nhận hồ sơ vào sáng thứ Bảy cho người lao động đi làm xa.",
              answer: "Từ tháng sau, Bộ phận Một cửa tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần."),
    ]

    static func load(_ env: AppEnvironment, _ units: [String: UnitRecord]) async throws {
        let sql = env.database.sql
        let existing = try await sql.raw("SELECT COUNT(*) AS n FROM feedback_cases").first()?.decode(column: "n", as: Int.self) ?? 0
        guard existing == 0 else { return }
        let calendar = try await env.calendar.calendar(on: env.database.db)
        let handlers = ["justice", "home-affairs", "culture", "office"].compactMap { units[$0] }
        guard !handlers.isEmpty else { return }
        let now = env.clock.localNow
        let first = LocalDate(year: 2024, month: 1, day: 8)!.julianDay
        let count = 42
        let span = max(1, now.date.julianDay - 3 - first)
        let channels: [FeedbackChannel] = [.webForm, .webForm, .phone, .post, .inPerson, .email, .webForm]
        for i in 0..<count {
            let day = LocalDate(julianDay: first + span * i / (count - 1))
            guard let received = LocalDateTime(date: day, hour: 8 + i % 8, minute: (i * 7) % 60), received <= now else { continue }
            let (name, phone, address) = senders[i % senders.count]
            let topic = topics[i % topics.count]
            let channel = channels[i % channels.count]
            let content = i % 3 == 0 ? "Tôi là \(name), \(address). \(topic.content)" : topic.content
            let submission = Submission(channel: channel, sender: Sender(name: name, address: address, phone: PhoneNumber(phone), email: nil),
                                        subject: Subject(procedureCode: nil, regulation: topic.regulation)!, contentKind: topic.kind, content: content)
            let intake = FeedbackIntake(submission: submission, procedureName: nil, field: topic.kind.shortName.vi, at: received,
                                        registerNow: channel.isStaffEntered)
            let staff: CaseActor = channel.isStaffEntered ? .staff("dieuphoi") : .sender
            let code = try await FeedbackStore.submit(intake, by: staff, actor: DemoData.actor(env), calendar: calendar, on: env.database).text
            try await handle(code, i, topic: topic, received: received, registered: channel.isStaffEntered, unit: handlers[i % handlers.count], env, calendar, now)
        }
    }

    /// Takes case `i` as far as its planned final state, never past now.
    static func handle(_ code: String, _ i: Int, topic: Topic, received: LocalDateTime, registered: Bool, unit: UnitRecord, _ env: AppEnvironment,
                       _ calendar: HolidayCalendar, _ now: LocalDateTime) async throws {
        let coordinator = CaseActor.staff("dieuphoi"), officer = CaseActor.staff("canbo")
        // Days after reception of each step; every seventh case is answered late.
        let late = i % 7 == 3
        let answerDay = late ? 34 : 6 + i % 12
        func at(_ days: Int, _ minutes: Int = 0) -> LocalDateTime {
            LocalDateTime(date: LocalDate(julianDay: received.date.julianDay + days), hour: 9, minute: minutes) ?? received
        }
        let plan = i % 10
        var steps: [(FeedbackStep, CaseActor)] = []
        if plan >= 1 && !registered { steps.append((.register(at: LocalDateTime(date: received.date, minutes: min(received.minutes + 30, 1439)) ?? received), coordinator)) }
        switch plan {
        case 8:
            steps.append((.event(.classify(at: at(2), .outsideCompetence(competentBody: "Sở Tư pháp tỉnh Nghệ An"))), coordinator))
            steps.append((.event(.forward(at: at(late ? 12 : 4), to: "Sở Tư pháp tỉnh Nghệ An", reference: "\(100 + i)/UBND-VP")), coordinator))
        case 9:
            steps.append((.event(.classify(at: at(1), .notAccepted(reason: "Nội dung là khiếu nại về quyết định hành chính, đề nghị gửi theo Luật Khiếu nại."))), coordinator))
        case 2...7:
            steps.append((.event(.classify(at: at(1), .withinCompetence)), coordinator))
            if plan >= 3 { steps.append((.event(.assign(at: at(2), unit: unit.id.uuidString)), coordinator)) }
            if plan == 3 && i % 20 == 3 { steps.append((.event(.requestInformation(at: at(3), question: "Đề nghị cho biết ngày nộp hồ sơ và tên thủ tục.")), officer)) }
            if plan >= 4 { steps.append((.event(.draftAnswer(at: at(answerDay - 1), text: topic.answer, template: nil)), officer)) }
            if plan >= 5 {
                steps.append((.event(.approve(at: at(answerDay, 0))), coordinator))
                steps.append((.event(.sendAnswer(at: at(answerDay, 30))), coordinator))
            }
            if plan >= 6 {
                steps.append((.event(.publish(at: at(answerDay + 2), question: Redactor(known: .none).redact(topic.content))), coordinator))
                if i % 2 == 0 { steps.append((.event(.rate(at: at(answerDay + 4), i % 4 == 0 ? .satisfied : .notSatisfied)), .sender)) }
            }
            if plan == 7 { steps.append((.event(.close(at: at(answerDay + 6))), coordinator)) }
        default: break
        }
        for (step, who) in steps {
            let moment: LocalDateTime = switch step {
            case .register(let at): at
            case .event(let event): event.at
            }
            guard moment <= now else { return }
            do {
                try await FeedbackStore.apply(step, to: code, by: who, actor: DemoData.actor(env), calendar: calendar, on: env.database)
            } catch let refusal as Refusal {
                print("Demo: \(code): \(refusal.text.vi)")
                return
            }
        }
    }
}
