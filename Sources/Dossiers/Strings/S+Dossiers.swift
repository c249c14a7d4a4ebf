import Formats
import Platform
import Localization

extension S {
    static let homeDossierTitle = LocalizedText("Tra cứu hồ sơ", "Dossier lookup")
    static let homeDossierText = LocalizedText(
        "Theo dõi tiến độ giải quyết hồ sơ bằng mã biên nhận.",
        "Follow a dossier's progress with its receipt code.")
    static let staffDossiersText = LocalizedText(
        "Tiếp nhận, chuyển, giải quyết và trả kết quả hồ sơ; sổ theo dõi và thống kê.",
        "Receive, hand over, settle and return dossiers; the register and the statistics.")
    static let workflowLink = LocalizedText("Quy trình nội bộ và giờ chốt nhận hồ sơ", "Internal workflow and cut-off hour")
    // Navigation and titles
    static let navLookup = LocalizedText("Tra cứu hồ sơ", "Dossier lookup")
    static let navDossiers = LocalizedText("Hồ sơ một cửa", "One-stop dossiers")
    static let navDossierStats = LocalizedText("Thống kê hồ sơ", "Dossier statistics")
    static let dossiersTitle = LocalizedText("Hồ sơ một cửa", "One-stop dossiers")
    static let receptionTitle = LocalizedText("Tiếp nhận hồ sơ", "Receive a dossier")
    static let receptionPickTitle = LocalizedText("Tiếp nhận hồ sơ: chọn thủ tục", "Receive a dossier: choose the procedure")
    static let lookupTitle = LocalizedText("Tra cứu hồ sơ", "Dossier lookup")
    static let statsTitle = LocalizedText("Tình hình, kết quả giải quyết TTHC", "Processing of administrative procedures")
    static let registerTitle = LocalizedText("Sổ theo dõi hồ sơ", "Dossier register")

    // Lists
    static let newDossier = LocalizedText("Tiếp nhận hồ sơ mới", "Receive a new dossier")
    static let dossierCode = LocalizedText("Mã hồ sơ", "Dossier code")
    static let dossierProcedure = LocalizedText("Thủ tục", "Procedure")
    static let dossierStatus = LocalizedText("Trạng thái", "Status")
    static let dossierAppointment = LocalizedText("Hẹn trả kết quả", "Appointment")
    static let dossierHolder = LocalizedText("Đơn vị đang xử lý", "Held by")
    static let dossierFilter = LocalizedText("Lọc", "Filter")
    static let dossierFilterAll = LocalizedText("Tất cả", "All")
    static let dossierFilterOpen = LocalizedText("Đang giải quyết", "Being processed")
    static let dossierFilterOverdue = LocalizedText("Quá hạn", "Overdue")
    static let dossierFilterDueSoon = LocalizedText("Sắp đến hạn (2 ngày làm việc)", "Due within 2 working days")
    static let dossierFilterFinished = LocalizedText("Đã giải quyết xong", "Finished")
    static let dossierCount = LocalizedText("{0} hồ sơ", "{0} dossiers")
    static let dossierNone = LocalizedText("Không có hồ sơ phù hợp.", "No matching dossier.")
    static let overdueBadge = LocalizedText("Quá hạn", "Overdue")

    // Reception form
    static let pickProcedureHint = LocalizedText("Gõ tên thủ tục, có dấu hoặc không dấu.", "Type the procedure's name, with or without diacritics.")
    static let pickThis = LocalizedText("Tiếp nhận theo thủ tục này", "Receive for this procedure")
    static let applicantSection = LocalizedText("Người nộp hồ sơ", "Applicant")
    static let applicantKind = LocalizedText("Đối tượng", "Applicant type")
    static let applicantIndividual = LocalizedText("Cá nhân", "Individual")
    static let applicantOrganisation = LocalizedText("Tổ chức (người đại diện)", "Organisation (its representative)")
    static let organisationName = LocalizedText("Tên tổ chức", "Organisation name")
    static let fullName = LocalizedText("Họ và tên", "Full name")
    static let citizenID = LocalizedText("Số định danh cá nhân (CCCD, 12 số)", "Personal ID number (12 digits)")
    static let phone = LocalizedText("Số điện thoại", "Phone")
    static let email = LocalizedText("Thư điện tử", "E-mail")
    static let address = LocalizedText("Địa chỉ", "Address")
    static let channelLabel = LocalizedText("Hình thức nộp", "How it was submitted")
    static let channelNames: [String: LocalizedText] = [
        "inPerson": LocalizedText("Trực tiếp tại Bộ phận Một cửa", "In person at the desk"),
        "postal": LocalizedText("Qua dịch vụ bưu chính", "By post"),
        "online": LocalizedText("Trực tuyến", "Online"),
    ]
    static let documentsSection = LocalizedText("Thành phần hồ sơ đã nhận", "Documents received")
    static let documentsHint = LocalizedText("Ghi số bản chính, bản sao đã nhận của từng giấy tờ.", "Enter how many originals and copies of each document were received.")
    static let originals = LocalizedText("Bản chính", "Originals")
    static let copies = LocalizedText("Bản sao", "Copies")
    static let required = LocalizedText("yêu cầu {0} bản chính, {1} bản sao", "requires {0} originals, {1} copies")
    static let notStated = LocalizedText("không nêu", "not stated")
    static let feeLabel = LocalizedText("Phí, lệ phí đã thu (đồng)", "Fees collected (VND)")
    static let periodLabel = LocalizedText("Thời hạn giải quyết", "Processing time")
    static let periodHint = LocalizedText("Theo thủ tục đã công bố; sửa nếu dữ liệu gốc thiếu đơn vị.", "As published; correct it if the source lost the unit.")
    static let periodUnits: [(String, LocalizedText)] = [
        ("workingDays", LocalizedText("ngày làm việc", "working days")), ("calendarDays", LocalizedText("ngày", "days")),
        ("hours", LocalizedText("giờ làm việc", "working hours")), ("months", LocalizedText("tháng", "months")), ("withinDay", LocalizedText("trong ngày", "within the day")),
    ]
    static let competentUnit = LocalizedText("Cơ quan giải quyết", "Competent unit")
    static let receivingUnit = LocalizedText("Nơi tiếp nhận", "Received at")
    static let outcomeLabel = LocalizedText("Kết quả kiểm tra hồ sơ", "Result of the check")
    static let outcomeAccept = LocalizedText("Hồ sơ đầy đủ: tiếp nhận và hẹn trả kết quả (Mẫu 01)", "Complete: accept and give an appointment (form 01)")
    static let outcomeSupplement = LocalizedText("Chưa đầy đủ: hướng dẫn bổ sung một lần (Mẫu 02)", "Incomplete: ask for everything missing at once (form 02)")
    static let outcomeRefuse = LocalizedText("Không đủ điều kiện: từ chối tiếp nhận (Mẫu 03)", "Not acceptable: refuse (form 03)")
    static let reasonLabel = LocalizedText("Nội dung cần bổ sung / lý do từ chối", "What is missing / why refused")
    static let reasonHint = LocalizedText("Giấy tờ chưa đủ được liệt kê tự động; ghi thêm nếu cần.", "Documents not handed in are listed automatically; add more if needed.")
    static let receiveSubmit = LocalizedText("Ghi nhận", "Record")

    // Reception errors
    static let errIncompleteAccept = LocalizedText(
        "Hồ sơ còn thiếu: {0}. Chỉ tiếp nhận khi đủ giấy tờ; hãy chọn \"Chưa đầy đủ\" để hướng dẫn bổ sung.",
        "Documents missing: {0}. Accept only a complete dossier; choose \"Incomplete\" to ask for them.")
    static let errReasonRequired = LocalizedText("Hãy ghi rõ nội dung cần bổ sung hoặc lý do từ chối.", "State what is missing or why the dossier is refused.")
    static let errPhone = LocalizedText("Số điện thoại không đúng (ví dụ 0912 345 678).", "The phone number is not valid (e.g. 0912 345 678).")
    static let errEmail = LocalizedText("Địa chỉ thư điện tử không đúng.", "The e-mail address is not valid.")
    static let errEmailForNotices = LocalizedText(
        "Cần địa chỉ thư điện tử để người nộp nhận thông báo về hồ sơ.", "An e-mail address is needed for the applicant to be told of the dossier.")
    static let noticeConsent = LocalizedText(
        "Người nộp đồng ý nhận thông báo về tiến độ hồ sơ qua thư điện tử (chỉ dùng địa chỉ này cho việc đó, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15)",
        "The applicant agrees to be told of the dossier's progress by e-mail (the address is used for that alone, under the Personal Data Protection Law 91/2025/QH15)")
    static let errCount = LocalizedText("Số bản phải là số từ 0 đến 99.", "Enter a number from 0 to 99.")
    static let errFee = LocalizedText("Phí, lệ phí phải là số tiền (đồng), không âm.", "Fees must be an amount in VND, not negative.")
    static let errPeriod = LocalizedText("Thời hạn phải là số nguyên từ 0 đến 365.", "The processing time must be a whole number from 0 to 365.")
    static let errUnit = LocalizedText("Hãy chọn đơn vị.", "Choose a unit.")
    static let errNoAgencyCode = LocalizedText(
        "Nơi tiếp nhận \"{0}\" chưa có mã định danh cơ quan nên chưa cấp được mã hồ sơ; quản trị viên cần bổ sung mã.",
        "\"{0}\" has no agency code yet, so no dossier code can be issued; an administrator must add it.")

    // Detail
    static let noticeReceived = LocalizedText("Đã ghi nhận hồ sơ {0}.", "Dossier {0} recorded.")
    static let noticeDone = LocalizedText("Đã cập nhật hồ sơ.", "Dossier updated.")
    static let factsSection = LocalizedText("Thông tin hồ sơ", "Dossier")
    static let timelineSection = LocalizedText("Quá trình xử lý", "Handling history")
    static let handoverSection = LocalizedText("Phiếu kiểm soát quá trình giải quyết (Mẫu 05)", "Control slip (form 05)")
    static let deadlineSection = LocalizedText("Cách tính ngày hẹn", "How the appointment was computed")
    static let actionsSection = LocalizedText("Thao tác", "Actions")
    static let printSection = LocalizedText("In biểu mẫu", "Print forms")
    static let firstAppointment = LocalizedText("Hẹn ban đầu", "First appointment")
    static let legalDue = LocalizedText("Hạn giải quyết theo quy định", "Legal due moment")
    static let submittedAt = LocalizedText("Thời điểm nộp", "Submitted")
    static let receivedAt = LocalizedText("Thời điểm tiếp nhận", "Accepted")
    static let registerNumber = LocalizedText("Số thứ tự trong sổ", "Register number")
    static let colFrom = LocalizedText("Bên giao", "From")
    static let colTo = LocalizedText("Bên nhận", "To")
    static let colHandedAt = LocalizedText("Thời gian giao", "Handed over")
    static let colStepDue = LocalizedText("Hạn xử lý", "Step deadline")
    static let colDone = LocalizedText("Hoàn thành", "Completed")
    static let colResult = LocalizedText("Kết quả", "Result")
    static let colNote = LocalizedText("Ghi chú", "Note")
    static let colWhen = LocalizedText("Thời gian", "When")
    static let colWho = LocalizedText("Người thực hiện", "By")
    static let colWhat = LocalizedText("Nội dung", "What")
    static let consultationMark = LocalizedText("(xin ý kiến)", "(consultation)")
    static let toPerson = LocalizedText("Người nhận (nếu có)", "Receiving officer (if any)")
    static let noteLabel = LocalizedText("Ghi chú", "Note")
    static let newDue = LocalizedText("Ngày hẹn mới", "New appointment day")
    static let consultDue = LocalizedText("Hạn trả lời", "Answer by")
    static let receivedBy = LocalizedText("Người nhận kết quả", "Who collected the result")
    static let applicantAtFault = LocalizedText("Do lỗi của người nộp (không tính điểm trừ cho cơ quan)", "The applicant's own error (no penalty to the agency)")
    static let noActions = LocalizedText("Không còn thao tác nào ở trạng thái này.", "No action is possible in this status.")
    static let actionLabels: [String: LocalizedText] = [
        "accept": LocalizedText("Tiếp nhận hồ sơ", "Accept"),
        "refuse": LocalizedText("Từ chối tiếp nhận", "Refuse"),
        "startProcessing": LocalizedText("Chuyển cơ quan giải quyết", "Send to the competent unit"),
        "handover": LocalizedText("Chuyển bước xử lý tiếp theo", "Hand over to the next step"),
        "consult": LocalizedText("Xin ý kiến đơn vị khác", "Consult another unit"),
        "consultationAnswered": LocalizedText("Ghi nhận ý kiến trả lời", "Record the answer"),
        "requestSupplement": LocalizedText("Yêu cầu bổ sung hồ sơ", "Request a supplement"),
        "supplementReceived": LocalizedText("Đã nhận hồ sơ bổ sung", "Supplement received"),
        "requestPayment": LocalizedText("Yêu cầu nộp phí, lệ phí", "Request payment"),
        "paymentReceived": LocalizedText("Đã nộp phí, lệ phí", "Payment received"),
        "stop": LocalizedText("Dừng xử lý", "Stop processing"),
        "complete": LocalizedText("Hoàn thành xử lý", "Complete processing"),
        "returnResult": LocalizedText("Trả kết quả", "Return the result"),
        "withdraw": LocalizedText("Rút hồ sơ theo yêu cầu", "Withdraw at the applicant's request"),
        "apologise": LocalizedText("Xin lỗi và hẹn lại (Mẫu 04)", "Apologise and reschedule (form 04)"),
        "submit": LocalizedText("Nộp hồ sơ", "Submitted"),
        "rate": LocalizedText("Người dân đánh giá", "Rated by the applicant"),
    ]
    static let formNames: [Int: LocalizedText] = [
        1: LocalizedText("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment"),
        2: LocalizedText("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Request to supplement the dossier"),
        3: LocalizedText("Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Refusal to accept the dossier"),
        4: LocalizedText("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment"),
        5: LocalizedText("Phiếu kiểm soát quá trình giải quyết hồ sơ", "Control slip of the handling"),
        6: LocalizedText("Sổ theo dõi hồ sơ", "Dossier register"),
    ]
    static let nextStepHint = LocalizedText("Bước tiếp theo theo quy trình nội bộ: {0}", "Next step of the internal workflow: {0}")
    static let consultationAnswer = LocalizedText("Ý kiến trả lời của {0} (hạn {1})", "Answer from {0} (due {1})")
    static let dossierEvaluation = LocalizedText("Đánh giá việc giải quyết hồ sơ (Điều 13 Thông tư 01/2018/TT-VPCP)", "Evaluation of this dossier (Circular 01/2018 Art. 13)")
    static let notAvailable = LocalizedText("chưa đủ dữ liệu", "no data")
    static let formNumber = LocalizedText("Mẫu số {0}", "Form {0}")

    // Public lookup
    static let lookupIntro = LocalizedText(
        "Nhập mã hồ sơ ghi trên giấy hẹn để xem hồ sơ đang ở bước nào. Nhập thêm 4 số cuối điện thoại đã khai khi nộp để xem chi tiết quá trình và ngày hẹn.",
        "Enter the code on your receipt to see how far your dossier has come. Add the last 4 digits of the phone number you gave to see the full history and the appointment.")
    static let lookupCode = LocalizedText("Mã hồ sơ", "Dossier code")
    static let lookupCodeHint = LocalizedText("Ví dụ: 000.08.25.H41-250124-0001", "E.g. 000.08.25.H41-250124-0001")
    static let lookupLastFour = LocalizedText("4 số cuối điện thoại (không bắt buộc)", "Last 4 digits of your phone (optional)")
    static let lookupSubmit = LocalizedText("Tra cứu", "Look up")
    static let lookupNotFound = LocalizedText("Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy hẹn.", "No dossier has this code. Check the code on your receipt.")
    static let lookupWrongDigits = LocalizedText("4 số cuối điện thoại không khớp; chỉ hiển thị tình trạng chung.", "The last 4 digits do not match; only the general status is shown.")
    static let lookupBlocked = LocalizedText(
        "Địa chỉ của bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        "Too many unsuccessful lookups from your address. Please try again in 15 minutes.")
    static let lookupStage = LocalizedText("Tình trạng", "Stage")
    static let lookupOnTime = LocalizedText("Đúng hạn / trong hạn", "On time / within deadline")
    static let lookupLate = LocalizedText("Trễ hạn", "Late")
    static let lookupOnTimeLabel = LocalizedText("Tiến độ", "Progress")
    static let lookupPrivacy = LocalizedText(
        "Trang tra cứu không bao giờ hiển thị họ tên, số định danh, địa chỉ hay giấy tờ của người nộp.",
        "This page never shows the applicant's name, ID number, address or documents.")
    static let lookupOriginal = LocalizedText("Ngày hẹn ban đầu (trước khi hẹn lại)", "Original appointment (before rescheduling)")
    static let rateTitle = LocalizedText("Đánh giá mức độ hài lòng", "Rate the service")
    static let rateIntro = LocalizedText("Hồ sơ đã trả kết quả. Ý kiến của bạn giúp cơ quan phục vụ tốt hơn.", "The result has been returned. Your opinion helps the office serve better.")
    static let rateLevel = LocalizedText("Mức độ hài lòng", "How satisfied are you?")
    static let rateContacts = LocalizedText("Số cơ quan, đơn vị bạn đã phải liên hệ để hoàn thành hồ sơ", "How many offices did you have to contact to complete the dossier?")
    static let rateSubmit = LocalizedText("Gửi đánh giá", "Send")
    static let rateThanks = LocalizedText("Cảm ơn bạn đã đánh giá.", "Thank you for your rating.")
    static let rateDone = LocalizedText("Hồ sơ đã được đánh giá: {0}.", "Rated: {0}.")

    // Statistics
    static let statsFrom = LocalizedText("Từ ngày", "From")
    static let statsTo = LocalizedText("Đến ngày", "To")
    static let statsGroup = LocalizedText("Thống kê theo", "Group by")
    static let statsGroups: [String: LocalizedText] = [
        "field": LocalizedText("Lĩnh vực", "Field"), "unit": LocalizedText("Cơ quan giải quyết", "Competent unit"),
        "procedure": LocalizedText("Thủ tục", "Procedure"), "agency": LocalizedText("Nơi tiếp nhận", "Receiving agency"),
    ]
    static let statsShow = LocalizedText("Xem", "Show")
    static let statsCSV = LocalizedText("Tải CSV", "Download CSV")
    static let statsPrint = LocalizedText("Bản in", "Printable")
    static let statsTotal = LocalizedText("Tổng cộng", "Total")
    static let statsReceived = LocalizedText("Số hồ sơ nhận giải quyết", "Received")
    static let statsCompleted = LocalizedText("Số hồ sơ đã giải quyết", "Completed")
    static let statsPending = LocalizedText("Số hồ sơ đang giải quyết", "Pending")
    static let statsIdentities = LocalizedText("Các đẳng thức của biểu mẫu đều đúng.", "Every identity of the form holds.")
    static let evaluationTitle = LocalizedText("Đánh giá việc giải quyết TTHC (Điều 13 Thông tư 01/2018/TT-VPCP)", "Evaluation (Circular 01/2018 Art. 13)")
    static let evaluationUnit = LocalizedText("Đơn vị", "Unit")
    static let evaluationTotal = LocalizedText("Tổng điểm", "Total")
    static let evaluationGrade = LocalizedText("Xếp loại", "Grade")
    static let evaluationMissing = LocalizedText("Chưa đủ dữ liệu để xếp loại (chỉ số {0} cần số liệu của đơn vị)", "Not enough data to grade (indicators {0} need the unit's own figures)")
    static let evaluationOnline = LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online share")
    static let evaluationOnTime = LocalizedText("Tỷ lệ đúng hạn", "On-time share")
    static let evaluationSatisfaction = LocalizedText("Tỷ lệ hài lòng", "Satisfied share")
    static let evaluationLimit = LocalizedText(
        "Đánh giá tính trên tối đa {0} hồ sơ gần nhất của kỳ cho mỗi đơn vị.", "The evaluation uses at most the {0} latest dossiers of the period per unit.")

    // Register (Mẫu 06)
    static let registerYear = LocalizedText("Năm", "Year")
    static let registerUnit = LocalizedText("Nơi tiếp nhận", "Receiving unit")
    static let registerNo = LocalizedText("STT", "No.")
    static let registerApplicant = LocalizedText("Tên tổ chức, cá nhân", "Applicant")
    static let registerContact = LocalizedText("Địa chỉ, số điện thoại", "Address, phone")
    static let registerReturned = LocalizedText("Ngày trả kết quả", "Returned on")
    static let registerSignature = LocalizedText("Ký nhận", "Signature")

    // Forms
    static let nation = LocalizedText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
    static let motto = LocalizedText("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
    static let printButton = LocalizedText("In", "Print")
    static let formReceivedFrom = LocalizedText("{0} tiếp nhận hồ sơ của:", "{0} received the dossier of:")
    static let formContent = LocalizedText("Nội dung yêu cầu giải quyết", "Request")
    static let formDocuments = LocalizedText("Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", "Documents and quantities:")
    static let formDocCount = LocalizedText("{0} bản chính, {1} bản sao", "{0} originals, {1} copies")
    static let formAppointmentLine = LocalizedText("Thời gian trả kết quả giải quyết hồ sơ: {0}", "The result will be returned at {0}")
    static let formReceiver = LocalizedText("Người tiếp nhận", "Received by")
    static let formApplicantSign = LocalizedText("Người nộp hồ sơ", "Applicant")
    static let formSupplementIntro = LocalizedText("Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện các nội dung sau:", "Please supplement the dossier with:")
    static let formRefusalIntro = LocalizedText("Cơ quan không tiếp nhận, giải quyết hồ sơ với lý do:", "The dossier cannot be accepted because:")
    static let formApologyIntro = LocalizedText(
        "Cơ quan thành thật xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết đúng hẹn. Lý do:",
        "We sincerely apologise that the dossier was not settled on time. Reason:")
    static let formApologyNew = LocalizedText("Cơ quan hẹn lại thời gian trả kết quả: {0} (hẹn ban đầu: {1}).", "New appointment: {0} (originally {1}).")
    static let formSorry = LocalizedText("Mong Ông/Bà thông cảm.", "Thank you for your understanding.")
    static let formLookupLine = LocalizedText("Tra cứu tình trạng hồ sơ tại /tra-cuu-ho-so bằng mã hồ sơ trên.", "Follow the dossier at /tra-cuu-ho-so with the code above.")
    static let formPlaceDate = LocalizedText("{0}, ngày {1} tháng {2} năm {3}", "{0}, {1}/{2}/{3}")
}
