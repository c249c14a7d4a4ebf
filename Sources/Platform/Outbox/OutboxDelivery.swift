import FluentKit
import Foundation
import Logging
import NIOConcurrencyHelpers

/// A failed hand-over: `permanent` when trying again cannot help (the server refused the address).
public struct DeliveryFailure: Error, Sendable, CustomStringConvertible {
    public var permanent: Bool
    public var description: String
    public init(permanent: Bool, _ description: String) {
        self.permanent = permanent
        self.description = description
    }
}

/// One way out (e-mail, SMS gateway, webhook), behind one interface.
public protocol OutboxTransport: Sendable {
    /// Hands the message over, or throws (`DeliveryFailure`, or any error: then temporary).
    /// Returns what to note in the delivery log (the server's acknowledgement).
    func deliver(_ message: OutboxRecord) async throws -> String?
}

/// E-mail over SMTP (`MINHBACH_SMTP_URL`, `MINHBACH_MAIL_FROM`). The Message-ID is made from the
/// message's idempotency key, so every try of one message carries the same one.
public struct EmailTransport: OutboxTransport {
    public var smtp: SMTPConfiguration
    public var from: String

    public init(smtp: SMTPConfiguration, from: String) {
        self.smtp = smtp
        self.from = from
    }

    public static func messageID(key: String, from: String) -> String {
        let domain = MailMessage.address(from).split(separator: "@").last.map(String.init) ?? "minhbach.invalid"
        let safe = key.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) ? String($0) : "." }.joined()
        return "<\(safe)@\(domain)>"
    }

    public func deliver(_ message: OutboxRecord) async throws -> String? {
        let mail = MailMessage(
            from: from, to: message.recipient, subject: message.subject, body: message.body,
            messageID: Self.messageID(key: message.key, from: from), date: message.createdAt)
        do {
            try await SMTPClient.send(mail, with: smtp)
        } catch let error as SMTPError {
            throw DeliveryFailure(permanent: error.permanent, error.description)
        }
        return "250 \(smtp.host)"
    }
}

/// Delivers the outbox: every instance runs it; a message is taken under a lease in the database
/// (`Outbox.claim`), so two instances never send it at the same time.
///
/// The guarantee is at least once: a message is marked sent after the channel accepted it, so
/// an instance killed between the two sends it again when the lease ends (two minutes). Such a
/// repeat carries the same Message-ID, by which mail systems drop it. Nothing is lost: a message
/// written with its event stays until it is sent or dead.
public final class OutboxDelivery: Sendable {
    public let transports: [OutboxChannel: any OutboxTransport]
    public let policy: RetryPolicy
    public let holder: String
    let logger: Logger
    /// Messages taken per pass.
    static let batch = 50
    static let lease: TimeInterval = 120
    static let interval: Duration = .seconds(1)

    public init(transports: [OutboxChannel: any OutboxTransport], policy: RetryPolicy = RetryPolicy(), logger: Logger,
                holder: String = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))") {
        self.transports = transports
        self.policy = policy
        self.holder = holder
        self.logger = logger
    }

    /// The transports the configuration names: e-mail when `MINHBACH_SMTP_URL` and
    /// `MINHBACH_MAIL_FROM` are both set.
    public static func transports(_ config: AppConfig) -> [OutboxChannel: any OutboxTransport] {
        var transports: [OutboxChannel: any OutboxTransport] = [:]
        if let smtp = config.smtp, let from = config.mailFrom { transports[.email] = EmailTransport(smtp: smtp, from: from) }
        return transports
    }

    /// One pass: takes the due messages of the channels that can send and tries each once.
    /// Returns how many were handed over.
    @discardableResult
    public func deliverDue(_ handle: DatabaseHandle, clock: WallClock) async throws -> Int {
        var sent = 0
        while true {
            let now = clock.now
            let channels = Set(transports.keys)
            let claimed = try await handle.writeTransaction { [holder] tx in
                try await Outbox.claim(
                    limit: Self.batch, channels: channels, holder: holder, now: now, until: now.addingTimeInterval(Self.lease), on: tx)
            }
            if claimed.isEmpty { return sent }
            for message in claimed {
                guard let transport = transports[message.channel] else { continue }
                do {
                    let detail = try await transport.deliver(message)
                    try await Outbox.markSent(message.id, holder: holder, at: clock.now, detail: detail, on: handle)
                    sent += 1
                } catch {
                    let failure = error as? DeliveryFailure
                    // No recipient's address in the log line: the message's id says which.
                    logger.warning("delivery failed", metadata: ["message": .string(message.id), "channel": .string(message.channel.rawValue)])
                    try await Outbox.markFailed(
                        message, error: failure?.description ?? "\(error)", permanent: failure?.permanent ?? false, policy: policy,
                        at: clock.now, on: handle)
                }
            }
            if claimed.count < Self.batch { return sent }
        }
    }

    /// Delivers every second until cancelled.
    public func follow(_ handle: DatabaseHandle, clock: WallClock) async {
        while !Task.isCancelled {
            do {
                try await deliverDue(handle, clock: clock)
            } catch {
                logger.error("outbox pass failed", metadata: ["error": .string("\(error)")])
            }
            try? await Task.sleep(for: Self.interval)
        }
    }
}
