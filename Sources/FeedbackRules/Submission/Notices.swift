import WorkCalendar
import Localization

/// Fixed texts the submission form shows.
public enum SubmissionNotices {
    /// Complaints and denunciations follow other laws (Decree 20/2008/NĐ-CP Art. 1).
    public static let complaintsAndDenunciations = LocalizedText(
        vi: "Trang này tiếp nhận phản ánh, kiến nghị về quy định hành chính. Khiếu nại, tố cáo không được giải quyết"
            + " theo thủ tục này mà theo Luật Khiếu nại và Luật Tố cáo; vui lòng gửi đến cơ quan có thẩm quyền"
            + " giải quyết khiếu nại, tố cáo. " + Cite.decree20("1").vi,
        en: "This page receives feedback and petitions about administrative regulations. Complaints and"
            + " denunciations are not handled here but under the Law on Complaints and the Law on Denunciations;"
            + " please send them to the body competent for those. " + Cite.decree20("1").en)

    /// What the sender must give, and why (Art. 7.1).
    public static let requirements = LocalizedText(
        vi: "Phản ánh, kiến nghị viết bằng tiếng Việt, thể hiện rõ nội dung, ghi rõ tên, địa chỉ, số điện thoại"
            + " của cá nhân, tổ chức. " + Cite.decree20("7.1").vi,
        en: "Write in Vietnamese, state the content clearly, and give the name, address and phone number of"
            + " the individual or organisation. " + Cite.decree20("7.1").en)

    /// The consent box's text.
    public static let consent = LocalizedText(
        vi: "Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân của tôi (họ tên, địa chỉ, số điện thoại, thư"
            + " điện tử) chỉ nhằm tiếp nhận, xử lý và trả lời phản ánh, kiến nghị này. Khi công khai kết quả, mọi"
            + " thông tin cá nhân được ẩn. " + Cite.personalData.vi,
        en: "I agree that the receiving body processes my personal data (name, address, phone, e-mail) only to"
            + " receive, handle and answer this feedback. Published answers hide all personal data. "
            + Cite.personalData.en)
}
