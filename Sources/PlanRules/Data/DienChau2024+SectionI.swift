extension DienChau2024 {
    /// Mục I of the appendix, row by row as written.
    static var sectionI: [PlanTask] {
        [
        task("I.1",
             "Phối hợp với Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội giám sát "
             + "việc thực hiện TTHC của các Phòng, Ban, Ngành cấp huyện, UBND các xã, thị "
             + "trấn; việc tiếp nhận, xử lý phản ánh kiến nghị về quy định hành chính.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện",
             [("Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện", .group)],
             time: "Thường xuyên", .ongoing),
        task("I.2",
             "Lồng ghép việc tuyên truyền các nội dung hoạt động kiểm soát TTHC với việc "
             + "tuyên truyền phổ biến các chủ trương, chính sách của Đảng, pháp luật của Nhà "
             + "nước.",
             lead: "Phòng Tư pháp, các Phòng, ban, ngành cấp huyện; UBND các xã, thị trấn",
             [
                 ("Phòng Tư pháp", .unit),
                 ("các Phòng, ban, ngành cấp huyện", .group),
                 ("UBND các xã, thị trấn", .group),
             ],
             coordinating: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             time: "Thường xuyên", .ongoing),
        task("I.3",
             "Mở các chuyên trang, chuyên mục, xây dựng các phóng sự; viết tin, bài đăng "
             + "tải lên các phương tiện thông tin đại chúng để phản ánh kịp thời cách làm mới "
             + "làm hay trong cải cách hành chính, kiểm soát TTHC.",
             lead: "Trung tâm Văn hóa, Thể thao và Truyền thông huyện, Cổng thông tin điện "
                   + "tử huyện",
             [
                 ("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", .unit),
                 ("Cổng thông tin điện tử huyện", .unit),
             ],
             coordinating: "Văn phòng HĐND và UBND huyện, các phòng, ban, ngành có liên "
                           + "quan",
             [("Văn phòng HĐND và UBND huyện", .unit), ("các phòng, ban, ngành có liên quan", .open)],
             time: "Thường xuyên", .ongoing),
        ]
    }
}
