import Localization

extension S {
    public static let navOutbox = LocalizedText("Thư gửi đi", "Outgoing messages")
    static let outboxTitle = LocalizedText("Thư gửi đi (thư điện tử, tin nhắn)", "Outgoing messages (e-mail, SMS)")
    static let outboxIntro = LocalizedText(
        "Mỗi thông báo gửi người dân hoặc cán bộ được ghi vào hộp thư đi cùng lúc với việc làm ra nó, rồi được gửi đi, thử lại khi lỗi; thư thử hết số lần cho phép thì dừng lại chờ gửi lại. Mỗi lần thử đều được ghi.",
        "Every message to a citizen or an officer is written to the outbox together with the event that causes it, then sent, and tried again on failure; a message that used up its tries stops and waits to be sent again. Every try is logged.")
    static let outboxNotConfigured = LocalizedText(
        "Chưa cấu hình máy chủ thư (MINHBACH_SMTP_URL và MINHBACH_MAIL_FROM): thư điện tử đang chờ trong hộp thư đi và sẽ được gửi khi cấu hình xong.",
        "No mail server is configured (MINHBACH_SMTP_URL and MINHBACH_MAIL_FROM): e-mails wait in the outbox and go once it is configured.")
    static let outboxChannelWaiting = LocalizedText(
        "Kênh {0} chưa được cấu hình: các thư của kênh này đang chờ.", "The {0} channel is not configured: its messages wait.")
    static let outboxSummary = LocalizedText("Đang chờ: {0} · Đã gửi: {1} · Dừng (hết lượt thử): {2}", "Waiting: {0} · Sent: {1} · Stopped (out of tries): {2}")
    static let outboxState = LocalizedText("Trạng thái", "State")
    static let outboxChannel = LocalizedText("Kênh", "Channel")
    static let outboxEvent = LocalizedText("Sự kiện", "Event")
    static let outboxReference = LocalizedText("Mã hồ sơ, vụ việc", "Record")
    static let outboxRecipient = LocalizedText("Người nhận", "Recipient")
    static let outboxSubject = LocalizedText("Tiêu đề", "Subject")
    static let outboxAttempts = LocalizedText("Số lần thử", "Tries")
    static let outboxCreated = LocalizedText("Ghi lúc", "Written")
    static let outboxSentAt = LocalizedText("Gửi lúc", "Sent")
    static let outboxNextAt = LocalizedText("Thử lại lúc", "Next try")
    static let outboxLastError = LocalizedText("Lỗi gần nhất", "Last error")
    static let outboxBody = LocalizedText("Nội dung", "Text")
    static let outboxLog = LocalizedText("Nhật ký gửi", "Delivery log")
    static let outboxResend = LocalizedText("Gửi lại", "Send again")
    static let outboxResent = LocalizedText("Đã đưa thư vào hàng chờ gửi lại.", "The message is queued to be sent again.")
    static let outboxNone = LocalizedText("Không có thư nào.", "No message.")
    static let outboxFilter = LocalizedText("Lọc", "Filter")
    static let outboxAll = LocalizedText("Tất cả", "All")
    static let outboxStates: [OutboxState: LocalizedText] = [
        .pending: LocalizedText("Đang chờ gửi", "Waiting"),
        .sent: LocalizedText("Đã gửi", "Sent"),
        .dead: LocalizedText("Dừng (hết lượt thử)", "Stopped (out of tries)"),
    ]
    static let outboxChannels: [OutboxChannel: LocalizedText] = [
        .email: LocalizedText("Thư điện tử", "E-mail"),
        .sms: LocalizedText("Tin nhắn SMS", "SMS"),
        .webhook: LocalizedText("Webhook", "Webhook"),
    ]
    static let outboxOutcomes: [String: LocalizedText] = [
        "sent": LocalizedText("Đã gửi", "Sent"),
        "failed": LocalizedText("Lỗi, sẽ thử lại", "Failed, will retry"),
        "dead": LocalizedText("Lỗi, dừng", "Failed, stopped"),
        "resent": LocalizedText("Cán bộ cho gửi lại", "Sent again by staff"),
    ]
}
