extension DienChau2024 {
    /// Mục II of the appendix, row by row as written.
    static var sectionII: [PlanTask] {
        [
        task("II.1",
             "Tiếp tục tuyên truyền Đề án \"Phát triển ứng dụng dữ liệu về dân cư, định danh "
             + "và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm "
             + "nhìn đến năm 2030\" phê duyệt kèm theo Quyết định số 06/QĐ-TTg ngày 06/01/2022 "
             + "của Thủ tướng Chính phủ; Đề án \"Đổi mới việc thực hiện cơ chế một cửa, một "
             + "cửa liên thông trong giải quyết thủ tục hành chính\" phê duyệt kèm theo Quyết "
             + "định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ và Nghị định số "
             + "45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính "
             + "trên môi trường điện tử.",
             lead: "Công an huyện; Văn phòng HĐND và UBND huyện; Phòng Văn hóa và Thông tin",
             [
                 ("Công an huyện", .unit),
                 ("Văn phòng HĐND và UBND huyện", .unit),
                 ("Phòng Văn hóa và Thông tin", .unit),
             ],
             coordinating: "Các Phòng, ban, ngành cấp huyện; UBND các xã, thị trấn",
             [("Các Phòng, ban, ngành cấp huyện", .group), ("UBND các xã, thị trấn", .group)],
             time: "Thường xuyên", .ongoing),
        task("II.2",
             "Hướng dẫn các TTHC cụ thể các lĩnh vực cho tổ chức, cá nhân.",
             lead: "Bộ phận tiếp nhận và trả kết quả huyện, xã; các Phòng chuyên môn thuộc "
                   + "UBND huyện; UBND các xã, thị trấn",
             [
                 ("Bộ phận tiếp nhận và trả kết quả huyện, xã", .group),
                 ("các Phòng chuyên môn thuộc UBND huyện", .group),
                 ("UBND các xã, thị trấn", .group),
             ],
             coordinating: "Văn phòng HĐND và UBND huyện; các ban, ngành liên quan",
             [("Văn phòng HĐND và UBND huyện", .unit), ("các ban, ngành liên quan", .open)],
             time: "Thường xuyên", .ongoing),
        task("II.3",
             "Tuyên truyền hoạt động của Trung tâm phục vụ hành chính công tỉnh, Bộ phận "
             + "tiếp nhận và trả kết quả huyện, xã đến Nhân dân trên địa bàn huyện.",
             lead: "Bộ phận tiếp nhận và trả kết quả huyện, xã; Văn phòng HĐND và UBND "
                   + "huyện",
             [("Bộ phận tiếp nhận và trả kết quả huyện, xã", .group), ("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Các Phòng, ban, ngành cấp huyện; Trung tâm Văn hóa, Thể thao và "
                           + "Truyền thông huyện; UBND các xã, thị trấn",
             [
                 ("Các Phòng, ban, ngành cấp huyện", .group),
                 ("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", .unit),
                 ("UBND các xã, thị trấn", .group),
             ],
             time: "Thường xuyên", .ongoing),
        task("II.4",
             "Tuyên truyền về kết quả cải cách TTHC, kiểm soát TTHC của UBND huyện; UBND "
             + "các xã, thị trấn.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Các Phòng, ban, ngành cấp huyện; Trung tâm Văn hóa, Thể thao và "
                           + "Truyền thông huyện; Cổng Thông tin điện tử huyện; UBND các xã, "
                           + "thị trấn",
             [
                 ("Các Phòng, ban, ngành cấp huyện", .group),
                 ("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", .unit),
                 ("Cổng Thông tin điện tử huyện", .unit),
                 ("UBND các xã, thị trấn", .group),
             ],
             time: "Thường xuyên", .ongoing),
        task("II.5",
             "Triển khai cuộc thi: Tìm hiểu hoạt động kiểm soát thủ tục hành chính và cung "
             + "cấp, sử dụng dịch vụ công trên địa bàn tỉnh.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Phòng Nội vụ, Liên đoàn lao động huyện; Huyện đoàn, Phòng Tư "
                           + "pháp, Phòng Văn hóa và Thông tin và các Phòng, ban, ngành cấp "
                           + "huyện có liên quan; UBND các xã, thị trấn",
             [
                 ("Phòng Nội vụ", .unit),
                 ("Liên đoàn lao động huyện", .unit),
                 ("Huyện đoàn", .unit),
                 ("Phòng Tư pháp", .unit),
                 ("Phòng Văn hóa và Thông tin", .unit),
                 ("các Phòng, ban, ngành cấp huyện có liên quan", .open),
                 ("UBND các xã, thị trấn", .group),
             ],
             time: "Quý II/2024", .quarter(2, year: 2024)),
        task("II.6",
             "Triển khai phát sổ tay, tờ rơi, tờ gấp pháp luật thông tin cơ bản về hoạt "
             + "động kiểm soát TTHC và tiếp nhận phản ánh, kiến nghị cung cấp cho cán bộ, "
             + "công chức, viên chức, người dân, doanh nghiệp trên địa bàn huyện.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Các Phòng, ban, ngành cấp huyện; UBND các xã, thị trấn",
             [("Các Phòng, ban, ngành cấp huyện", .group), ("UBND các xã, thị trấn", .group)],
             time: "Quý III/2024", .quarter(3, year: 2024)),
        task("II.7",
             "Tổ chức các Đoàn công tác đi học tập kinh nghiệm; khảo sát thực tế về cách "
             + "làm mới, làm hay, gương điển hình tiêu biểu trong công tác cải cách, kiểm "
             + "soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông, ứng dụng công nghệ "
             + "thông tin trong tiếp nhận và giải quyết TTHC trong và ngoài tỉnh để nghiên "
             + "cứu nhân rộng trên địa bàn huyện.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Trung tâm Văn hóa, Thể thao và Truyền thông; các Phòng, ban, "
                           + "ngành cấp huyện có liên quan; UBND cấp xã",
             [
                 ("Trung tâm Văn hóa, Thể thao và Truyền thông", .unit),
                 ("các Phòng, ban, ngành cấp huyện có liên quan", .open),
                 ("UBND cấp xã", .group),
             ],
             time: "Năm 2024", .year(2024)),
        task("II.8",
             "Đề xuất cải tiến, đẩy mạnh việc đăng tải, cập nhật TTHC trên Hệ thống thông "
             + "tin giải quyết TTHC tỉnh.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Các phòng, ban, ngành cấp huyện; UBND cấp xã",
             [("Các phòng, ban, ngành cấp huyện", .group), ("UBND cấp xã", .group)],
             time: "Thường xuyên", .ongoing),
        task("II.9",
             "Tổ chức đối thoại với cá nhân, tổ chức về TTHC và giải quyết TTHC hoặc tổ "
             + "chức các đợt tọa đàm, hội nghị lấy ý kiến của các cá nhân, tổ chức về kiểm "
             + "soát TTHC.",
             lead: "Chủ tịch UBND huyện; Trưởng các Phòng, Ban, Ngành cấp huyện; Chủ tịch "
                   + "UBND các xã, thị trấn",
             [
                 ("Chủ tịch UBND huyện", .position),
                 ("Trưởng các Phòng, Ban, Ngành cấp huyện", .position),
                 ("Chủ tịch UBND các xã, thị trấn", .position),
             ],
             coordinating: "Văn phòng HĐND và UBND huyện, các tổ chức, cá nhân có liên quan",
             [("Văn phòng HĐND và UBND huyện", .unit), ("các tổ chức, cá nhân có liên quan", .open)],
             time: "Định kỳ 6 tháng/01 lần", .everyMonths(6)),
        task("II.10",
             "Niêm yết công khai đầy đủ các TTHC thuộc thẩm quyền giải quyết.",
             lead: "Bộ phận tiếp nhận và trả kết quả huyện, xã; các Phòng, ban, ngành cấp "
                   + "huyện; UBND các xã, thị trấn",
             [
                 ("Bộ phận tiếp nhận và trả kết quả huyện, xã", .group),
                 ("các Phòng, ban, ngành cấp huyện", .group),
                 ("UBND các xã, thị trấn", .group),
             ],
             coordinating: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             time: "Thường xuyên", .ongoing),
        task("II.11",
             "Niêm yết công khai địa chỉ tiếp nhận phản ánh, kiến nghị của tổ chức, cá nhân "
             + "về quy định, TTHC tại trụ sở các đơn vị, địa phương trực tiếp giải quyết "
             + "TTHC.",
             lead: "Bộ phận tiếp nhận và trả kết quả huyện, xã; UBND xã",
             [("Bộ phận tiếp nhận và trả kết quả huyện, xã", .group), ("UBND xã", .group)],
             coordinating: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             time: "Thường xuyên", .ongoing),
        task("II.12",
             "Thực hiện việc tiếp nhận phản ánh, kiến nghị về TTHC và kịp thời thông tin "
             + "công khai về kết quả giải quyết phản ánh, kiến nghị về TTHC.",
             lead: "Văn phòng HĐND và UBND huyện",
             [("Văn phòng HĐND và UBND huyện", .unit)],
             coordinating: "Các Phòng, ban, ngành cấp huyện; UBND các xã, thị trấn",
             [("Các Phòng, ban, ngành cấp huyện", .group), ("UBND các xã, thị trấn", .group)],
             time: "Thường xuyên", .ongoing),
        ]
    }
}
