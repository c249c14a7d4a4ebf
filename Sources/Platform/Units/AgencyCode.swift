/// Electronic agency codes (mã định danh điện tử của cơ quan, tổ chức), e.g. `000.00.00.H41`
/// for the Nghệ An People's Committee or `000.00.25.H41` for a district unit.
///
/// Shape: three dot-separated groups of three, two and two digits, then a province letter and
/// two digits (`H41`). Letters are upper case.
public enum AgencyCode {
    public static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        let digitCounts = [3, 2, 2]
        for (part, count) in zip(parts.prefix(3), digitCounts) {
            guard part.count == count, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        }
        let last = Array(parts[3])
        guard last.count == 3, let first = last.first, first.isASCII, first.isUppercase else { return false }
        return last.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Upper-cases the province letter and trims spaces, so that `000.00.00.h41` is accepted.
    public static func normalized(_ code: String) -> String {
        code.trimmingCharacters(in: .whitespaces).uppercased()
    }
}

import Foundation
