/// The place name written before the date of an administrative document (địa danh; Decree
/// 30/2020/NĐ-CP, Appendix I): the name of the commune, district or province where the issuing
/// body sits, without its kind: "UBND huyện Diễn Châu" → "Diễn Châu".
public enum PlaceName {
    public static func of(_ unitName: String) -> String {
        var words = unitName.split(separator: " ").map(String.init)
        if words.first?.uppercased() == "UBND" { words.removeFirst() }
        if let first = words.first, ["huyện", "xã", "tỉnh", "phường", "thị", "thành"].contains(first.lowercased()) {
            words.removeFirst()
            if let next = words.first, ["trấn", "xã", "phố"].contains(next.lowercased()) { words.removeFirst() }
        }
        return words.isEmpty ? "……" : words.joined(separator: " ")
    }
}
