import FeedbackRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// A case for staff: the sender, the content, the deadlines explained, the actions allowed, the history.
extension FeedbackStaffViews {
    struct DetailModel: Sendable {
        var record: FeedbackRecord
        var units: FeedbackUnits
        var calendar: HolidayCalendar
        var now: LocalDateTime
        var actions: [FeedbackActionForm.Name]
        var attachments: [(id: String, name: String, size: Int)]
        var notice: String?
        /// The action whose form was refused, with its errors.
        var failed: (String, [FieldError])?
    }

    static func detail(_ m: DetailModel, _ lang: Language) -> Page {
        let r = m.record, c = m.record.lifecycle
        return Page(title: r.code.text, area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), FeedbackURL.list.path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                Components.definitionList([
                    (S.fbStatus(lang), c.status.name(lang)),
                    (S.fbChannel(lang), "\(c.channel.name(lang)) \(c.channel.citation(lang))"),
                    (S.fbReceivedOn(lang), c.receivedAt.vnFormat),
                    (S.fbRegisterNo(lang), c.registerEntry.map { "\($0.number) — \($0.date.vnFormat)" }),
                    (S.fbSender(lang), [r.sender.organisation, r.sender.name].compactMap { $0 }.joined(separator: " — ")),
                    (S.fbAddress(lang), r.sender.address),
                    (S.fbPhone(lang), r.sender.phone?.display),
                    (S.fbEmail(lang), r.sender.email?.value),
                    (S.fbSubject(lang), [r.subject.procedureCode.map { "\($0.value) \(r.procedureName ?? "")" }, r.subject.regulation].compactMap { $0 }.joined(separator: "; ")),
                    (S.fbContentKind(lang), "\(c.contentKind.name(lang)) \(c.contentKind.citation(lang))"),
                    (S.fbClass(lang), c.classification.map { cls in [cls.caseClass.name(lang), cls.competentBody, cls.reason].compactMap { $0 }.joined(separator: " — ") }),
                    (S.fbUnit(lang), m.units.name(r.unitID)),
                    (S.fbLinked(lang), r.linkedCode),
                ])
                el("h2", text: S.fbContent(lang))
                el("p", [.class("content"), .id("feedback-content")], text: r.content)
                if !m.attachments.isEmpty {
                    el("h2", text: S.fbAttachmentsList(lang))
                    el("ul") { for file in m.attachments { el("li") { el("a", [.href(FeedbackURL.attachment("\(r.code.text)", "\(file.id)").path)], text: "\(file.name) (\(file.size / 1024) KB)") } } }
                }
                deadlines(m, lang)
                if let draft = c.draft {
                    el("h2", text: S.fbAnswer(lang))
                    el("p", [.class("answer"), .id("draft-answer")], text: draft.text)
                }
                if let publication = c.publication {
                    el("h2", text: S.fbQuestion(lang))
                    el("p", text: publication.question)
                }
                el("h2", text: S.fbActions(lang))
                for action in m.actions { FeedbackActionViews.form(action, m, ctx) }
                history(c, lang)
            }
        }
    }

    static func deadlines(_ m: DetailModel, _ lang: Language) -> HTMLNode {
        let standings = m.record.lifecycle.standings(now: m.now, calendar: m.calendar)
        return fragment {
            el("h2", text: S.fbDeadlines(lang))
            if standings.isEmpty { el("p", text: "—") }
            for standing in standings {
                el("section", [.class("deadline")]) {
                    el("h3") {
                        "\(standing.deadline.kind.name(lang)): \(standing.deadline.due.vnFormat) "
                        flag(standing.deadline.due, m.calendar, m.now, lang)
                    }
                    el("ul") { for line in standing.deadline.explanation(calendar: m.calendar) { el("li", text: line(lang)) } }
                }
            }
        }
    }

    static func history(_ c: FeedbackCase, _ lang: Language) -> HTMLNode {
        fragment {
            el("h2", text: S.fbHistory(lang))
            el("ol", [.class("timeline"), .id("history")]) {
                for entry in c.history {
                    el("li") {
                        el("time", [.init("datetime", entry.at.iso)], text: entry.at.vnFormat)
                        let who: String = switch entry.actor {
                        case .staff(let id): id
                        case .sender: S.fbSender(lang)
                        case .system: "—"
                        }
                        " — \(entry.event?.name(lang) ?? entry.status.name(lang)) (\(who))"
                        if let detail = entry.detail { el("br"); el("span", [.class(entry.isInternal ? "internal" : "detail")], text: detail) }
                    }
                }
            }
        }
    }
}
