import Foundation

/// The identification code of an agency (mã định danh đơn vị), e.g. `000.00.00.H41`.
///
/// Circular 01/2018/TT-VPCP Art. 19.1 writes it `V1V2V3.Z1Z2.Y1Y2.MX1X2` and refers to the
/// national standard of Circular 10/2016/TT-BTTTT: four groups of 3, 2, 2 and 3 characters,
/// the last being the level-1 code (a letter and two digits: `H41` is Nghệ An). Only the
/// shape is checked here; whether the agency exists is data (the organisation tree).
/// The lower-level groups accept ASCII letters or digits, the level-1 group a letter and two
/// digits. Input is trimmed and upper-cased.
///
/// One rule for every use: a unit's record (the platform's unit form and imports) and the
/// receiving agency at the front of a dossier code (`DossierRules.DossierCode`).
public struct AgencyCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised text, e.g. `000.00.00.H41`.
    public let text: String

    /// Validates and normalises `text`; nil when it does not have the shape above.
    public init?(_ text: String) {
        let normalised = text.trimmingCharacters(in: .whitespaces).uppercased()
        let groups = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count == 4,
              groups[0].count == 3, groups[1].count == 2, groups[2].count == 2, groups[3].count == 3,
              groups[0...2].allSatisfy({ $0.allSatisfy(AgencyCode.isUpperAlphanumeric) }) else { return nil }
        let level1 = Array(groups[3])
        guard level1[0].isASCII, level1[0].isUppercase,
              level1[1].isASCII, level1[1].isNumber, level1[2].isASCII, level1[2].isNumber else { return nil }
        self.text = normalised
    }

    /// The level-1 group (`H41` in `000.00.00.H41`).
    public var level1: String { String(text.suffix(3)) }

    public var description: String { text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = AgencyCode(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Invalid agency code \(raw)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private static func isUpperAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isNumber || character.isUppercase)
    }
}
