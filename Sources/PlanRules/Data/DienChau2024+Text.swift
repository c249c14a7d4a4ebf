extension DienChau2024 {
    /// The preamble's bases, one document per entry, in the plan's order.
    static let legalBases = [
        "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị"
            + " của cá nhân, tổ chức về các quy định hành chính",
        "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ quy định về công tác kiểm soát thủ tục hành chính",
        "Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một số điều Nghị định số"
            + " 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục hành chính",
        "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định"
            + " liên quan đến kiểm soát thủ tục hành chính",
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông"
            + " trong giải quyết thủ tục hành chính",
        "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường"
            + " điện tử",
        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định"
            + " số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong"
            + " giải quyết thủ tục hành chính",
        "Thông tư số 02/2017/TT-VPCP ngày 30/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về"
            + " nghiệp vụ kiểm soát thủ tục hành chính",
        "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thi"
            + " hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế"
            + " một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        "Kế hoạch số 122/KH-UBND ngày 21/02/2024 của UBND tỉnh Nghệ An về việc ban hành Kế hoạch truyền thông"
            + " hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Nghệ An",
    ]

    /// I.1 Mục đích, a) to d) (abridged to their first sentence).
    static let purposes = [
        "Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và người dân, doanh nghiệp trên"
            + " địa bàn huyện về ý nghĩa, mục tiêu, tầm quan trọng của công tác cải cách hành chính, kiểm soát"
            + " thủ tục hành chính (TTHC)",
        "Đẩy mạnh tuyên truyền công tác cải cách hành chính, kiểm soát TTHC để tạo sự lan tỏa và đồng thuận"
            + " trong xã hội",
        "Phát huy vai trò của các cơ quan truyền thông trong việc phản ánh chính xác, kịp thời mặt tích cực"
            + " hoặc chưa hiệu quả của tổ chức, cá nhân trong thực hiện nhiệm vụ kiểm soát TTHC",
        "Nâng cao trách nhiệm của người đứng đầu cơ quan hành chính Nhà nước các cấp trong công tác cải cách"
            + " hành chính, kiểm soát TTHC và tăng cường kỷ cương, kỷ luật hành chính trong các cơ quan hành chính"
            + " nhà nước các cấp trên địa bàn huyện Diễn Châu",
    ]

    /// I.2 Yêu cầu, a) to c) (abridged to their first sentence).
    static let requirements = [
        "Trưởng các phòng, ban, ngành cấp huyện, Chủ tịch UBND các xã, thị trấn tiếp tục quán triệt và xác"
            + " định công tác truyền thông hoạt động kiểm soát TTHC là một trong những nhiệm vụ trọng tâm,"
            + " thường xuyên",
        "Đảm bảo công khai, minh bạch các thông tin về TTHC nhằm tạo điều kiện để người dân, doanh nghiệp"
            + " tiếp cận, thực hiện việc giám sát hoạt động cải cách TTHC, giải quyết TTHC của đội ngũ cán bộ,"
            + " công chức, viên chức",
        "Các phòng, ban, ngành, đơn vị cấp huyện, UBND các xã, thị trấn phổ biến nội dung hoạt động kiểm"
            + " soát TTHC một cách kịp thời, đầy đủ",
    ]

    /// III. Kinh phí thực hiện.
    static let funding = [
        "Kinh phí truyền thông hoạt động kiểm soát TTHC của UBND huyện, UBND cấp xã được bố trí trong dự toán"
            + " ngân sách của địa phương theo quy định.",
        "Ngoài ra, các đơn vị, địa phương có liên quan được huy động các nguồn lực tài chính hợp pháp khác để"
            + " hỗ trợ cho hoạt động truyền thông theo Kế hoạch này.",
    ]

    /// IV. Tổ chức thực hiện (abridged).
    static let duties = [
        ImplementationDuty(
            addressee: "Trưởng các phòng chuyên môn thuộc UBND huyện, lãnh đạo các cơ quan, ban, ngành và các"
                + " đơn vị có liên quan",
            text: "Tổ chức triển khai các nhiệm vụ được giao theo Kế hoạch này, tuyên truyền sâu rộng nội dung"
                + " công tác kiểm soát TTHC trong cán bộ, công chức, viên chức, người lao động của cơ quan, đơn vị."),
        ImplementationDuty(
            addressee: "Ủy ban nhân dân các xã, thị trấn",
            text: "Chủ động triển khai Kế hoạch này đến cán bộ, công chức, các đoàn thể cấp xã và toàn thể nhân dân."),
        ImplementationDuty(
            addressee: "Trung tâm Văn hóa, Thể Thao và truyền thông huyện, Cổng thông tin điện tử huyện",
            text: "Mở các chuyên trang, chuyên mục, xây dựng các phóng sự tuyên truyền, đưa tin, bài về hoạt động"
                + " cải cách hành chính, kiểm soát TTHC."),
        ImplementationDuty(
            addressee: "Văn phòng HĐND và UBND huyện",
            text: "Tổ chức theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch; tham mưu, đề xuất các giải pháp xử"
                + " lý, chấn chỉnh trong quá trình thực hiện kế hoạch này trên địa bàn huyện và báo cáo Ủy ban"
                + " nhân dân huyện kết quả thực hiện."),
    ]

    /// Nơi nhận.
    static let recipients = [
        "Phòng kiểm soát TTHC - VP UBND tỉnh (B/c)",
        "TT huyện ủy, TT HĐND huyện (B/c)",
        "Chủ tịch UBND huyện (B/c)",
        "Các PCT UBND huyện",
        "UBMTTQ và các đoàn thể cấp huyện",
        "Các phòng, ban, ngành cấp huyện",
        "Chánh VP, Phó CVP HĐND và UBND huyện",
        "Trung tâm Văn hóa, TT và TT huyện",
        "Cổng Thông tin điện tử huyện",
        "UBND các xã, thị trấn",
        "Lưu: VT",
    ]
}
