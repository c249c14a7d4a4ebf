/// The hour after which a dossier received on a working day counts as received on the next
/// working day.
///
/// Decree 61/2018/NĐ-CP Art. 18.2–18.3: a dossier received at the counter is transferred the
/// same working day, or at the start of the next working day when received after 15:00.
/// The hour is set per procedure (default 15:00); receiving exactly at the cut-off minute is
/// not "after" it.
public struct ReceptionCutoff: Sendable, Hashable, Codable {
    /// Minutes since midnight; nil: no cut-off (only closing time moves reception).
    public let minutes: Int?

    /// 15:00 (Decree 61/2018 Art. 18.2).
    public static let standard = ReceptionCutoff(validMinutes: 15 * 60)
    /// No cut-off hour.
    public static let none = ReceptionCutoff(validMinutes: nil)

    /// A cut-off at `hour:minute`; nil outside 00:00–23:59.
    public init?(hour: Int, minute: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    private init(validMinutes: Int?) {
        minutes = validMinutes
    }
}
