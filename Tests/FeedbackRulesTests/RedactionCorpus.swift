import TestKit

/// Real-looking personal data typed into feedback content, to prove none survives redaction.
/// Every value is invented.
enum RedactionCorpus {
    static let names = [
        "Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Long", "Phạm Thị Thu Hà", "Hoàng Văn Thái",
        "Huỳnh Ngọc Trâm", "Phan Thanh Bình", "Vũ Thị Hồng Nhung", "Võ Minh Tuấn", "Đặng Thị Lan",
        "Bùi Quang Huy", "Đỗ Thị Mai", "Hồ Văn Sơn", "Ngô Thị Thanh Tâm", "Dương Đức Thắng",
        "Lý Thị Kim Oanh", "Đinh Công Tráng", "Trương Thị Mỹ Linh", "Đoàn Văn Hậu", "Lâm Thị Ngọc Bích",
        "Mai Xuân Trường", "Trịnh Thị Phương", "Cao Văn Lầu", "Lương Thị Hạnh", "Lưu Quang Vũ",
        "Hà Thị Diệu Linh", "Tạ Đình Phong", "Chu Văn Nam", "Lại Thị Thu Trang", "Quách Tuấn Anh",
        "Thái Thị Hồng", "Kiều Minh Đức", "Tô Thị Hằng", "Tống Văn Chiến", "Khuất Duy Tiến",
        "Triệu Thị Vân", "Đào Văn Khánh", "Diệp Thanh Tùng", "Nghiêm Thị Huế", "Vương Đình Huệ",
        "Phùng Thị Yến", "Nông Văn Dền", "Đàm Thị Thúy", "Châu Ngọc Hiếu", "Hứa Văn Cường",
    ]
    static let phones = [
        "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84 912 345 678", "+84912345678",
        "84912345678", "0084 912 345 678", "(+84) 983 456 789", "+84 (0) 983 456 789", "0983.456.789",
        "0356 789 012", "035 678 9012", "070 123 4567", "0862-111-222", "0888 999 000", "0238 3844 567",
        "(0238) 3 844 567", "024.3825.2211", "028 3822 1234", "0965432109", "097 654 3210",
    ]
    static let addresses = [
        "số 12 đường Lê Lợi", "số nhà 45, đường Trần Phú", "nhà số 7 ngõ 35 phố Huế", "số 3/2B đường Nguyễn Du",
        "xóm 3, xã Diễn Kim", "xóm 11, xã Diễn Hải", "thôn Đông Lộc, xã Nghi Lộc", "tổ dân phố 5, phường Bến Thủy",
        "khối 2, thị trấn Diễn Châu", "ấp 3, xã Tân Phú", "ngõ 12 phố Đội Cấn", "hẻm 123/4 đường Cách Mạng Tháng Tám",
        "kiệt 20 đường Hùng Vương", "số 88 phố Hàng Bạc", "18 đường Quang Trung", "bản Na Mèo, xã Na Mèo",
        "khu phố 4, phường Hưng Bình", "đội 5, xã Diễn Thành", "xom 7, xa Dien Hong", "so 9 duong Le Hong Phong",
    ]
    static let emails = ["an.nguyen@gmail.com", "thuha_pham1985@yahoo.com.vn", "contact@congty-abc.vn", "HUNG.LE@Outlook.com"]
    static let ids = ["040195001234", "040 195 001 234", "187654321", "001088012345"]

    /// How a sender introduces themselves; `%@` is the name.
    static let nameCues = [
        "Tôi là %@,", "Tôi tên là %@ và", "Họ và tên: %@.", "Người gửi: %@;", "Gia đình ông %@ ở", "Bà %@ ở",
        "Chị %@ cho biết", "Anh %@ đã nộp", "em %@ lớp 12", "Cháu %@ đi làm giấy tờ", "Tôi, %@, đề nghị", "Cô %@ gọi",
    ]
    /// Ordinary content that must survive untouched.
    static let ordinary = [
        "Thủ tục đăng ký khai sinh mất 5 ngày",
        "Theo Quyết định số 1234/QĐ-UBND ngày 12/5/2024 thì lệ phí là 50.000 đồng",
        "UBND xã Diễn Kim chậm giải quyết hồ sơ đất đai",
        "Đường Lê Lợi bị ngập mỗi khi mưa, đề nghị sửa quy định cấp phép đào đường",
        "Thành phố Hồ Chí Minh đã bỏ yêu cầu này từ năm 2020",
        "Mã thủ tục 1.000893 và 1.012790.000.00.00.H41 yêu cầu bản sao có chứng thực",
        "Tôi đã gửi phản ánh PAKN.20250124.0007 nhưng chưa được trả lời",
        "Nghị định 20/2008/NĐ-CP quy định thời hạn 05 ngày làm việc",
        "Bà con trong xóm rất bức xúc vì phải đi lại nhiều lần",
        "Ông bà, anh chị em chúng tôi đều có Giấy khai sinh bản chính",
        "Việc áp dụng quy định này gây khó khăn cho tổ chức và đội ngũ cán bộ",
        "Ông Chủ tịch UBND xã và Công an xã đã hướng dẫn tận tình",
        "Khu vực biên giới cần thêm 3 ngày xác minh",
        "Tổng kinh phí 120.000.000.000 đồng cho 2.500 hộ",
        "Tôi là người dân ở đây và muốn góp ý về thủ tục",
        "Biểu mẫu yêu cầu ghi số điện thoại và địa chỉ thư điện tử",
        "Hạn trả kết quả là 17:00 ngày 06/02/2025",
        "Có 12 hộ trong thôn chưa được cấp giấy chứng nhận",
    ]
}
