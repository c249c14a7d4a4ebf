import Foundation

/// The lexicon as a tab-separated text file, one entry per line, so that it can be edited in a
/// text editor or a spreadsheet:
///
///     kind<TAB>phrase<TAB>means<TAB>weight<TAB>both
///     synonym	sổ đỏ	giấy chứng nhận quyền sử dụng đất | quyền sở hữu nhà ở	0.9
///     synonym	cccd	căn cước công dân	1	both
///     intent	mất	cấp lại
///     filler	tôi muốn
///     variant	có yếu tố nước ngoài
///
/// Meanings are separated by " | ". Weight and direction may be left out (0.9, one way). Blank
/// lines, lines starting with `#` and the header line are skipped. Every line is checked; a file
/// with any bad line is refused whole, with every bad line reported.
public enum LexiconFile {
    public struct LineError: Error, Sendable, Equatable {
        public var line: Int
        public var problem: Problem
    }

    public enum Problem: Error, Sendable, Equatable {
        case unknownKind(String)
        case missingPhrase
        /// A synonym or an action word without a meaning.
        case missingMeaning
        /// A filler or a variant with a meaning.
        case unexpectedMeaning
        case badWeight(String)
        case badDirection(String)
        case tooManyColumns(Int)
        case tooLong
    }

    public static let header = "kind\tphrase\tmeans\tweight\tboth"
    /// Longest phrase or meaning, in characters.
    public static let maxLength = 120

    /// The good lines' entries and every bad line's problem; use the entries only when there is none.
    public static func parse(_ text: String) -> (entries: [Lexicon.Entry], errors: [LineError]) {
        var entries: [Lexicon.Entry] = []
        var errors: [LineError] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("kind\t") { continue }
            switch entry(line) {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): errors.append(LineError(line: offset + 1, problem: problem))
            }
        }
        return (entries, errors)
    }

    static func entry(_ line: Substring) -> Result<Lexicon.Entry, Problem> {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard columns.count <= 5 else { return .failure(.tooManyColumns(columns.count)) }
        return entry(columns)
    }

    /// One entry from its columns as typed (kind, phrase, means, weight, both), checked as a line is.
    public static func entry(_ columns: [String]) -> Result<Lexicon.Entry, Problem> {
        let columns = columns.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard !columns.contains(where: { $0.contains("\t") || $0.contains("\n") }) else { return .failure(.tooManyColumns(columns.count + 1)) }
        func column(_ i: Int) -> String { i < columns.count ? columns[i] : "" }
        guard let kind = Lexicon.Kind(rawValue: column(0)) else { return .failure(.unknownKind(column(0))) }
        let phrase = column(1).precomposedStringWithCanonicalMapping
        guard !Folding.words(phrase).isEmpty else { return .failure(.missingPhrase) }
        let means = column(2).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping }
            .filter { !$0.isEmpty }
        guard phrase.count <= maxLength, means.allSatisfy({ $0.count <= maxLength }) else { return .failure(.tooLong) }
        switch kind {
        case .synonym, .intent: if means.isEmpty { return .failure(.missingMeaning) }
        case .filler, .variant: if !means.isEmpty { return .failure(.unexpectedMeaning) }
        }
        var weight = Lexicon.defaultWeight
        if !column(3).isEmpty {
            guard let value = Double(column(3).replacingOccurrences(of: ",", with: ".")), value > 0, value <= 1 else {
                return .failure(.badWeight(column(3)))
            }
            weight = value
        }
        let bothWays: Bool
        switch column(4) {
        case "": bothWays = false
        case "both": bothWays = true
        default: return .failure(.badDirection(column(4)))
        }
        if bothWays && kind != .synonym { return .failure(.badDirection(column(4))) }
        return .success(Lexicon.Entry(kind, phrase, means: means, weight: weight, bothWays: bothWays))
    }

    /// The entries written back in the same format (what the administrators' page exports).
    public static func write(_ entries: [Lexicon.Entry]) -> String {
        var out = header + "\n"
        for entry in entries {
            let weight = entry.weight == Lexicon.defaultWeight ? "" : String(entry.weight)
            out += [entry.kind.rawValue, entry.phrase, entry.means.joined(separator: " | "), weight, entry.bothWays ? "both" : ""]
                .joined(separator: "\t")
            while out.hasSuffix("\t") { out.removeLast() }
            out += "\n"
        }
        return out
    }
}
