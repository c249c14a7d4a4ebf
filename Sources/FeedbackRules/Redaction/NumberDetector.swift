import WorkCalendar

/// Finds phone numbers and ID numbers typed in a text.
///
/// Digits are read in clusters: runs of digits separated by at most three of ` .-()` (and a
/// leading `+` or `(`), so `0912 345 678`, `0912.345.678`, `(+84) 912-345-678` and
/// `(0238) 3844 567` are one cluster each. Inside a cluster, consecutive groups that make a
/// valid Vietnamese number (`PhoneNumber`) are a phone; otherwise a single group of 9 or 12
/// digits, or groups of 3–4 digits separated by single spaces adding up to 9 or 12, is an ID
/// number (9-digit identity card, 12-digit citizen ID). Amounts written with dots
/// (`120.000.000.000`) are not IDs.
enum NumberDetector {
    struct Group {
        let range: Range<Int>
        let digits: String
        /// The characters between the previous group and this one ("" for the first).
        let separator: String
    }

    static func findings(in text: ScanText, knownDigits: [String]) -> [(Range<Int>, PersonalDataKind)] {
        var found: [(Range<Int>, PersonalDataKind)] = []
        for cluster in clusters(in: text.chars) {
            let joined = cluster.map(\.digits).joined()
            if let start = cluster.first?.range.lowerBound, let end = cluster.last?.range.upperBound,
               knownDigits.contains(where: { !$0.isEmpty && joined.contains($0) }) {
                found.append((extendedStart(start, text.chars)..<end, .phone))
                continue
            }
            found += scan(cluster, chars: text.chars)
        }
        return found
    }

    private static func scan(_ cluster: [Group], chars: [Character]) -> [(Range<Int>, PersonalDataKind)] {
        var found: [(Range<Int>, PersonalDataKind)] = []
        var index = 0
        while index < cluster.count {
            var digits = ""
            var matched: (end: Int, kind: PersonalDataKind)?
            for last in index..<cluster.count {
                digits += cluster[last].digits
                if digits.count > 13 { break }
                if PhoneNumber.national(fromDigits: digits) != nil {
                    matched = (last, .phone)
                    break
                }
            }
            if matched == nil, let idEnd = idNumber(in: cluster, from: index) { matched = (idEnd, .idNumber) }
            if let matched {
                let start = index == 0 ? extendedStart(cluster[index].range.lowerBound, chars) : cluster[index].range.lowerBound
                found.append((start..<cluster[matched.end].range.upperBound, matched.kind))
                index = matched.end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The last group of an ID number starting at `start`, if any.
    private static func idNumber(in cluster: [Group], from start: Int) -> Int? {
        let first = cluster[start]
        if first.digits.count == 9 || first.digits.count == 12 { return start }
        guard (3...4).contains(first.digits.count) else { return nil }
        var count = first.digits.count
        var index = start + 1
        while index < cluster.count, cluster[index].separator == " ", (3...4).contains(cluster[index].digits.count) {
            count += cluster[index].digits.count
            if count == 9 || count == 12 {
                // Prefer the 12-digit citizen ID when the groups go on to 12.
                if count == 9, let longer = idNumber12(in: cluster, from: index + 1, count: count) { return longer }
                return index
            }
            if count > 12 { return nil }
            index += 1
        }
        return nil
    }

    private static func idNumber12(in cluster: [Group], from start: Int, count: Int) -> Int? {
        var total = count
        var index = start
        while index < cluster.count, cluster[index].separator == " ", (3...4).contains(cluster[index].digits.count) {
            total += cluster[index].digits.count
            if total == 12 { return index }
            if total > 12 { return nil }
            index += 1
        }
        return nil
    }

    /// Includes a `+`, `(` or `(+` written just before the first digit.
    private static func extendedStart(_ start: Int, _ chars: [Character]) -> Int {
        var index = start
        while index > 0 && (chars[index - 1] == "+" || chars[index - 1] == "(") && start - index < 2 { index -= 1 }
        return index
    }

    /// Digit clusters of `chars`.
    static func clusters(in chars: [Character]) -> [[Group]] {
        var clusters: [[Group]] = []
        var current: [Group] = []
        var index = 0
        var pendingSeparator = ""
        while index < chars.count {
            guard chars[index].isASCIIDigit else {
                if !current.isEmpty && " .-()\u{00A0}".contains(chars[index]) && pendingSeparator.count < 3 {
                    pendingSeparator.append(chars[index])
                } else {
                    if !current.isEmpty { clusters.append(current) }
                    current = []
                    pendingSeparator = ""
                }
                index += 1
                continue
            }
            var end = index
            while end < chars.count && chars[end].isASCIIDigit { end += 1 }
            current.append(Group(range: index..<end, digits: String(chars[index..<end]),
                                 separator: current.isEmpty ? "" : pendingSeparator))
            pendingSeparator = ""
            index = end
        }
        if !current.isEmpty { clusters.append(current) }
        return clusters
    }
}
