import WorkCalendar
import Localization

/// Citations of the texts this module applies, in both languages.
enum Cite {
    /// "(khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP)" / "(Decree 20/2008 Art. 9.1)".
    static func decree20(_ article: String) -> LocalizedText {
        let parts = article.split(separator: ".").map(String.init)
        let vi: String
        switch parts.count {
        case 1: vi = "Điều \(parts[0])"
        case 2: vi = "khoản \(parts[1]) Điều \(parts[0])"
        default: vi = "điểm \(parts[2]) khoản \(parts[1]) Điều \(parts[0])"
        }
        return LocalizedText(vi: "(\(vi) Nghị định 20/2008/NĐ-CP)", en: "(Decree 20/2008 Art. \(article))")
    }

    /// Law 91/2025/QH15 on personal data protection and Decree 356/2025/NĐ-CP.
    static let personalData = LocalizedText(
        vi: "(Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Nghị định 356/2025/NĐ-CP)",
        en: "(Personal Data Protection Law 91/2025/QH15, Decree 356/2025)")
}

extension LocalizedText {
    /// This text followed by a space and `other`.
    func appending(_ other: LocalizedText) -> LocalizedText {
        LocalizedText(vi: vi + " " + other.vi, en: en + " " + other.en)
    }
}
