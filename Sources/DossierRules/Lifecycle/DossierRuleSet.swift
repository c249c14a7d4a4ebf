/// The values of the one-stop rules that a dossier keeps from the day it was submitted, so a
/// later change of law or configuration never rewrites an old case.
///
/// The defaults are those of Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP. Decree
/// 118/2025/NĐ-CP (from 01/7/2025) carries the same logic forward; a new rule set with its
/// own `reference` is how a change is recorded.
public struct DossierRuleSet: Sendable, Hashable, Codable {
    /// The texts these values come from.
    public var reference: String
    /// Most supplement requests (Mẫu 02) for one case. Reception may ask once, "one time,
    /// complete" (Decree 61 Art. 15.3, 17.1.a, 17.2.a), and the competent agency once more after
    /// appraisal (Art. 19.4): two in all. A third is refused.
    public var maxSupplementRequests: Int
    /// A supplement request after appraisal is due within this many working days of reception
    /// (Decree 61 Art. 19.4: "không quá 03 ngày làm việc", unless sector law says otherwise).
    /// A later request is still allowed (sector law may differ) but is flagged.
    public var supplementNoticeWorkingDays: Int
    /// The apology (Mẫu 04) must be sent at the latest this many working days before the due
    /// day (Decree 61 Art. 19.9: "chậm nhất 01 ngày trước ngày hết hạn").
    public var apologyLeadWorkingDays: Int

    public init(reference: String, maxSupplementRequests: Int = 2, supplementNoticeWorkingDays: Int = 3,
                apologyLeadWorkingDays: Int = 1) {
        self.reference = reference
        self.maxSupplementRequests = maxSupplementRequests
        self.supplementNoticeWorkingDays = supplementNoticeWorkingDays
        self.apologyLeadWorkingDays = apologyLeadWorkingDays
    }

    /// Decree 61/2018/NĐ-CP with Circular 01/2018/TT-VPCP.
    public static let decree61 = DossierRuleSet(reference: "Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP")
}
