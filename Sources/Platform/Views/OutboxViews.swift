import Foundation
import Localization

/// The staff's delivery log: every message, where it stands, and each try.
enum OutboxViews {
    struct ListModel: Sendable {
        var records: [OutboxRecord]
        var total: Int
        var page: Int
        var perPage: Int
        var filter: Outbox.Filter
        var counts: [OutboxState: Int]
        var events: [String]
        /// Channels with no transport configured: their messages wait.
        var waiting: [OutboxChannel]
    }

    static func list(_ m: ListModel, _ lang: Language) -> Page {
        Page(title: S.outboxTitle(lang), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                el("p", [.class("lead")], text: S.outboxIntro(lang))
                for channel in m.waiting {
                    el("p", [.class("notice warn"), .init("role", "status")],
                       text: channel == .email ? S.outboxNotConfigured(lang) : S.outboxChannelWaiting(lang, S.outboxChannels[channel]!(lang)))
                }
                el("p", [.id("outbox-summary")], text: S.outboxSummary(
                    lang, String(m.counts[.pending] ?? 0), String(m.counts[.sent] ?? 0), String(m.counts[.dead] ?? 0)))
                el("form", [.id("outbox-filter"), .init("method", "get"), .init("action", PlatformURL.outbox.path), .class("search")]) {
                    Components.select("trang-thai", label: S.outboxState(lang),
                                      options: [("", S.outboxAll(lang))] + OutboxState.allCases.map { ($0.rawValue, S.outboxStates[$0]!(lang)) },
                                      selected: m.filter.state?.rawValue, ctx)
                    Components.select("kenh", label: S.outboxChannel(lang),
                                      options: [("", S.outboxAll(lang))] + OutboxChannel.allCases.map { ($0.rawValue, S.outboxChannels[$0]!(lang)) },
                                      selected: m.filter.channel?.rawValue, ctx)
                    Components.select("su-kien", label: S.outboxEvent(lang), options: [("", S.outboxAll(lang))] + m.events.map { ($0, $0) },
                                      selected: m.filter.event, ctx)
                    Components.field(.init("ma", label: S.outboxReference(lang), value: m.filter.reference, errors: [], maxLength: 80), ctx)
                    Components.submit(S.outboxFilter(lang))
                }
                if m.records.isEmpty {
                    el("p", text: S.outboxNone(lang))
                } else {
                    el("div", [.class("table-wrap")]) {
                        el("table", [.id("outbox")]) {
                            el("thead") {
                                el("tr") {
                                    for heading in [S.outboxCreated, S.outboxEvent, S.outboxChannel, S.outboxRecipient, S.outboxReference, S.outboxState, S.outboxAttempts] {
                                        el("th", [.init("scope", "col")], text: heading(lang))
                                    }
                                }
                            }
                            el("tbody") {
                                for record in m.records {
                                    el("tr") {
                                        el("td") { el("a", [.href(PlatformURL.outboxMessage(.text(record.id)).path)], text: VNFormat.dateTime(record.createdAt)) }
                                        el("td", text: record.event)
                                        el("td", text: S.outboxChannels[record.channel]!(lang))
                                        el("td", text: record.recipient)
                                        el("td", text: record.reference ?? "—")
                                        el("td") { el("span", [.class(record.state == .dead ? "badge warn" : "badge")], text: S.outboxStates[record.state]!(lang)) }
                                        el("td", text: String(record.attempts))
                                    }
                                }
                            }
                        }
                    }
                }
                Components.pagination(page: m.page, perPage: m.perPage, total: m.total, baseQuery: [
                    ("trang-thai", m.filter.state?.rawValue ?? ""), ("kenh", m.filter.channel?.rawValue ?? ""),
                    ("su-kien", m.filter.event ?? ""), ("ma", m.filter.reference ?? ""),
                ], path: PlatformURL.outbox.path, ctx)
            }
        }
    }

    static func detail(_ record: OutboxRecord, attempts: [OutboxAttempt], notice: String?, _ lang: Language) -> Page {
        Page(title: record.subject, area: .staff,
             breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.navOutbox(lang), PlatformURL.outbox.path)]) { ctx in
            fragment {
                Components.notice(notice)
                el("dl", [.class("facts")]) {
                    for (label, value) in [
                        (S.outboxEvent(lang), record.event), (S.outboxChannel(lang), S.outboxChannels[record.channel]!(lang)),
                        (S.outboxRecipient(lang), record.recipient), (S.outboxReference(lang), record.reference ?? "—"),
                        (S.outboxState(lang), S.outboxStates[record.state]!(lang)), (S.outboxAttempts(lang), String(record.attempts)),
                        (S.outboxCreated(lang), VNFormat.dateTime(record.createdAt)),
                        (S.outboxSentAt(lang), record.sentAt.map(VNFormat.dateTime) ?? "—"),
                        (record.state == .pending ? S.outboxNextAt(lang) : S.outboxLastError(lang),
                         record.state == .pending ? VNFormat.dateTime(record.nextAttemptAt) : (record.lastError ?? "—")),
                    ] {
                        el("dt", text: label)
                        el("dd", text: value)
                    }
                }
                el("h2", text: S.outboxBody(lang))
                el("pre", [.class("message-body")], text: record.body)
                el("h2", text: S.outboxLog(lang))
                el("ol", [.id("outbox-attempts")]) {
                    for attempt in attempts {
                        el("li", text: "\(VNFormat.dateTime(attempt.at)) — \(S.outboxOutcomes[attempt.outcome].map { $0(lang) } ?? attempt.outcome)"
                            + (attempt.detail.map { ": \($0)" } ?? ""))
                    }
                }
                if record.state != .pending {
                    el("form", [.id("outbox-resend"), .init("method", "post"), .init("action", PlatformURL.outboxResend(.text(record.id)).path)]) {
                        Components.csrfField(ctx)
                        Components.submit(S.outboxResend(lang))
                    }
                }
            }
        }
    }
}
