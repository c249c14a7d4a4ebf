import Platform
import Localization

extension S {
    static let homeFeedbackTitle = LocalizedText("Phản ánh, kiến nghị", "Feedback and petitions")
    static let homeFeedbackText = LocalizedText(
        "Góp ý về quy định hành chính và cách giải quyết thủ tục.",
        "Comment on administrative rules and how procedures are handled.")
    static let staffFeedbackText = LocalizedText(
        "Tiếp nhận, phân loại, chuyển xử lý và trả lời phản ánh, kiến nghị đúng hạn.",
        "Register, classify, forward and answer feedback on time.")
    // Navigation and titles
    static let fbNavSubmit = LocalizedText("Phản ánh, kiến nghị", "Feedback")
    static let fbNavPublished = LocalizedText("Kết quả trả lời PAKN", "Published answers")
    static let fbNavStaff = LocalizedText("Phản ánh, kiến nghị", "Feedback")
    static let fbNavRates = LocalizedText("Chỉ số PAKN (QĐ 766)", "Feedback indicators (Decision 766)")
    static let fbNavKeys = LocalizedText("Khóa Open311", "Open311 keys")
    static let fbFormTitle = LocalizedText("Gửi phản ánh, kiến nghị về quy định hành chính", "Send feedback on administrative regulations")
    static let fbReceiptTitle = LocalizedText("Đã tiếp nhận phản ánh, kiến nghị", "Feedback received")
    static let fbFollowTitle = LocalizedText("Theo dõi phản ánh, kiến nghị", "Follow your feedback")
    static let fbPublishedTitle = LocalizedText("Kết quả trả lời phản ánh, kiến nghị", "Published answers to feedback")
    static let fbStaffTitle = LocalizedText("Phản ánh, kiến nghị", "Feedback and petitions")
    static let fbRegisterTitle = LocalizedText("Sổ tiếp nhận phản ánh, kiến nghị", "Feedback register")
    static let fbEntryTitle = LocalizedText("Nhập phản ánh, kiến nghị nhận qua điện thoại, thư, trực tiếp", "Enter feedback received by phone, letter or in person")
    static let fbRatesTitle = LocalizedText("Chỉ số xử lý phản ánh, kiến nghị (Quyết định 766/QĐ-TTg)", "Feedback indicators (Decision 766/QĐ-TTg)")
    static let fbKeysTitle = LocalizedText("Khóa API Open311", "Open311 API keys")

    // Form
    static let fbSenderKind = LocalizedText("Người gửi là", "Sender is")
    static let fbIndividual = LocalizedText("Cá nhân", "Individual")
    static let fbOrganisation = LocalizedText("Tổ chức", "Organisation")
    static let fbOrganisationName = LocalizedText("Tên tổ chức (nếu gửi thay mặt tổ chức)", "Organisation (when sending for one)")
    static let fbName = LocalizedText("Họ và tên", "Full name")
    static let fbAddress = LocalizedText("Địa chỉ", "Address")
    static let fbPhone = LocalizedText("Số điện thoại", "Phone number")
    static let fbEmail = LocalizedText("Thư điện tử (không bắt buộc)", "E-mail (optional)")
    static let fbAboutHeading = LocalizedText("Phản ánh, kiến nghị về", "What it is about")
    static let fbProcedureCode = LocalizedText("Mã thủ tục hành chính", "Procedure code")
    static let fbProcedureHint = LocalizedText("Ví dụ 1.001193 — xem trong danh mục thủ tục. Hoặc ghi tên quy định ở ô dưới.", "For example 1.001193 — see the catalogue. Or name the regulation below.")
    static let fbRegulation = LocalizedText("Quy định hành chính (tên văn bản, điều, khoản)", "Regulation (document, article)")
    static let fbContentKind = LocalizedText("Loại nội dung", "Kind of content")
    static let fbContent = LocalizedText("Nội dung phản ánh, kiến nghị", "Content")
    static let fbAttachments = LocalizedText("Tài liệu kèm theo (không bắt buộc)", "Attachments (optional)")
    static let fbAttachmentsHint = LocalizedText("Tối đa 3 tệp PDF, Word, Excel, JPG hoặc PNG, mỗi tệp không quá 5 MB.", "Up to 3 PDF, Word, Excel, JPG or PNG files, 5 MB each at most.")
    static let fbHoneypot = LocalizedText("Để trống ô này", "Leave this empty")
    static let fbSubmit = LocalizedText("Gửi phản ánh, kiến nghị", "Send")
    static let fbChannel = LocalizedText("Hình thức tiếp nhận", "Channel")
    static let fbReceivedAt = LocalizedText("Thời điểm tiếp nhận (dd/mm/yyyy hh:mm)", "Received at (dd/mm/yyyy hh:mm)")
    static let fbConsentStaff = LocalizedText("Đã thông báo và người gửi đồng ý việc xử lý dữ liệu cá nhân", "The sender was told and agreed to the processing of personal data")

    // Errors
    static let fbErrUnknownProcedure = LocalizedText("Không tìm thấy thủ tục mã {0} trong danh mục thủ tục hành chính.", "No procedure with code {0} in the catalogue.")
    static let fbErrTooManyFiles = LocalizedText("Chỉ gửi được tối đa 3 tệp.", "At most 3 files.")
    static let fbErrFileTooLarge = LocalizedText("Tệp {0} lớn hơn 5 MB.", "The file {0} is larger than 5 MB.")
    static let fbErrFileType = LocalizedText("Tệp {0} không đúng loại cho phép (PDF, Word, Excel, JPG, PNG).", "The file {0} is not an allowed type (PDF, Word, Excel, JPG, PNG).")
    static let fbErrTooMany = LocalizedText("Địa chỉ của bạn đã gửi quá nhiều phản ánh trong một giờ. Vui lòng thử lại sau.", "Too many submissions from your address within an hour. Please try again later.")
    static let fbErrBot = LocalizedText("Không gửi được biểu mẫu. Vui lòng thử lại.", "The form could not be sent. Please try again.")
    static let fbErrReceivedAt = LocalizedText("Thời điểm tiếp nhận không hợp lệ (dd/mm/yyyy hh:mm, không sau hiện tại).", "Invalid reception time (dd/mm/yyyy hh:mm, not in the future).")
    static let fbErrRequired = LocalizedText("Vui lòng nhập {0}.", "Please enter {0}.")

    // Receipt and follow-up
    static let fbReceiptLead = LocalizedText("Cảm ơn bạn. Phản ánh, kiến nghị đã được tiếp nhận với mã số:", "Thank you. Your feedback was received with the code:")
    static let fbReceiptKeep = LocalizedText("Hãy ghi lại mã này. Để theo dõi, nhập mã cùng 4 số cuối điện thoại đã khai.", "Keep this code. To follow it, enter the code and the last 4 digits of your phone.")
    static let fbReceivedOn = LocalizedText("Thời điểm tiếp nhận", "Received")
    static let fbAnswerDue = LocalizedText("Hạn trả lời dự kiến", "Expected answer by")
    static let fbFollowLink = LocalizedText("Theo dõi phản ánh, kiến nghị", "Follow your feedback")
    static let fbCode = LocalizedText("Mã phản ánh, kiến nghị", "Feedback code")
    static let fbCodeHint = LocalizedText("Dạng PAKN.YYYYMMDD.NNNN", "Like PAKN.YYYYMMDD.NNNN")
    static let fbLastFour = LocalizedText("4 số cuối điện thoại", "Last 4 phone digits")
    static let fbFollowSubmit = LocalizedText("Xem", "Show")
    static let fbNotFound = LocalizedText("Không tìm thấy phản ánh với mã và số điện thoại này.", "No feedback with this code and phone digits.")
    static let fbBlocked = LocalizedText("Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.", "Too many failed attempts. Please try again in 15 minutes.")
    static let fbStatus = LocalizedText("Tình trạng", "Status")
    static let fbAnswer = LocalizedText("Trả lời của cơ quan", "The body's answer")
    static let fbQuestion = LocalizedText("Nội dung phản ánh, kiến nghị (đã ẩn thông tin cá nhân)", "The feedback (personal data removed)")
    static let fbRateHeading = LocalizedText("Bạn có hài lòng với trả lời?", "Are you satisfied with the answer?")
    static let fbRateSubmit = LocalizedText("Gửi đánh giá", "Send the rating")
    static let fbDisagreeHeading = LocalizedText("Không đồng ý với trả lời", "Disagree with the answer")
    static let fbDisagreeReason = LocalizedText("Lý do không đồng ý", "Why you disagree")
    static let fbDisagreeSubmit = LocalizedText("Gửi ý kiến không đồng ý", "Send the disagreement")
    static let fbRated = LocalizedText("Cảm ơn bạn đã đánh giá.", "Thank you for your rating.")
    static let fbDisagreed = LocalizedText("Đã ghi nhận ý kiến không đồng ý của bạn.", "Your disagreement was recorded.")
    static let fbYourRating = LocalizedText("Đánh giá của bạn", "Your rating")
    static let fbResubmitted = LocalizedText("Ý kiến không đồng ý được tiếp nhận như một phản ánh mới, mã {0}.", "The disagreement was registered as new feedback, code {0}.")
    static let fbPrivacy = LocalizedText("Trang này không hiển thị họ tên, địa chỉ, số điện thoại của người gửi.", "This page never shows the sender's name, address or phone.")
    static let fbHistory = LocalizedText("Quá trình xử lý", "Handling history")

    // Staff
    static let fbNewEntry = LocalizedText("Nhập phản ánh nhận qua điện thoại, thư, trực tiếp", "Enter feedback received by phone, letter or in person")
    static let fbReceived = LocalizedText("Tiếp nhận", "Received")
    static let fbRegisterNo = LocalizedText("Số vào sổ", "Register no.")
    static let fbRegisterDate = LocalizedText("Ngày vào sổ", "Register date")
    static let fbSender = LocalizedText("Người gửi", "Sender")
    static let fbKind = LocalizedText("Loại", "Kind")
    static let fbClass = LocalizedText("Phân loại", "Class")
    static let fbUnit = LocalizedText("Đơn vị xử lý", "Handling unit")
    static let fbDue = LocalizedText("Hạn", "Due")
    static let fbFlag = LocalizedText("Cảnh báo", "Flag")
    static let fbFilterOpen = LocalizedText("Đang xử lý", "Open")
    static let fbFilterAll = LocalizedText("Tất cả", "All")
    static let fbFilter = LocalizedText("Lọc", "Filter")
    static let fbDeadlines = LocalizedText("Thời hạn", "Deadlines")
    static let fbActions = LocalizedText("Xử lý", "Actions")
    static let fbNotes = LocalizedText("Ghi chú nội bộ", "Internal notes")
    static let fbDone = LocalizedText("Đã cập nhật.", "Updated.")
    static let fbCreated = LocalizedText("Đã tiếp nhận phản ánh {0}.", "Feedback {0} received.")
    static let fbPreview = LocalizedText("Xem trước nội dung công khai (phần tô đậm sẽ được ẩn)", "Preview of the public text (marked parts are hidden)")
    static let fbSubject = LocalizedText("Về", "About")
    static let fbAttachmentsList = LocalizedText("Tài liệu kèm theo", "Attachments")
    static let fbLinked = LocalizedText("Liên quan phản ánh", "Linked to")
    static let fbNone = LocalizedText("Không có phản ánh nào.", "No feedback.")
    static let fbYear = LocalizedText("Năm", "Year")

    // Public list and statistics
    static let fbSearch = LocalizedText("Tìm trong kết quả đã công khai", "Search the published answers")
    static let fbField = LocalizedText("Lĩnh vực", "Field")
    static let fbFrom = LocalizedText("Từ ngày", "From")
    static let fbTo = LocalizedText("Đến ngày", "To")
    static let fbAllOption = LocalizedText("Tất cả", "All")
    static let fbNoResults = LocalizedText("Chưa có kết quả nào phù hợp.", "No matching answers.")
    static let fbStatsHeading = LocalizedText("Thống kê tiếp nhận, xử lý", "Reception and handling")
    static let fbStatsReceived = LocalizedText("Tiếp nhận", "Received")
    static let fbStatsOnTime = LocalizedText("Đã xử lý đúng hạn", "Handled on time")
    static let fbStatsLate = LocalizedText("Đã xử lý quá hạn", "Handled late")
    static let fbStatsPending = LocalizedText("Đang xử lý", "Pending")
    static let fbStatsNotAccepted = LocalizedText("Không tiếp nhận", "Not accepted")
    static let fbOnTimeRate = LocalizedText("Tỷ lệ xử lý đúng hạn (đúng hạn ÷ thuộc thẩm quyền)", "On-time rate (on time ÷ within competence)")
    static let fbSatisfaction = LocalizedText("Tỷ lệ hài lòng (hài lòng ÷ có đánh giá)", "Satisfaction (satisfied ÷ rated)")
    static let fbTotal = LocalizedText("Tổng số", "Total")
    static let fbPublishedOn = LocalizedText("Công khai ngày", "Published")
}

extension S {
    static let fbTemplate = LocalizedText("Mẫu trả lời", "Template")
    static let fbNoTemplate = LocalizedText("Không dùng mẫu", "No template")
}

extension S {
    static let fbKeyLabel = LocalizedText("Tên hệ thống được cấp khóa", "Client system")
    static let fbKeyIssue = LocalizedText("Cấp khóa mới", "Issue a key")
    static let fbKeyIssued = LocalizedText("Khóa mới (chỉ hiện một lần, hãy sao chép ngay):", "The new key (shown once, copy it now):")
    static let fbKeyRevoke = LocalizedText("Thu hồi", "Revoke")
    static let fbKeyRevoked = LocalizedText("Đã thu hồi", "Revoked")
}

extension S {
    static let fbAskedHeading = LocalizedText("Cơ quan đề nghị bạn cung cấp thêm thông tin", "The body asks you for more information")
    static let fbReplyLabel = LocalizedText("Thông tin bổ sung", "Your reply")
    static let fbReplySubmit = LocalizedText("Gửi thông tin bổ sung", "Send the reply")
    static let fbReplied = LocalizedText("Đã gửi thông tin bổ sung.", "Your reply was sent.")
}

extension S {
    static let fbRulesTitle = LocalizedText("Thời hạn xử lý phản ánh, kiến nghị", "Feedback deadlines")
    static let fbRulesLead = LocalizedText("Áp dụng cho phản ánh, kiến nghị tiếp nhận từ nay; hồ sơ đã nhận giữ thời hạn cũ.", "Applies to feedback received from now on; earlier cases keep their deadlines.")
    static let fbRuleForward = LocalizedText("Chuyển cơ quan có thẩm quyền trong (ngày làm việc)", "Forward within (working days)")
    static let fbRuleAnswer = LocalizedText("Trả lời trong (ngày làm việc)", "Answer within (working days)")
    static let fbRuleNear = LocalizedText("Cảnh báo sắp đến hạn khi còn (ngày làm việc)", "Flag as near when this many working days remain")
    static let fbOverridesTitle = LocalizedText("Thời hạn riêng theo phân loại và kênh tiếp nhận", "Deadlines per class and channel")
    static let fbOverridesHint = LocalizedText(
        "Mỗi dòng đặt thời hạn (ngày làm việc) cho một phân loại, một kênh, hoặc cả hai; dòng cụ thể hơn được áp dụng trước. Để trống số ngày để bỏ dòng.",
        "Each row sets a deadline (working days) for a class, a channel or both; the more specific row wins. Leave the days empty to drop a row.")
    static let fbOverrideKind = LocalizedText("Loại thời hạn", "Deadline")
    static let fbOverrideClass = LocalizedText("Phân loại (Điều 9)", "Class (Art. 9)")
    static let fbOverrideChannel = LocalizedText("Kênh tiếp nhận", "Channel")
    static let fbOverrideDays = LocalizedText("Số ngày làm việc", "Working days")
    static let fbOverrideAny = LocalizedText("Mọi", "Any")
    static let fbOverrideScope = LocalizedText("Hãy chọn phân loại hoặc kênh cho dòng này.", "Choose a class or a channel for this row.")
    static let fbOverrideDuplicate = LocalizedText("Đã có một dòng cho cùng loại thời hạn, phân loại và kênh.", "Another row covers the same deadline, class and channel.")
    static let fbRuleReopen = LocalizedText("Số lần mở lại khi người gửi không đồng ý", "Reopenings allowed after a disagreement")
    static let fbRuleDistinct = LocalizedText("Người duyệt phải khác người dự thảo trả lời", "The approver must not be the drafter")
    static let fbRulesSave = LocalizedText("Lưu", "Save")
    static let fbErrRange = LocalizedText("Nhập số từ {0} đến {1}.", "Enter a number from {0} to {1}.")
}
