import Catalog
import DossierRules
import Foundation
import Platform
import SQLKit
import Localization

extension S {
    static let workflowTitle = LocalizedText("Quy trình nội bộ và giờ chốt nhận hồ sơ", "Internal workflow and cut-off hour")
    static let workflowIntro = LocalizedText(
        "Các bước xử lý theo thứ tự; mỗi bước có đơn vị và số giờ làm việc, dùng để tính hạn từng bước trên Phiếu kiểm soát (Mẫu 05). Để trống: cả thời hạn giải quyết là một bước.",
        "The processing steps in order, each with a unit and working hours, which set the step deadlines on the control slip (form 05). Leave empty: the whole processing time is one step.")
    static let workflowCutoff = LocalizedText("Giờ chốt nhận hồ sơ trong ngày", "Daily cut-off hour")
    static let workflowCutoffHint = LocalizedText("Dạng HH:MM; để trống là 15:00 (khoản 2 Điều 18 Nghị định 61/2018/NĐ-CP).", "HH:MM; empty means 15:00 (Decree 61/2018 Art. 18.2).")
    static let workflowStep = LocalizedText("Nội dung bước", "Step")
    static let workflowStepNumber = LocalizedText("Bước {0}", "Step {0}")
    static let workflowHours = LocalizedText("Số giờ làm việc", "Working hours")
    static let workflowCompetent = LocalizedText("Cơ quan giải quyết của hồ sơ", "The dossier's competent unit")
    static let workflowBadCutoff = LocalizedText("Giờ chốt phải trong giờ hành chính, dạng HH:MM (ví dụ 15:00).", "The cut-off must be within office hours, as HH:MM (e.g. 15:00).")
    static let workflowBadHours = LocalizedText("Số giờ phải là số nguyên từ 1 đến 2000.", "Hours must be a whole number from 1 to 2000.")
}
