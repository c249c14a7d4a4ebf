import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Where and how to hand mail over: read from `MINHBACH_SMTP_URL`, e.g.
/// `smtp://user:pass@mail.example.vn:587?starttls=1` (STARTTLS, then AUTH), `smtps://…:465`
/// (TLS from the first byte) or `smtp://127.0.0.1:25` (a local relay, no TLS). `ca=/path.pem`
/// trusts that certificate authority too (a relay with the office's own certificate).
public struct SMTPConfiguration: Sendable, Equatable {
    public enum Security: String, Sendable { case none, startTLS, implicitTLS }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    public var trustedCAFile: String?
    /// Seconds for the whole conversation of one message.
    public var timeoutSeconds: Int64 = 30

    public init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil, trustedCAFile: String? = nil) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.trustedCAFile = trustedCAFile
    }

    /// Nil for anything that is not a complete smtp:// or smtps:// URL.
    public init?(url text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              ["smtp", "smtps"].contains(scheme), let host = components.host, !host.isEmpty else { return nil }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name.lowercased(), $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        let startTLS = ["1", "true", "yes"].contains(query["starttls"]?.lowercased() ?? "")
        self.host = host
        security = scheme == "smtps" ? .implicitTLS : (startTLS ? .startTLS : .none)
        port = components.port ?? (scheme == "smtps" ? 465 : (startTLS ? 587 : 25))
        username = components.user.flatMap { $0.removingPercentEncoding ?? $0 }.flatMap { $0.isEmpty ? nil : $0 }
        password = components.password.flatMap { $0.removingPercentEncoding ?? $0 }
        trustedCAFile = query["ca"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A plain-text message, as the outbox hands it to the mail server.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: String
    public var subject: String
    public var body: String
    /// `<key@host>`: the same for every try of one message, so a receiver can drop a repeat.
    public var messageID: String
    public var date: Date
    public var extraHeaders: [(String, String)] = []

    public init(from: String, to: String, subject: String, body: String, messageID: String, date: Date, extraHeaders: [(String, String)] = []) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.messageID = messageID
        self.date = date
        self.extraHeaders = extraHeaders
    }

    public static func == (a: MailMessage, b: MailMessage) -> Bool {
        a.from == b.from && a.to == b.to && a.subject == b.subject && a.body == b.body && a.messageID == b.messageID
    }

    /// The message in RFC 5322 form: UTF-8 headers encoded as RFC 2047 words, the body as
    /// base64 UTF-8 text in lines of 76, CRLF line ends.
    public var rendered: String {
        var headers: [(String, String)] = [
            ("From", from), ("To", to), ("Subject", Self.encodedWord(subject)), ("Date", Self.rfc5322Date(date)),
            ("Message-ID", messageID), ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ]
        headers += extraHeaders
        let base64 = Data(body.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n").utf8).base64EncodedString()
        var lines: [String] = headers.map { "\($0.0): \($0.1)" }
        lines.append("")
        var index = base64.startIndex
        while index < base64.endIndex {
            let end = base64.index(index, offsetBy: 76, limitedBy: base64.endIndex) ?? base64.endIndex
            lines.append(String(base64[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func encodedWord(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 || $0 < 0x20 }) else { return text }
        return "=?UTF-8?B?" + Data(text.precomposedStringWithCanonicalMapping.utf8).base64EncodedString() + "?="
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    /// The address inside "Name <address>", or the whole text.
    static func address(_ text: String) -> String {
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// What went wrong in an SMTP conversation: `permanent` (a 5xx reply: trying again will not help)
/// or not (a 4xx reply, a network failure, a time-out).
public struct SMTPError: Error, Sendable, CustomStringConvertible {
    public var permanent: Bool
    public var description: String
}

/// An SMTP client (RFC 5321) on SwiftNIO: EHLO, STARTTLS (RFC 3207) when asked, AUTH PLAIN
/// (RFC 4954), then MAIL, RCPT, DATA and QUIT for one message per connection.
public enum SMTPClient {
    public static func send(_ mail: MailMessage, with config: SMTPConfiguration, on group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws {
        let tls = try config.security == .none ? nil : makeTLSContext(config)
        let (stream, continuation) = AsyncThrowingStream<SMTPReply, any Error>.makeStream()
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.seconds(10))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if config.security == .implicitTLS, let tls {
                        try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: tls, serverHostname: serverName(config.host)))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler(continuation))
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: config.host, port: config.port).get()
        } catch {
            throw SMTPError(permanent: false, description: "connect \(config.host):\(config.port): \(error)")
        }
        let conversation = Conversation(channel: channel, replies: stream.makeAsyncIterator())
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await conversation.run(mail, config: config, tls: tls) }
                group.addTask {
                    try await Task.sleep(for: .seconds(config.timeoutSeconds))
                    throw SMTPError(permanent: false, description: "timed out after \(config.timeoutSeconds) s")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as SMTPError {
            try? await channel.close()
            throw error
        } catch {
            // A TLS handshake refused (an untrusted certificate), a write on a closed connection.
            try? await channel.close()
            throw SMTPError(permanent: false, description: "\(error)")
        }
        try? await channel.close()
    }

    static func serverName(_ host: String) -> String? {
        // SNI takes names, not addresses.
        host.allSatisfy({ $0.isNumber || $0 == "." || $0 == ":" }) ? nil : host
    }

    static func makeTLSContext(_ config: SMTPConfiguration) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = config.trustedCAFile {
            tls.trustRoots = .file(file)
        }
        return try NIOSSLContext(configuration: tls)
    }

    /// One message's exchange; not shared between tasks.
    final class Conversation: @unchecked Sendable {
        let channel: any Channel
        var replies: AsyncThrowingStream<SMTPReply, any Error>.AsyncIterator

        init(channel: any Channel, replies: AsyncThrowingStream<SMTPReply, any Error>.AsyncIterator) {
            self.channel = channel
            self.replies = replies
        }

        func run(_ mail: MailMessage, config: SMTPConfiguration, tls: NIOSSLContext?) async throws {
            try await expect(220, "greeting")
            var capabilities = try await ehlo()
            if config.security == .startTLS, let tls {
                guard capabilities.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw SMTPError(permanent: false, description: "the server does not offer STARTTLS")
                }
                try await command("STARTTLS", expect: 220)
                let handler = try NIOSSLClientHandler(context: tls, serverHostname: SMTPClient.serverName(config.host))
                try await channel.pipeline.addHandler(handler, position: .first).get()
                capabilities = try await ehlo()
            }
            if let username = config.username {
                guard config.security != .none else {
                    throw SMTPError(permanent: true, description: "refusing to send the password without TLS")
                }
                guard capabilities.contains(where: { $0.uppercased().hasPrefix("AUTH") && $0.uppercased().contains("PLAIN") }) else {
                    throw SMTPError(permanent: true, description: "the server offers no AUTH PLAIN")
                }
                let token = Data("\u{0}\(username)\u{0}\(config.password ?? "")".utf8).base64EncodedString()
                try await command("AUTH PLAIN \(token)", expect: 235, label: "AUTH PLAIN")
            }
            try await command("MAIL FROM:<\(MailMessage.address(mail.from))>", expect: 250)
            try await command("RCPT TO:<\(MailMessage.address(mail.to))>", expect: 250, 251)
            try await command("DATA", expect: 354)
            // Dot-stuffing (RFC 5321 §4.5.2), then the end-of-data line.
            let body = mail.rendered.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
            try await write(body + ".\r\n")
            try await expect(250, "end of data")
            try? await write("QUIT\r\n")
        }

        func ehlo() async throws -> [String] {
            try await write("EHLO minhbach\r\n")
            let reply = try await next()
            guard reply.code == 250 else { throw reply.error("EHLO") }
            return Array(reply.lines.dropFirst())
        }

        func command(_ line: String, expect codes: Int..., label: String? = nil) async throws {
            try await write(line + "\r\n")
            let reply = try await next()
            guard codes.contains(reply.code) else { throw reply.error(label ?? line) }
        }

        func expect(_ code: Int, _ what: String) async throws {
            let reply = try await next()
            guard reply.code == code else { throw reply.error(what) }
        }

        func write(_ text: String) async throws {
            try await channel.writeAndFlush(ByteBuffer(string: text)).get()
        }

        func next() async throws -> SMTPReply {
            guard let reply = try await replies.next() else {
                throw SMTPError(permanent: false, description: "the server closed the connection")
            }
            return reply
        }
    }
}

/// One reply: its code and its lines (without the code).
struct SMTPReply: Sendable {
    var code: Int
    var lines: [String]

    func error(_ after: String) -> SMTPError {
        SMTPError(permanent: (500..<600).contains(code), description: "\(after): \(code) \(lines.joined(separator: " / "))")
    }
}

/// Splits the server's bytes into replies: lines "250-…" continue, "250 …" ends one.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    var pending: [String] = []
    /// Longest line accepted; a server sending more is broken.
    static let maxLine = 4096

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maxLine { throw SMTPError(permanent: false, description: "reply line too long") }
            return .needMoreData
        }
        let length = newline - buffer.readerIndex + 1
        guard var line = buffer.readString(length: length) else { return .needMoreData }
        line = line.trimmingCharacters(in: .newlines)
        let code = Int(line.prefix(3)) ?? 0
        let separator = line.count > 3 ? line[line.index(line.startIndex, offsetBy: 3)] : " "
        pending.append(line.count > 4 ? String(line.dropFirst(4)) : "")
        if separator != "-" {
            context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: pending)))
            pending = []
        }
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Hands replies to the conversation; ends the stream when the connection closes or fails.
final class SMTPReplyHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = SMTPReply
    let continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation

    init(_ continuation: AsyncThrowingStream<SMTPReply, any Error>.Continuation) {
        self.continuation = continuation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        continuation.yield(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        continuation.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        continuation.finish(throwing: SMTPError(permanent: false, description: "\(error)"))
        context.close(promise: nil)
    }
}
