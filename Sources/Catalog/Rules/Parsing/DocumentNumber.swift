import WorkCalendar

/// Finds Vietnamese legal document numbers ("85/2019/TT-BTC", "1898/QĐ-BTP", "66.7/2025/NQ-CP",
/// "24/2008/QH12", "01/2014/NQLT-CP-UBTƯMTTQVN", "08.a/2010/TT-BTP") in flattened text, where the
/// number may run straight into the next title ("…/NĐ-CPNghị định…", "…/TT-BTPBAN HÀNH…").
enum DocumentNumber {
    /// Issuing-body codes used to tell where a number's suffix ends.
    static let issuerNames: [String: String] = [
        "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "QH": "Quốc hội",
        "UBTVQH": "Ủy ban Thường vụ Quốc hội", "CTN": "Chủ tịch nước", "VPQH": "Văn phòng Quốc hội",
        "BTP": "Bộ Tư pháp", "BTC": "Bộ Tài chính", "BQP": "Bộ Quốc phòng", "BCA": "Bộ Công an",
        "BNG": "Bộ Ngoại giao", "BCT": "Bộ Công Thương", "BYT": "Bộ Y tế", "BXD": "Bộ Xây dựng",
        "BGTVT": "Bộ Giao thông vận tải", "BTNMT": "Bộ Tài nguyên và Môi trường",
        "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNMT": "Bộ Nông nghiệp và Môi trường",
        "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BGDĐT": "Bộ Giáo dục và Đào tạo",
        "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTTTT": "Bộ Thông tin và Truyền thông",
        "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BNV": "Bộ Nội vụ",
        "BKHCN": "Bộ Khoa học và Công nghệ", "NHNN": "Ngân hàng Nhà nước Việt Nam",
        "VPCP": "Văn phòng Chính phủ", "TTCP": "Thanh tra Chính phủ", "KTNN": "Kiểm toán nhà nước",
        "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
        "HĐTP": "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "UBDT": "Ủy ban Dân tộc",
        "UBTƯMTTQVN": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ]
    /// Codes that may end a number without naming a known body (kept as written).
    static let otherCodes: Set<String> = ["UBND", "HĐND", "BLĐBXH", "MTTQVN", "TW", "BCY"]

    static func isCode(_ segment: String) -> Bool {
        if issuerNames[segment] != nil || otherCodes.contains(segment) { return true }
        for prefix in ["UBTVQH", "QH"] where segment.hasPrefix(prefix) {
            let digits = segment.dropFirst(prefix.count)
            return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
        }
        return false
    }

    struct Match {
        var start: Int
        var end: Int
        var text: String
    }

    /// All numbers in `chars`, scanning on from the end of each one found.
    static func all(in chars: Chars) -> [Match] {
        var found: [Match] = []
        var i = 0
        var resumed = false
        while i < chars.count {
            if let match = match(in: chars, at: i, afterNumber: resumed) {
                found.append(match)
                i = match.end
                resumed = true
            } else {
                resumed = false
                i += 1
            }
        }
        return found
    }

    /// A number starting exactly at `i`: digits (optionally ".7", ".a" or "b"), "/", optional
    /// four-digit year and "/", then a suffix of upper-case segments joined by "-" or "/".
    /// `afterNumber`: `i` is the end of a number just found ("…/QH13" + "60/2014/QH13").
    static func match(in chars: Chars, at i: Int, afterNumber: Bool = false) -> Match? {
        guard i < chars.count, chars[i].isASCIIDigit,
              afterNumber || i == 0 || !chars[i - 1].isASCIIDigit else { return nil }
        var start = i
        let runEnd = chars.digitRunEnd(from: i)
        // "năm 2012" running into "13/2012/QH13": a digit run longer than 4 starts with a year.
        if runEnd - i > 4 { start = runEnd - (runEnd - i - 4) }
        var j = runEnd
        if j + 1 < chars.count, chars[j] == ".", chars[j + 1].isASCIIDigit {
            j = chars.digitRunEnd(from: j + 1)
        } else if j + 1 < chars.count, chars[j] == ".", chars[j + 1].isLowercase, chars[j + 1].isASCII {
            j += 2
        } else if j < chars.count, chars[j].isLowercase, chars[j].isASCII, j + 1 < chars.count, chars[j + 1] == "/" {
            j += 1
        }
        guard j < chars.count, chars[j] == "/", runEnd - start <= 4 else { return nil }
        j += 1
        let yearEnd = chars.digitRunEnd(from: j)
        if yearEnd - j == 4, yearEnd < chars.count, chars[yearEnd] == "/" { j = yearEnd + 1 }
        guard let end = suffixEnd(chars, from: j) else { return nil }
        return Match(start: start, end: end, text: chars.text(start..<end))
    }

    /// End of the suffix ("TT-BTP", "QĐ-TTg", "TTLT/BQP-BLĐTBXH-BTC", "QH13") starting at `i`.
    static func suffixEnd(_ chars: Chars, from i: Int) -> Int? {
        guard i < chars.count, chars[i].isUppercase else { return nil }
        var segmentStart = i
        var k = i
        while true {
            while k < chars.count, chars[k].isUppercase || chars[k].isASCIIDigit { k += 1 }
            if k >= 2, chars.text((k - 2)..<k) == "TT", k < chars.count, chars[k] == "g" { k += 1 }
            if k + 1 < chars.count, chars[k] == "-" || chars[k] == "/", chars[k + 1].isUppercase {
                k += 1
                segmentStart = k
                continue
            }
            break
        }
        let segment = chars.text(segmentStart..<k)
        if isCode(segment) { return k }
        // The next title ran into the code: "CPNghị", "BTPBAN", "QH1360/2014".
        if segment.count > 1 {
            for length in stride(from: segment.count - 1, through: 1, by: -1)
            where isCode(String(segment.prefix(length))) {
                return segmentStart + length
            }
        }
        if k < chars.count, chars[k].isLowercase, k - segmentStart > 1 { return k - 1 }
        if k < chars.count, chars[k] == "/" {
            var t = k
            while t > segmentStart, chars[t - 1].isASCIIDigit { t -= 1 }
            if t > segmentStart { return t }
        }
        return k
    }

    /// Issuing bodies named by a number's suffix ("TT-BTP" → Bộ Tư pháp; joint circulars
    /// list several). Nil when no code is known.
    static func issuer(of number: String) -> String? {
        let parts = number.split(separator: "/").last.map(String.init) ?? ""
        var names: [String] = []
        for piece in parts.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init) {
            var code = piece
            if code.hasPrefix("UBTVQH") { code = "UBTVQH" } else if code.hasPrefix("QH") { code = "QH" }
            if let name = issuerNames[code], !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    /// Year written in the number, if any ("85/2019/TT-BTC" → 2019).
    static func year(of number: String) -> Int? {
        let parts = number.split(separator: "/")
        guard parts.count >= 3, parts[1].count == 4 else { return nil }
        return Int(parts[1])
    }
}
