import WorkCalendar

/// Proving who you are for the public lookup: the citizen ID and the phone number.
public enum ApplicantID {
    /// A Vietnamese phone number in national form (`0` and 9 or 10 digits), or nil.
    ///
    /// Spaces, dots, dashes and brackets are ignored; `+84`, `84` and `0084` become `0`
    /// (a `0` written after the country code, as in `+84 0912…`, is dropped). Mobile numbers
    /// have 10 digits, landlines with an area code 11.
    public static func normalisedPhone(_ text: String) -> String? {
        var digits = ""
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == "+" && digits.isEmpty {
                continue
            } else if !" .-()".contains(character) {
                return nil
            }
        }
        if digits.hasPrefix("0084") {
            digits = "0" + digits.dropFirst(4).drop { $0 == "0" }
        } else if digits.hasPrefix("84") && digits.count >= 11 {
            digits = "0" + digits.dropFirst(2).drop { $0 == "0" }
        }
        guard digits.hasPrefix("0"), (10...11).contains(digits.count), digits.dropFirst().first != "0" else {
            return nil
        }
        return digits
    }

    /// The last four digits of `phone`, or nil when it is not a valid phone number.
    public static func lastFour(phone: String) -> String? {
        normalisedPhone(phone).map { String($0.suffix(4)) }
    }

    /// Whether `claimed` (what the person typed; spaces ignored) is the last four digits of
    /// `phone`. Compares all four digits without stopping early.
    public static func matchesLastFour(_ claimed: String, phone: String) -> Bool {
        let typed = Array(claimed.filter { $0 != " " }.utf8)
        guard typed.count == 4, typed.allSatisfy({ (48...57).contains($0) }),
              let expected = lastFour(phone: phone).map({ Array($0.utf8) }) else { return false }
        var difference: UInt8 = 0
        for index in 0..<4 { difference |= typed[index] ^ expected[index] }
        return difference == 0
    }
}
