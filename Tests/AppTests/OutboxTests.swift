import Dossiers
import DossierRules
import FluentKit
import Foundation
import Platform
import SQLKit
import Testing
import WorkCalendar
@testable import App

/// Issue 15, first part: the transactional outbox and its e-mail channel, against a real SMTP
/// server (aiosmtpd) started by the test.
@Suite("Outbox: written with the event, delivered once over real SMTP, retried, dead-lettered", .enabled(if: SMTPTestServer.available))
struct OutboxTests {
    /// A received message's header and its decoded text body.
    static func header(_ name: String, _ raw: String) -> String? {
        raw.components(separatedBy: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
            .map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces) }
    }

    static func body(_ raw: String) -> String {
        guard let split = raw.range(of: "\r\n\r\n") else { return "" }
        let base64 = raw[split.upperBound...].replacingOccurrences(of: "\r\n", with: "")
        return Data(base64Encoded: base64).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }

    static func subject(_ raw: String) -> String {
        let value = header("Subject", raw) ?? ""
        guard value.hasPrefix("=?UTF-8?B?"), value.hasSuffix("?=") else { return value }
        return Data(base64Encoded: String(value.dropFirst(10).dropLast(2))).flatMap { String(data: $0, encoding: .utf8) } ?? value
    }

    static func draft(_ key: String, to: String = "nguoidan@example.vn") -> OutboxDraft {
        OutboxDraft(key: key, event: "dossier.result_ready", channel: .email, recipient: to,
                    subject: "Hồ sơ 000.25.H41-260310-0001 đã có kết quả",
                    body: "Kính gửi ông/bà,\nHồ sơ của ông/bà đã có kết quả.\n.dòng bắt đầu bằng dấu chấm", reference: "000.25.H41-260310-0001")
    }

    static func delivery(_ server: SMTPTestServer, maxAttempts: Int = 8, holder: String = "a") -> OutboxDelivery {
        OutboxDelivery(
            transports: [.email: EmailTransport(smtp: SMTPConfiguration(url: "smtp://127.0.0.1:\(server.port)")!, from: "UBND huyện Diễn Châu <motcua@dienchau.gov.vn>")],
            policy: RetryPolicy(maxAttempts: maxAttempts), logger: .init(label: "test"), holder: holder)
    }

    @Test("The configuration is read from the URL: STARTTLS, implicit TLS, credentials, ports by default")
    func configuration() {
        let c = SMTPConfiguration(url: "smtp://user%40x:p%40ss@mail.example.vn:587?starttls=1")
        #expect(c == SMTPConfiguration(host: "mail.example.vn", port: 587, security: .startTLS, username: "user@x", password: "p@ss"))
        #expect(SMTPConfiguration(url: "smtps://mail.example.vn")?.port == 465)
        #expect(SMTPConfiguration(url: "smtps://mail.example.vn")?.security == .implicitTLS)
        #expect(SMTPConfiguration(url: "smtp://relay")?.port == 25)
        #expect(SMTPConfiguration(url: "http://mail.example.vn") == nil)
        #expect(SMTPConfiguration(url: "không phải địa chỉ") == nil)
        let env = AppConfig.fromEnvironment(["MINHBACH_SMTP_URL": "smtp://127.0.0.1:2525", "MINHBACH_MAIL_FROM": "motcua@dienchau.gov.vn"])
        #expect(env.smtp?.port == 2525 && env.mailFrom == "motcua@dienchau.gov.vn")
        #expect(AppConfig.fromEnvironment([:]).smtp == nil)
    }

    @Test("Retry schedule: 30 s doubling to an hour at most, dead after the last try or at once when permanent")
    func retryPolicy() {
        let policy = RetryPolicy(maxAttempts: 4)
        let t = Date(timeIntervalSince1970: 1_000_000)
        #expect(policy.next(after: 1, at: t, permanent: false) == t.addingTimeInterval(30))
        #expect(policy.next(after: 2, at: t, permanent: false) == t.addingTimeInterval(60))
        #expect(policy.next(after: 3, at: t, permanent: false) == t.addingTimeInterval(120))
        #expect(policy.next(after: 4, at: t, permanent: false) == nil)
        #expect(policy.next(after: 1, at: t, permanent: true) == nil)
        #expect(RetryPolicy(maxAttempts: 50).next(after: 20, at: t, permanent: false) == t.addingTimeInterval(3600))
    }

    @Test("Written twice with one key, the message is one; delivered over SMTP with its Message-ID, Vietnamese subject and body intact; the log has one try")
    func deliversOnce() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        try await withApp { env, _, _ in
            let db = env.database
            let now = env.clock.now
            #expect(try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("dossier.result_ready:1"), at: now, on: tx) })
            #expect(try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("dossier.result_ready:1"), at: now, on: tx) } == false)
            let delivery = Self.delivery(server)
            #expect(try await delivery.deliverDue(db, clock: env.clock) == 1)
            #expect(try await delivery.deliverDue(db, clock: env.clock) == 0)
            let mail = server.messages()
            #expect(mail.count == 1)
            let raw = try #require(mail.first)
            #expect(Self.subject(raw) == "Hồ sơ 000.25.H41-260310-0001 đã có kết quả")
            #expect(Self.body(raw).contains("Hồ sơ của ông/bà đã có kết quả."))
            #expect(Self.body(raw).contains("\r\n.dòng bắt đầu bằng dấu chấm"), "a line starting with a dot survives dot-stuffing")
            #expect(Self.header("Message-ID", raw) == "<dossier.result_ready.1@dienchau.gov.vn>")
            #expect(Self.header("X-Envelope-To", raw) == "nguoidan@example.vn")
            let record = try #require(try await Outbox.list(.init(), limit: 10, offset: 0, on: db.db).records.first)
            #expect(record.state == .sent && record.attempts == 1)
            #expect(try await Outbox.attempts(of: record.id, on: db.db).map(\.outcome) == ["sent"])
        }
    }

    @Test("A server that fails twice then accepts: one delivery and a log of three tries, the retries waiting their turn")
    func retries() async throws {
        let server = try SMTPTestServer(failFirst: 2)
        defer { server.stop() }
        let clock = SetClock(TestDatabase.start.foundationDate)
        try await withApp(clock: clock.clock) { env, _, _ in
            let db = env.database
            try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("k:retry"), at: clock.now, on: tx) }
            let delivery = Self.delivery(server)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 0)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 0, "not due again before 30 s")
            clock.advance(by: 31)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 0)
            clock.advance(by: 61)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 1)
            #expect(server.messages().count == 1)
            let record = try #require(try await Outbox.list(.init(), limit: 10, offset: 0, on: db.db).records.first)
            #expect(record.state == .sent && record.attempts == 3)
            #expect(try await Outbox.attempts(of: record.id, on: db.db).map(\.outcome) == ["failed", "failed", "sent"])
        }
    }

    @Test("After the last try a message is dead, with the reason; staff send it again (audited) and it goes")
    func deadLetterAndResend() async throws {
        let server = try SMTPTestServer(failFirst: 2)
        defer { server.stop() }
        let clock = SetClock(TestDatabase.start.foundationDate)
        try await withApp(clock: clock.clock) { env, _, _ in
            let db = env.database
            try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("k:dead"), at: clock.now, on: tx) }
            let delivery = Self.delivery(server, maxAttempts: 2)
            try await delivery.deliverDue(db, clock: clock.clock)
            clock.advance(by: 31)
            try await delivery.deliverDue(db, clock: clock.clock)
            var record = try #require(try await Outbox.list(.init(state: .dead), limit: 10, offset: 0, on: db.db).records.first)
            #expect(record.attempts == 2)
            #expect(record.lastError?.contains("451") == true)
            clock.advance(by: 3600)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 0, "a dead message is not tried again by itself")
            try await Outbox.resend(record.id, actor: .system("test", at: clock.now), on: db)
            #expect(try await delivery.deliverDue(db, clock: clock.clock) == 1)
            record = try #require(try await Outbox.find(record.id, on: db.db))
            #expect(record.state == .sent)
            #expect(try await Outbox.attempts(of: record.id, on: db.db).map(\.outcome) == ["failed", "dead", "resent", "sent"])
            #expect(try await AuditEntryModel.query(on: db.db).filter(\.$action == "outbox.resend").count() == 1)
        }
    }

    @Test("Two instances delivering at once send each message once")
    func twoInstances() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        try await withApp { env, _, _ in
            let db = env.database
            for n in 0..<40 {
                try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("k:\(n)", to: "nguoi\(n)@example.vn"), at: env.clock.now, on: tx) }
            }
            let a = Self.delivery(server, holder: "a"), b = Self.delivery(server, holder: "b")
            async let first = a.deliverDue(db, clock: env.clock)
            async let second = b.deliverDue(db, clock: env.clock)
            let (x, y) = try await (first, second)
            #expect(x + y == 40)
            let received = server.messages().compactMap { Self.header("X-Envelope-To", $0) }
            #expect(received.count == 40)
            #expect(Set(received).count == 40)
        }
    }

    @Test("STARTTLS with a certificate the configuration trusts, then AUTH PLAIN; a wrong password is a permanent failure; no password over plain text")
    func startTLSAndAuth() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mb-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tls = try SMTPTestServer.certificate(in: folder)
        let server = try SMTPTestServer(tls: tls, user: "motcua", password: "mật khẩu")
        defer { server.stop() }
        let mail = MailMessage(from: "motcua@dienchau.gov.vn", to: "a@example.vn", subject: "Thử", body: "Nội dung", messageID: "<t@dienchau.gov.vn>", date: Date())
        let good = try #require(SMTPConfiguration(url: "smtp://motcua:m%E1%BA%ADt%20kh%E1%BA%A9u@localhost:\(server.port)?starttls=1&ca=\(tls.cert)"))
        try await SMTPClient.send(mail, with: good)
        #expect(server.messages().count == 1)
        let wrong = try #require(SMTPConfiguration(url: "smtp://motcua:sai@localhost:\(server.port)?starttls=1&ca=\(tls.cert)"))
        await #expect(throws: SMTPError.self) { try await SMTPClient.send(mail, with: wrong) }
        do { try await SMTPClient.send(mail, with: wrong) } catch let error as SMTPError { #expect(error.permanent) }
        let untrusted = try #require(SMTPConfiguration(url: "smtp://motcua:sai@localhost:\(server.port)?starttls=1"))
        await #expect(throws: SMTPError.self) { try await SMTPClient.send(mail, with: untrusted) }
        let plain = try #require(SMTPConfiguration(url: "smtp://motcua:sai@localhost:\(server.port)"))
        do { try await SMTPClient.send(mail, with: plain) } catch let error as SMTPError { #expect(error.permanent && error.description.contains("without TLS")) }
        #expect(server.messages().count == 1)
    }

    @Test("Housekeeping deletes messages sent or given up 90 days ago, with their tries; a waiting message stays")
    func retention() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        let clock = SetClock(TestDatabase.start.foundationDate)
        try await withApp(clock: clock.clock) { env, _, _ in
            let db = env.database
            try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("k:old"), at: clock.now, on: tx) }
            try await Self.delivery(server).deliverDue(db, clock: clock.clock)
            try await db.writeTransaction { tx in
                try await Outbox.enqueue(OutboxDraft(key: "k:waiting", event: "e", channel: .sms, recipient: "0912345678", subject: "s", body: "b"), at: clock.now, on: tx)
            }
            clock.advance(by: 89 * 86_400)
            #expect(try await Housekeeping.run(now: clock.now, addressRetentionDays: 30, on: db.db).messages == 0)
            clock.advance(by: 2 * 86_400)
            #expect(try await Housekeeping.run(now: clock.now, addressRetentionDays: 30, on: db.db).messages == 1)
            #expect(try await Outbox.counts(on: db.db) == [.pending: 1])
            #expect(try await db.sql.raw("SELECT COUNT(*) AS n FROM outbox_attempts").first()?.decode(column: "n", as: Int.self) == 0)
        }
    }

    @Test("With no mail server configured, messages wait in the outbox")
    func waitsWithoutConfiguration() async throws {
        try await withApp { env, _, _ in
            let db = env.database
            try await db.writeTransaction { tx in try await Outbox.enqueue(Self.draft("k:wait"), at: env.clock.now, on: tx) }
            let delivery = OutboxDelivery(transports: OutboxDelivery.transports(env.config), logger: .init(label: "test"))
            #expect(try await delivery.deliverDue(db, clock: env.clock) == 0)
            #expect(try await Outbox.counts(on: db.db) == [.pending: 1])
        }
    }
}

/// Issue 15: the applicant who agreed at the desk is told by e-mail, from the same transaction as
/// the dossier's own write, through the real SMTP server.
@Suite("Dossier notices by e-mail", .enabled(if: SMTPTestServer.available))
struct DossierNoticeTests {
    @Test("Received with consent: a message with the code, the appointment and the lookup link, and nothing of the person; the result ready tells again; without consent nothing is written; consent without an address is refused")
    func receivedAndResultReady() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        try await withApp { env, f, client in
            let (_, procedure) = try await DossierTests.desk(env, f)
            var browser = Browser()
            _ = try await browser.signIn(client, "motcua")
            let deskID = try await UnitModel.query(on: env.database.db).filter(\.$kind == UnitKind.oneStopDesk.rawValue).first()!.id!
            var fields = ["thu-tuc": "1.001193", "loai": "individual", "ho-ten": "Trần Văn Bình", "cccd": "040095001234", "dien-thoai": "0912 345 678",
                          "dia-chi": "Xóm 2, xã Diễn Lâm", "kenh": "inPerson", "thoi-han": "5", "don-vi-thoi-han": "workingDays", "ket-qua": "accept",
                          "co-quan": f.justice.id.uuidString, "noi-tiep-nhan": deskID.uuidString, "le-phi": "", "thong-bao-email": "1"]
            for index in procedure.documents.indices {
                fields["ban-chinh-\(index)"] = String(procedure.documents[index].originals ?? 1)
                fields["ban-sao-\(index)"] = String(procedure.documents[index].copies ?? 0)
            }
            // Consent without an address: refused, the box stays ticked, nothing written.
            let refused = try await browser.post(client, "/quan-tri/ho-so/tiep-nhan", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Cần địa chỉ thư điện tử"))
            #expect(refused.text.contains(#"id="thong-bao-email" name="thong-bao-email" value="1" checked"#))
            #expect(try await Outbox.counts(on: env.database.db).isEmpty)

            fields["email"] = "binh.tran@example.vn"
            #expect(try await browser.post(client, "/quan-tri/ho-so/tiep-nhan", fields).status == .seeOther)
            // Without consent: received, no message.
            var silent = fields
            silent["thong-bao-email"] = nil
            silent["email"] = "khac@example.vn"
            #expect(try await browser.post(client, "/quan-tri/ho-so/tiep-nhan", silent).status == .seeOther)
            let messages = try await Outbox.list(.init(), limit: 10, offset: 0, on: env.database.db).records
            #expect(messages.map(\.event) == ["dossier.received"])
            let code = try #require(messages.first?.reference)

            // The result is ready: told again, in the action's own transaction.
            let record = try #require(try await DossierStore.find(code: code, on: env.database.db))
            let calendar = try HolidayCalendar.bundled()
            let officer = AuditActor.system("test", at: env.clock.now)
            try await DossierStore.apply(.startProcessing(toUnit: f.justice.id, toPerson: "Cán bộ", note: nil), to: record.id, actor: officer,
                                         actorUnit: deskID, calendar: calendar, notices: .init(AppConfig(publicURL: "https://dichvucong.example.vn")), on: env.database)
            try await DossierStore.apply(.complete(note: nil), to: record.id, actor: officer, actorUnit: f.justice.id, calendar: calendar,
                                         notices: .init(AppConfig(publicURL: "https://dichvucong.example.vn")), on: env.database)
            #expect(try await Outbox.list(.init(), limit: 10, offset: 0, on: env.database.db).records.map(\.event).sorted()
                    == ["dossier.received", "dossier.result_ready"])

            let delivery = OutboxDelivery(
                transports: [.email: EmailTransport(smtp: SMTPConfiguration(url: "smtp://127.0.0.1:\(server.port)")!, from: "motcua@dienchau.gov.vn")],
                logger: .init(label: "test"))
            #expect(try await delivery.deliverDue(env.database, clock: env.clock) == 2)
            let mail = server.messages()
            #expect(mail.count == 2)
            let received = try #require(mail.first { OutboxTests.subject($0).contains("đã được tiếp nhận") })
            let text = OutboxTests.body(received)
            #expect(OutboxTests.header("X-Envelope-To", received) == "binh.tran@example.vn")
            #expect(text.contains("Mã hồ sơ: \(code)."))
            #expect(text.contains("Hẹn trả kết quả:"))
            #expect(text.contains("/tra-cuu-ho-so?ma="))
            for personal in ["Trần Văn Bình", "040095001234", "0912", "Xóm 2"] { #expect(!text.contains(personal), "no \(personal) in the message") }
            let ready = try #require(mail.first { OutboxTests.subject($0).contains("đã có kết quả") })
            #expect(OutboxTests.body(ready).contains("https://dichvucong.example.vn/tra-cuu-ho-so?ma="))
        }
    }
}
