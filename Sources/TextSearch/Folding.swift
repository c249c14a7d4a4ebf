import Foundation

/// Vietnamese text folded for matching: lower case, no tone marks or vowel marks, đ → d.
/// "Đăng ký khai sinh" → "dang ky khai sinh"; "hoà" and "hòa" fold alike.
public enum Folding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks: tones, breve, circumflex, horn
            case 0x0110, 0x0111: out.append("d")  // Đ đ
            default:
                for lowered in String(scalar).lowercased().unicodeScalars { out.append(lowered) }
            }
        }
        return String(out)
    }

    /// Folded words, split on anything that is not a letter or a digit.
    public static func words(_ text: String) -> [String] {
        fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
