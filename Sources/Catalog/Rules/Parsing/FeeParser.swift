import WorkCalendar

/// Reads fee statements: "Lệ phí : 8.000 Đồng (…)", "Phí : 0 Đồng", "800,000 Việt Nam Đồng",
/// "Miễn phí", "Lệ phí : 1.5 USD", "Phí : Mức thu bằng 50% … Đồng (…)".
enum FeeParser {
    struct Problem: Equatable {
        var code: String
        var message: String
    }

    /// Currency words, longest first; `isVND` tells which ones are đồng.
    static let currencies: [(word: String, isVND: Bool)] = [
        ("Việt Nam Đồng", true), ("Việt Nam đồng", true), ("VNĐ", true), ("VND", true),
        ("Đồng", true), ("đồng", true), ("USD", false), ("EUR", false),
    ]

    static let freeWords: Set<String> = ["0", "không", "miễn phí", "miễn", "không thu", "miễn lệ phí"]

    /// Reads a VND amount written with thousands separators ("35,000,000", "2.000.000",
    /// "20000", "8 000"). Nil when it is not such a number.
    static func vndAmount(_ text: String) -> Int? {
        let value = TextNormalizer.line(text)
        guard let first = value.first, first.isASCIIDigit else { return nil }
        let groups = value.split(whereSeparator: { $0 == "." || $0 == "," || $0 == " " })
            .map(String.init)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return Int(groups.joined())
    }

    /// Splits an amount part such as "2.000.000 Đồng" or "1.5 USD" into amount text and currency.
    static func splitCurrency(_ text: String) -> (amount: String, currency: String?, isVND: Bool) {
        let value = TextNormalizer.line(text)
        for (word, isVND) in currencies where value.hasSuffix(word) {
            let amount = TextNormalizer.line(String(value.dropLast(word.count)))
            return (amount, word, isVND)
        }
        return (value, nil, true)
    }

    /// Interprets one statement's amount part with its kind and parenthesised description.
    static func fee(kind: FeeKind, amountPart: String, description: String) -> (Fee, [Problem]) {
        let (amountText, currency, isVND) = splitCurrency(amountPart)
        let lower = amountText.lowercased()
        if freeWords.contains(lower) {
            return (Fee(kind: kind, amountVND: nil, isFree: true, description: description), [])
        }
        if amountText.isEmpty {
            let problem = Problem(code: "fee.amount_missing",
                                  message: "No amount is written in \"\(amountPart)\"")
            return (Fee(kind: kind, amountVND: nil, description: description), [problem])
        }
        let written = [amountText + (currency.map { " " + $0 } ?? ""), description]
            .filter { !$0.isEmpty }.joined(separator: " ")
        if !isVND {
            let problem = Problem(code: "fee.foreign_currency",
                                  message: "Amount \"\(amountText) \(currency ?? "")\" is not in đồng")
            return (Fee(kind: kind, amountVND: nil, description: written), [problem])
        }
        guard let amount = vndAmount(amountText) else {
            let problem = Problem(code: "fee.amount_unparsed",
                                  message: "Cannot read an amount in đồng from \"\(amountText)\"")
            return (Fee(kind: kind, amountVND: nil, description: written), [problem])
        }
        if amount == 0 {
            return (Fee(kind: kind, amountVND: nil, isFree: true, description: description), [])
        }
        var problems: [Problem] = []
        if amount < 1_000 {
            problems.append(Problem(code: "fee.implausible_amount",
                                    message: "Amount \(amount) đồng is implausibly small; kept as written"))
        }
        return (Fee(kind: kind, amountVND: amount, description: description), problems)
    }

    /// Labels that open a statement, longest first.
    static let labels: [(String, FeeKind)] = [("Lệ phí", .fee), ("lệ phí", .fee), ("Phí", .charge), ("phí", .charge)]

    /// If a label followed by ":" starts at `i`, returns its kind and the index after the colon.
    static func label(in chars: Chars, at i: Int) -> (FeeKind, Int)? {
        for (word, kind) in labels where chars.matches(word, at: i) {
            let colon = chars.skipSpaces(from: i + word.count, lines: false)
            if colon < chars.count, chars[colon] == ":" { return (kind, colon + 1) }
        }
        return nil
    }

    /// Parses the structured export's fee cell: one or more lines "Phí : X Đồng (note)" or
    /// "Lệ phí : X USD (note)", possibly followed by "File đính kèm: …" lines.
    static func parseStatements(_ text: String) -> (fees: [Fee], problems: [Problem]) {
        let chars = Array(TextNormalizer.raw(text))
        var starts: [(Int, FeeKind, Int)] = []
        var i = 0
        while i < chars.count {
            let atLineStart = i == 0 || chars[i - 1] == "\n"
            if atLineStart, let (kind, bodyStart) = label(in: chars, at: chars.skipSpaces(from: i)) {
                starts.append((i, kind, bodyStart))
            }
            i += 1
        }
        if TextNormalizer.line(text).isEmpty { return ([], []) }
        guard !starts.isEmpty else {
            return ([], [Problem(code: "fee.unparsed", message: "Cannot read fees from \"\(TextNormalizer.line(text))\"")])
        }
        var fees: [Fee] = []
        var problems: [Problem] = []
        let leading = TextNormalizer.line(chars.text(0..<starts[0].0))
        if !leading.isEmpty {
            problems.append(Problem(code: "fee.unparsed", message: "Text before the first fee: \"\(leading)\""))
        }
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].0 : chars.count
            let (fee, found) = statement(Array(chars[start.2..<end]), kind: start.1)
            fees.append(fee)
            problems += found
        }
        return (fees, problems)
    }

    /// One statement body: amount part up to "(", the parenthesised note, then any extra lines.
    static func statement(_ body: Chars, kind: FeeKind) -> (Fee, [Problem]) {
        let open = body.firstIndex(of: "(") ?? body.count
        let amountPart = body.text(0..<open)
        var description = ""
        var rest = ""
        if open < body.count {
            let close = body.matchingParenthesisEnd(from: open) ?? body.count
            description = body.text(open..<close).strippingWrappingParentheses()
            rest = TextNormalizer.block(body.text(close..<body.count))
        }
        if !rest.isEmpty { description = description.isEmpty ? rest : description + "\n" + rest }
        let (fee, problems) = fee(kind: kind, amountPart: TextNormalizer.line(amountPart), description: description)
        return (fee, problems)
    }
}
