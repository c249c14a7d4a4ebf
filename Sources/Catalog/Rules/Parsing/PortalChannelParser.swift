import WorkCalendar

/// Parses the portal's flattened "cách thức thực hiện" table back into channels.
///
/// The table (Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả) arrives as one string with the
/// cell separators lost: "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp5 Ngày làm việc
/// 800,000 Việt Nam Đồng(note)DescriptionTrực tuyến…". A row starts where a channel name is
/// directly followed by a time cell (a number, "Trong ngày", or "Không có thông tin").
enum PortalChannelParser {
    static let field = "cach_thuc_thuc_hien"
    static let header = "Hình thức nộpThời gianPhí, lệ phíMô tả"
    static let channelNames = ["Dịch vụ bưu chính", "Trực tuyến", "Trực tiếp"]
    static let noInfo = "Không có thông tin"
    static let withinDayWords = ["Ngay trong ngày", "Trong ngày", "Ngay trong ngày làm việc", "Trong ngày làm việc"]

    static func parse(_ text: String) -> ([Channel], [ImportWarning]) {
        var chars = Array(TextNormalizer.raw(text))
        let trimmedStart = chars.skipSpaces(from: 0)
        chars = Array(chars[trimmedStart...])
        if chars.matches(header, at: 0) { chars = Array(chars[header.count...]) }
        if TextNormalizer.line(String(chars)).isEmpty { return ([], []) }

        var warnings: [ImportWarning] = []
        let starts = rowStarts(chars)
        guard let first = starts.first else {
            warnings.append(warn("channels.unparsed", "No channel row found in \"\(clip(String(chars)))\""))
            return ([], warnings)
        }
        let prefix = TextNormalizer.line(chars.text(0..<first.index))
        if !prefix.isEmpty {
            warnings.append(warn("channels.unparsed", "Text before the first channel was not read: \"\(clip(prefix))\""))
        }
        var channels: [Channel] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].index : chars.count
            let (channel, found) = row(Array(chars[(start.index + start.name.count)..<end]), name: start.name)
            channels.append(channel)
            warnings += found
        }
        return (channels, warnings)
    }

    static func rowStarts(_ chars: Chars) -> [(index: Int, name: String)] {
        var starts: [(Int, String)] = []
        var i = 0
        while i < chars.count {
            if let name = chars.firstMatch(of: channelNames, at: i) {
                let next = i + name.count
                if next < chars.count,
                   chars[next].isASCIIDigit || chars.matches(noInfo, at: next)
                    || chars.firstMatch(of: withinDayWords, at: next) != nil {
                    starts.append((i, name))
                    i = next
                    continue
                }
            }
            i += 1
        }
        return starts
    }

    /// One row after the channel name: time cell, fee cell, fee note in parentheses, description.
    static func row(_ cells: Chars, name: String) -> (Channel, [ImportWarning]) {
        var channel = Channel(kind: ChannelKind(vietnameseName: name))
        var warnings: [ImportWarning] = []
        var i = 0
        // Time cell.
        if cells.matches(noInfo, at: 0) {
            channel.timeText = noInfo
            i = noInfo.count
        } else if let word = cells.firstMatch(of: withinDayWords, at: 0) {
            channel.timeText = word
            channel.processingTime = ProcessingTime(amount: 0, unit: .withinDay)
            i = word.count
        } else if let scan = TimeParser.scanNumberAndUnit(cells, from: 0) {
            let after = cells.skipSpaces(from: scan.numberEnd, lines: false)
            if scan.unit == nil, FeeParser.currencies.contains(where: { cells.matches($0.word, at: after) }) {
                // "1200 VNĐ": the time's digits and the fee's digits ran together.
                return merged(cells, channel: channel, name: name)
            }
            channel.timeText = TextNormalizer.line(cells.text(0..<scan.end))
            i = scan.end
            if let unit = scan.unit {
                channel.processingTime = ProcessingTime(amount: scan.amount, unit: unit, maxAmount: scan.maxAmount)
            } else {
                warnings.append(warn("time.unit_missing",
                    "\(name): time \"\(channel.timeText)\" has no unit (lost by the portal); not guessed"))
            }
        }
        // Fee cell.
        let feeStart = i
        var fee: Fee?
        if cells.matches("Miễn phí", at: i) {
            i += "Miễn phí".count
            let description = feeNote(cells, at: &i, name: name, warnings: &warnings)
            fee = Fee(kind: .unspecified, amountVND: nil, isFree: true, description: description)
        } else if cells.matches(noInfo, at: i) {
            i += noInfo.count
        } else if let (amountPart, end, kind) = amountCell(cells, from: i) {
            i = end
            let description = feeNote(cells, at: &i, name: name, warnings: &warnings)
            let (parsed, problems) = FeeParser.fee(kind: kind, amountPart: amountPart, description: description)
            fee = parsed
            warnings += problems.map { warn($0.code, "\(name): \($0.message)") }
        } else {
            let rest = TextNormalizer.line(cells.text(i..<cells.count))
            if !rest.isEmpty {
                warnings.append(warn("fee.unparsed", "\(name): cannot read the fee from \"\(clip(rest))\""))
            }
        }
        channel.feeText = TextNormalizer.line(cells.text(feeStart..<i))
        if let fee { channel.fees = [fee] }
        channel.note = TextNormalizer.optionalBlock(cells.text(i..<cells.count))
        return (channel, warnings)
    }

    /// The parenthesised note right after the fee cell ("(/hồ sơ)"), advancing `i` past it.
    static func feeNote(_ cells: Chars, at i: inout Int, name: String, warnings: inout [ImportWarning]) -> String {
        guard i < cells.count, cells[i] == "(" else { return "" }
        guard let close = cells.matchingParenthesisEnd(from: i) else {
            warnings.append(warn("fee.unbalanced_parenthesis", "\(name): the fee note never closes its parenthesis"))
            return ""
        }
        let note = cells.text(i..<close).strippingWrappingParentheses()
        i = close
        // A stray extra ")" in the source belongs to the note, not to the description after it.
        while i < cells.count, cells[i] == ")" { i += 1 }
        return note
    }

    /// "35,000,000 Việt Nam Đồng", "50 VNĐ", "200 USD", "Lệ phí : 400.000 Đồng" at `i`.
    static func amountCell(_ cells: Chars, from start: Int) -> (String, Int, FeeKind)? {
        var i = start
        var kind = FeeKind.unspecified
        if let (labelled, bodyStart) = FeeParser.label(in: cells, at: i) {
            kind = labelled
            i = cells.skipSpaces(from: bodyStart, lines: false)
        }
        var j = i
        while j < cells.count, cells[j].isASCIIDigit || cells[j] == "," || cells[j] == "." { j += 1 }
        guard j > i else { return nil }
        let k = cells.skipSpaces(from: j, lines: false)
        for (word, _) in FeeParser.currencies where cells.matches(word, at: k) {
            return (cells.text(i..<(k + word.count)), k + word.count, kind)
        }
        return nil
    }

    /// Time and fee digits ran together ("1200 VNĐ"): neither can be read without guessing.
    static func merged(_ cells: Chars, channel: Channel, name: String) -> (Channel, [ImportWarning]) {
        var channel = channel
        var i = cells.digitRunEnd(from: 0)
        i = cells.skipSpaces(from: i, lines: false)
        if let currency = FeeParser.currencies.first(where: { cells.matches($0.word, at: i) }) {
            i += currency.word.count
        }
        let mergedText = cells.text(0..<i)
        var fee = Fee(kind: .unspecified, amountVND: nil, description: mergedText)
        if i < cells.count, cells[i] == "(", let close = cells.matchingParenthesisEnd(from: i) {
            fee.description += " " + cells.text(i..<close)
            i = close
        }
        channel.timeText = mergedText
        channel.feeText = TextNormalizer.line(cells.text(0..<i))
        channel.fees = [fee]
        channel.note = TextNormalizer.optionalBlock(cells.text(i..<cells.count))
        let warning = warn("channel.time_fee_merged",
            "\(name): time and fee digits ran together in \"\(mergedText)\"; neither is guessed")
        return (channel, [warning])
    }

    static func warn(_ code: String, _ message: String) -> ImportWarning {
        ImportWarning(code: code, field: field, message: message)
    }
}

func clip(_ text: String, _ limit: Int = 120) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
}
