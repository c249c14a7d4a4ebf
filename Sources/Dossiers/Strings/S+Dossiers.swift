import Platform

extension S {
    // Navigation and titles
    static let navLookup = Copy("Tra cứu hồ sơ", "Dossier lookup")
    static let navDossiers = Copy("Hồ sơ một cửa", "One-stop dossiers")
    static let navDossierStats = Copy("Thống kê hồ sơ", "Dossier statistics")
    static let dossiersTitle = Copy("Hồ sơ một cửa", "One-stop dossiers")
    static let receptionTitle = Copy("Tiếp nhận hồ sơ", "Receive a dossier")
    static let receptionPickTitle = Copy("Tiếp nhận hồ sơ: chọn thủ tục", "Receive a dossier: choose the procedure")
    static let lookupTitle = Copy("Tra cứu hồ sơ", "Dossier lookup")
    static let statsTitle = Copy("Tình hình, kết quả giải quyết TTHC", "Processing of administrative procedures")
    static let registerTitle = Copy("Sổ theo dõi hồ sơ", "Dossier register")

    // Lists
    static let newDossier = Copy("Tiếp nhận hồ sơ mới", "Receive a new dossier")
    static let dossierCode = Copy("Mã hồ sơ", "Dossier code")
    static let dossierProcedure = Copy("Thủ tục", "Procedure")
    static let dossierStatus = Copy("Trạng thái", "Status")
    static let dossierAppointment = Copy("Hẹn trả kết quả", "Appointment")
    static let dossierHolder = Copy("Đơn vị đang xử lý", "Held by")
    static let dossierFilter = Copy("Lọc", "Filter")
    static let dossierFilterAll = Copy("Tất cả", "All")
    static let dossierFilterOpen = Copy("Đang giải quyết", "Being processed")
    static let dossierFilterOverdue = Copy("Quá hạn", "Overdue")
    static let dossierFilterDueSoon = Copy("Sắp đến hạn (2 ngày làm việc)", "Due within 2 working days")
    static let dossierFilterFinished = Copy("Đã giải quyết xong", "Finished")
    static let dossierCount = Copy("{0} hồ sơ", "{0} dossiers")
    static let dossierNone = Copy("Không có hồ sơ phù hợp.", "No matching dossier.")
    static let overdueBadge = Copy("Quá hạn", "Overdue")

    // Reception form
    static let pickProcedureHint = Copy("Gõ tên thủ tục, có dấu hoặc không dấu.", "Type the procedure's name, with or without diacritics.")
    static let pickThis = Copy("Tiếp nhận theo thủ tục này", "Receive for this procedure")
    static let applicantSection = Copy("Người nộp hồ sơ", "Applicant")
    static let applicantKind = Copy("Đối tượng", "Applicant type")
    static let applicantIndividual = Copy("Cá nhân", "Individual")
    static let applicantOrganisation = Copy("Tổ chức (người đại diện)", "Organisation (its representative)")
    static let organisationName = Copy("Tên tổ chức", "Organisation name")
    static let fullName = Copy("Họ và tên", "Full name")
    static let citizenID = Copy("Số định danh cá nhân (CCCD, 12 số)", "Personal ID number (12 digits)")
    static let phone = Copy("Số điện thoại", "Phone")
    static let email = Copy("Thư điện tử", "E-mail")
    static let address = Copy("Địa chỉ", "Address")
    static let channelLabel = Copy("Hình thức nộp", "How it was submitted")
    static let channelNames: [String: Copy] = [
        "inPerson": Copy("Trực tiếp tại Bộ phận Một cửa", "In person at the desk"),
        "postal": Copy("Qua dịch vụ bưu chính", "By post"),
        "online": Copy("Trực tuyến", "Online"),
    ]
    static let documentsSection = Copy("Thành phần hồ sơ đã nhận", "Documents received")
    static let documentsHint = Copy("Ghi số bản chính, bản sao đã nhận của từng giấy tờ.", "Enter how many originals and copies of each document were received.")
    static let originals = Copy("Bản chính", "Originals")
    static let copies = Copy("Bản sao", "Copies")
    static let required = Copy("yêu cầu {0} bản chính, {1} bản sao", "requires {0} originals, {1} copies")
    static let notStated = Copy("không nêu", "not stated")
    static let feeLabel = Copy("Phí, lệ phí đã thu (đồng)", "Fees collected (VND)")
    static let periodLabel = Copy("Thời hạn giải quyết", "Processing time")
    static let periodHint = Copy("Theo thủ tục đã công bố; sửa nếu dữ liệu gốc thiếu đơn vị.", "As published; correct it if the source lost the unit.")
    static let periodUnits: [(String, Copy)] = [
        ("workingDays", Copy("ngày làm việc", "working days")), ("calendarDays", Copy("ngày", "days")),
        ("hours", Copy("giờ làm việc", "working hours")), ("months", Copy("tháng", "months")), ("withinDay", Copy("trong ngày", "within the day")),
    ]
    static let competentUnit = Copy("Cơ quan giải quyết", "Competent unit")
    static let receivingUnit = Copy("Nơi tiếp nhận", "Received at")
    static let outcomeLabel = Copy("Kết quả kiểm tra hồ sơ", "Result of the check")
    static let outcomeAccept = Copy("Hồ sơ đầy đủ: tiếp nhận và hẹn trả kết quả (Mẫu 01)", "Complete: accept and give an appointment (form 01)")
    static let outcomeSupplement = Copy("Chưa đầy đủ: hướng dẫn bổ sung một lần (Mẫu 02)", "Incomplete: ask for everything missing at once (form 02)")
    static let outcomeRefuse = Copy("Không đủ điều kiện: từ chối tiếp nhận (Mẫu 03)", "Not acceptable: refuse (form 03)")
    static let reasonLabel = Copy("Nội dung cần bổ sung / lý do từ chối", "What is missing / why refused")
    static let reasonHint = Copy("Giấy tờ chưa đủ được liệt kê tự động; ghi thêm nếu cần.", "Documents not handed in are listed automatically; add more if needed.")
    static let receiveSubmit = Copy("Ghi nhận", "Record")

    // Reception errors
    static let errIncompleteAccept = Copy(
        "Hồ sơ còn thiếu: {0}. Chỉ tiếp nhận khi đủ giấy tờ; hãy chọn \"Chưa đầy đủ\" để hướng dẫn bổ sung.",
        "Documents missing: {0}. Accept only a complete dossier; choose \"Incomplete\" to ask for them.")
    static let errReasonRequired = Copy("Hãy ghi rõ nội dung cần bổ sung hoặc lý do từ chối.", "State what is missing or why the dossier is refused.")
    static let errPhone = Copy("Số điện thoại không đúng (ví dụ 0912 345 678).", "The phone number is not valid (e.g. 0912 345 678).")
    static let errEmail = Copy("Địa chỉ thư điện tử không đúng.", "The e-mail address is not valid.")
    static let errCount = Copy("Số bản phải là số từ 0 đến 99.", "Enter a number from 0 to 99.")
    static let errFee = Copy("Phí, lệ phí phải là số tiền (đồng), không âm.", "Fees must be an amount in VND, not negative.")
    static let errPeriod = Copy("Thời hạn phải là số nguyên từ 0 đến 365.", "The processing time must be a whole number from 0 to 365.")
    static let errUnit = Copy("Hãy chọn đơn vị.", "Choose a unit.")
    static let errNoAgencyCode = Copy(
        "Nơi tiếp nhận \"{0}\" chưa có mã định danh cơ quan nên chưa cấp được mã hồ sơ; quản trị viên cần bổ sung mã.",
        "\"{0}\" has no agency code yet, so no dossier code can be issued; an administrator must add it.")

    // Detail
    static let noticeReceived = Copy("Đã ghi nhận hồ sơ {0}.", "Dossier {0} recorded.")
    static let noticeDone = Copy("Đã cập nhật hồ sơ.", "Dossier updated.")
    static let factsSection = Copy("Thông tin hồ sơ", "Dossier")
    static let timelineSection = Copy("Quá trình xử lý", "Handling history")
    static let handoverSection = Copy("Phiếu kiểm soát quá trình giải quyết (Mẫu 05)", "Control slip (form 05)")
    static let deadlineSection = Copy("Cách tính ngày hẹn", "How the appointment was computed")
    static let actionsSection = Copy("Thao tác", "Actions")
    static let printSection = Copy("In biểu mẫu", "Print forms")
    static let firstAppointment = Copy("Hẹn ban đầu", "First appointment")
    static let legalDue = Copy("Hạn giải quyết theo quy định", "Legal due moment")
    static let submittedAt = Copy("Thời điểm nộp", "Submitted")
    static let receivedAt = Copy("Thời điểm tiếp nhận", "Accepted")
    static let registerNumber = Copy("Số thứ tự trong sổ", "Register number")
    static let colFrom = Copy("Bên giao", "From")
    static let colTo = Copy("Bên nhận", "To")
    static let colHandedAt = Copy("Thời gian giao", "Handed over")
    static let colStepDue = Copy("Hạn xử lý", "Step deadline")
    static let colDone = Copy("Hoàn thành", "Completed")
    static let colResult = Copy("Kết quả", "Result")
    static let colNote = Copy("Ghi chú", "Note")
    static let colWhen = Copy("Thời gian", "When")
    static let colWho = Copy("Người thực hiện", "By")
    static let colWhat = Copy("Nội dung", "What")
    static let consultationMark = Copy("(xin ý kiến)", "(consultation)")
    static let toPerson = Copy("Người nhận (nếu có)", "Receiving officer (if any)")
    static let noteLabel = Copy("Ghi chú", "Note")
    static let newDue = Copy("Ngày hẹn mới", "New appointment day")
    static let consultDue = Copy("Hạn trả lời", "Answer by")
    static let receivedBy = Copy("Người nhận kết quả", "Who collected the result")
    static let applicantAtFault = Copy("Do lỗi của người nộp (không tính điểm trừ cho cơ quan)", "The applicant's own error (no penalty to the agency)")
    static let noActions = Copy("Không còn thao tác nào ở trạng thái này.", "No action is possible in this status.")
    static let actionLabels: [String: Copy] = [
        "accept": Copy("Tiếp nhận hồ sơ", "Accept"),
        "refuse": Copy("Từ chối tiếp nhận", "Refuse"),
        "startProcessing": Copy("Chuyển cơ quan giải quyết", "Send to the competent unit"),
        "handover": Copy("Chuyển bước xử lý tiếp theo", "Hand over to the next step"),
        "consult": Copy("Xin ý kiến đơn vị khác", "Consult another unit"),
        "consultationAnswered": Copy("Ghi nhận ý kiến trả lời", "Record the answer"),
        "requestSupplement": Copy("Yêu cầu bổ sung hồ sơ", "Request a supplement"),
        "supplementReceived": Copy("Đã nhận hồ sơ bổ sung", "Supplement received"),
        "requestPayment": Copy("Yêu cầu nộp phí, lệ phí", "Request payment"),
        "paymentReceived": Copy("Đã nộp phí, lệ phí", "Payment received"),
        "stop": Copy("Dừng xử lý", "Stop processing"),
        "complete": Copy("Hoàn thành xử lý", "Complete processing"),
        "returnResult": Copy("Trả kết quả", "Return the result"),
        "withdraw": Copy("Rút hồ sơ theo yêu cầu", "Withdraw at the applicant's request"),
        "apologise": Copy("Xin lỗi và hẹn lại (Mẫu 04)", "Apologise and reschedule (form 04)"),
        "submit": Copy("Nộp hồ sơ", "Submitted"),
        "rate": Copy("Người dân đánh giá", "Rated by the applicant"),
    ]
    static let formNames: [Int: Copy] = [
        1: Copy("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Receipt and appointment"),
        2: Copy("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "Request to supplement the dossier"),
        3: Copy("Phiếu từ chối tiếp nhận giải quyết hồ sơ", "Refusal to accept the dossier"),
        4: Copy("Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Apology and new appointment"),
        5: Copy("Phiếu kiểm soát quá trình giải quyết hồ sơ", "Control slip of the handling"),
        6: Copy("Sổ theo dõi hồ sơ", "Dossier register"),
    ]
    static let nextStepHint = Copy("Bước tiếp theo theo quy trình nội bộ: {0}", "Next step of the internal workflow: {0}")
    static let consultationAnswer = Copy("Ý kiến trả lời của {0} (hạn {1})", "Answer from {0} (due {1})")
    static let dossierEvaluation = Copy("Đánh giá việc giải quyết hồ sơ (Điều 13 Thông tư 01/2018/TT-VPCP)", "Evaluation of this dossier (Circular 01/2018 Art. 13)")
    static let notAvailable = Copy("chưa đủ dữ liệu", "no data")
    static let formNumber = Copy("Mẫu số {0}", "Form {0}")

    // Public lookup
    static let lookupIntro = Copy(
        "Nhập mã hồ sơ ghi trên giấy hẹn để xem hồ sơ đang ở bước nào. Nhập thêm 4 số cuối điện thoại đã khai khi nộp để xem chi tiết quá trình và ngày hẹn.",
        "Enter the code on your receipt to see how far your dossier has come. Add the last 4 digits of the phone number you gave to see the full history and the appointment.")
    static let lookupCode = Copy("Mã hồ sơ", "Dossier code")
    static let lookupCodeHint = Copy("Ví dụ: 000.08.25.H41-250124-0001", "E.g. 000.08.25.H41-250124-0001")
    static let lookupLastFour = Copy("4 số cuối điện thoại (không bắt buộc)", "Last 4 digits of your phone (optional)")
    static let lookupSubmit = Copy("Tra cứu", "Look up")
    static let lookupNotFound = Copy("Không tìm thấy hồ sơ có mã này. Hãy kiểm tra lại mã trên giấy hẹn.", "No dossier has this code. Check the code on your receipt.")
    static let lookupWrongDigits = Copy("4 số cuối điện thoại không khớp; chỉ hiển thị tình trạng chung.", "The last 4 digits do not match; only the general status is shown.")
    static let lookupBlocked = Copy(
        "Địa chỉ của bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
        "Too many unsuccessful lookups from your address. Please try again in 15 minutes.")
    static let lookupStage = Copy("Tình trạng", "Stage")
    static let lookupOnTime = Copy("Đúng hạn / trong hạn", "On time / within deadline")
    static let lookupLate = Copy("Trễ hạn", "Late")
    static let lookupOnTimeLabel = Copy("Tiến độ", "Progress")
    static let lookupPrivacy = Copy(
        "Trang tra cứu không bao giờ hiển thị họ tên, số định danh, địa chỉ hay giấy tờ của người nộp.",
        "This page never shows the applicant's name, ID number, address or documents.")
    static let lookupOriginal = Copy("Ngày hẹn ban đầu (trước khi hẹn lại)", "Original appointment (before rescheduling)")
    static let rateTitle = Copy("Đánh giá mức độ hài lòng", "Rate the service")
    static let rateIntro = Copy("Hồ sơ đã trả kết quả. Ý kiến của bạn giúp cơ quan phục vụ tốt hơn.", "The result has been returned. Your opinion helps the office serve better.")
    static let rateLevel = Copy("Mức độ hài lòng", "How satisfied are you?")
    static let rateContacts = Copy("Số cơ quan, đơn vị bạn đã phải liên hệ để hoàn thành hồ sơ", "How many offices did you have to contact to complete the dossier?")
    static let rateSubmit = Copy("Gửi đánh giá", "Send")
    static let rateThanks = Copy("Cảm ơn bạn đã đánh giá.", "Thank you for your rating.")
    static let rateDone = Copy("Hồ sơ đã được đánh giá: {0}.", "Rated: {0}.")

    // Statistics
    static let statsFrom = Copy("Từ ngày", "From")
    static let statsTo = Copy("Đến ngày", "To")
    static let statsGroup = Copy("Thống kê theo", "Group by")
    static let statsGroups: [String: Copy] = [
        "field": Copy("Lĩnh vực", "Field"), "unit": Copy("Cơ quan giải quyết", "Competent unit"),
        "procedure": Copy("Thủ tục", "Procedure"), "agency": Copy("Nơi tiếp nhận", "Receiving agency"),
    ]
    static let statsShow = Copy("Xem", "Show")
    static let statsCSV = Copy("Tải CSV", "Download CSV")
    static let statsPrint = Copy("Bản in", "Printable")
    static let statsTotal = Copy("Tổng cộng", "Total")
    static let statsReceived = Copy("Số hồ sơ nhận giải quyết", "Received")
    static let statsCompleted = Copy("Số hồ sơ đã giải quyết", "Completed")
    static let statsPending = Copy("Số hồ sơ đang giải quyết", "Pending")
    static let statsIdentities = Copy("Các đẳng thức của biểu mẫu đều đúng.", "Every identity of the form holds.")
    static let evaluationTitle = Copy("Đánh giá việc giải quyết TTHC (Điều 13 Thông tư 01/2018/TT-VPCP)", "Evaluation (Circular 01/2018 Art. 13)")
    static let evaluationUnit = Copy("Đơn vị", "Unit")
    static let evaluationTotal = Copy("Tổng điểm", "Total")
    static let evaluationGrade = Copy("Xếp loại", "Grade")
    static let evaluationMissing = Copy("Chưa đủ dữ liệu để xếp loại (chỉ số {0} cần số liệu của đơn vị)", "Not enough data to grade (indicators {0} need the unit's own figures)")
    static let evaluationOnline = Copy("Tỷ lệ hồ sơ trực tuyến", "Online share")
    static let evaluationOnTime = Copy("Tỷ lệ đúng hạn", "On-time share")
    static let evaluationSatisfaction = Copy("Tỷ lệ hài lòng", "Satisfied share")
    static let evaluationLimit = Copy(
        "Đánh giá tính trên tối đa {0} hồ sơ gần nhất của kỳ cho mỗi đơn vị.", "The evaluation uses at most the {0} latest dossiers of the period per unit.")

    // Register (Mẫu 06)
    static let registerYear = Copy("Năm", "Year")
    static let registerUnit = Copy("Nơi tiếp nhận", "Receiving unit")
    static let registerNo = Copy("STT", "No.")
    static let registerApplicant = Copy("Tên tổ chức, cá nhân", "Applicant")
    static let registerContact = Copy("Địa chỉ, số điện thoại", "Address, phone")
    static let registerReturned = Copy("Ngày trả kết quả", "Returned on")
    static let registerSignature = Copy("Ký nhận", "Signature")

    // Forms
    static let nation = Copy("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")
    static let motto = Copy("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")
    static let printButton = Copy("In", "Print")
    static let formReceivedFrom = Copy("{0} tiếp nhận hồ sơ của:", "{0} received the dossier of:")
    static let formContent = Copy("Nội dung yêu cầu giải quyết", "Request")
    static let formDocuments = Copy("Thành phần hồ sơ và số lượng mỗi loại giấy tờ gồm:", "Documents and quantities:")
    static let formDocCount = Copy("{0} bản chính, {1} bản sao", "{0} originals, {1} copies")
    static let formAppointmentLine = Copy("Thời gian trả kết quả giải quyết hồ sơ: {0}", "The result will be returned at {0}")
    static let formReceiver = Copy("Người tiếp nhận", "Received by")
    static let formApplicantSign = Copy("Người nộp hồ sơ", "Applicant")
    static let formSupplementIntro = Copy("Hồ sơ của Ông/Bà cần được bổ sung, hoàn thiện các nội dung sau:", "Please supplement the dossier with:")
    static let formRefusalIntro = Copy("Cơ quan không tiếp nhận, giải quyết hồ sơ với lý do:", "The dossier cannot be accepted because:")
    static let formApologyIntro = Copy(
        "Cơ quan thành thật xin lỗi Ông/Bà vì hồ sơ chưa được giải quyết đúng hẹn. Lý do:",
        "We sincerely apologise that the dossier was not settled on time. Reason:")
    static let formApologyNew = Copy("Cơ quan hẹn lại thời gian trả kết quả: {0} (hẹn ban đầu: {1}).", "New appointment: {0} (originally {1}).")
    static let formSorry = Copy("Mong Ông/Bà thông cảm.", "Thank you for your understanding.")
    static let formLookupLine = Copy("Tra cứu tình trạng hồ sơ tại /tra-cuu-ho-so bằng mã hồ sơ trên.", "Follow the dossier at /tra-cuu-ho-so with the code above.")
    static let formPlaceDate = Copy("{0}, ngày {1} tháng {2} năm {3}", "{0}, {1}/{2}/{3}")
}
