/// A precomputed run of days answering "is it a working day", "how many working days
/// between" and "the n-th working day after" in O(1). Callers fall back to day-by-day
/// computation when an answer would leave the covered range (`nil` results).
struct WorkingDayIndex: Sendable {
    /// JDN of the first covered day.
    let firstDay: Int
    private let working: [Bool]
    /// `countThrough[i]`: working days in `firstDay ... firstDay + i`.
    private let countThrough: [Int32]
    /// Offsets (from `firstDay`) of the working days, ascending.
    private let workingOffsets: [Int32]

    init(firstDay: Int, working: [Bool]) {
        self.firstDay = firstDay
        self.working = working
        var counts: [Int32] = []
        var offsets: [Int32] = []
        counts.reserveCapacity(working.count)
        var total: Int32 = 0
        for (offset, isWorking) in working.enumerated() {
            if isWorking {
                total += 1
                offsets.append(Int32(offset))
            }
            counts.append(total)
        }
        countThrough = counts
        workingOffsets = offsets
    }

    /// JDN just after the last covered day.
    var endDay: Int { firstDay + working.count }

    @inline(__always)
    func contains(_ jdn: Int) -> Bool { jdn >= firstDay && jdn < endDay }

    @inline(__always)
    func isWorking(_ jdn: Int) -> Bool? {
        contains(jdn) ? working[jdn - firstDay] : nil
    }

    /// The `n`-th (n ≥ 1) working day strictly after `jdn`.
    @inline(__always)
    func workingDay(_ n: Int, after jdn: Int) -> Int? {
        guard contains(jdn) else { return nil }
        let position = Int(countThrough[jdn - firstDay]) + n - 1
        guard position < workingOffsets.count else { return nil }
        return firstDay + Int(workingOffsets[position])
    }

    /// Working days in `(from, to]`, when both ends are covered.
    @inline(__always)
    func count(after from: Int, through to: Int) -> Int? {
        guard contains(from), contains(to) else { return nil }
        return Int(countThrough[to - firstDay]) - Int(countThrough[from - firstDay])
    }
}
