import Foundation
import Hummingbird

/// The staff's delivery log (`/quan-tri/thu-gui`): filters, each message with its tries, send again.
public enum OutboxRoutes {
    static let perPage = 50

    /// `configured`: the channels this server can send on (the others' messages wait).
    public static func register(_ routes: Routes, _ services: Services, configured: Set<OutboxChannel>) {
        routes.staff.get(PlatformURL.outbox.path, requires: .viewOutbox) { request, context in
            let q = request.queryFields
            func value(_ key: String) -> String? { q[key].map(InputText.clean).flatMap { $0.isEmpty ? nil : String($0.prefix(120)) } }
            let filter = Outbox.Filter(
                state: value("trang-thai").flatMap(OutboxState.init(rawValue:)), channel: value("kenh").flatMap(OutboxChannel.init(rawValue:)),
                event: value("su-kien"), reference: value("ma"))
            let page = min(10_000, max(1, Int(q["trang"] ?? "") ?? 1))
            let (records, total) = try await Outbox.list(filter, limit: perPage, offset: (page - 1) * perPage, on: services.db)
            let counts = try await Outbox.counts(on: services.db)
            let waitingChannels = try await Outbox.channelsWaiting(on: services.db).filter { !configured.contains($0) }
            let model = OutboxViews.ListModel(
                records: records, total: total, page: page, perPage: perPage, filter: filter, counts: counts,
                events: try await Outbox.events(on: services.db), waiting: (configured.contains(.email) ? [] : [.email]) + waitingChannels.filter { $0 != .email })
            return try await services.render(OutboxViews.list(model, context.language), request, context)
        }
        routes.staff.get(PlatformURL.outboxMessage(":id").path, requires: .viewOutbox) { request, context in
            let id = context.parameters.get("id") ?? ""
            guard let record = try await Outbox.find(id, on: services.db) else { throw AppError.notFound }
            let notice = request.queryFields["thong-bao"] == "da-gui-lai" ? S.outboxResent(context.language) : nil
            return try await services.render(
                OutboxViews.detail(record, attempts: try await Outbox.attempts(of: id, on: services.db), notice: notice, context.language),
                request, context)
        }
        routes.staff.post(PlatformURL.outboxResend(":id").path, requires: .viewOutbox) { _, context in
            let id = context.parameters.get("id") ?? ""
            try await Outbox.resend(id, actor: context.actor, on: services.database)
            return Responses.redirect(PlatformURL.outboxMessage(.text(id)).path + "?thong-bao=da-gui-lai")
        }
    }
}
