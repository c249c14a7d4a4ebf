import Foundation

/// Byte-string helpers shared by the interner and the vocabulary.
enum Bytes {
    /// Lexicographic comparison of two byte strings: <0, 0, >0.
    @inline(__always)
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let c = memcmp(pa, pb, n)
            if c != 0 { return Int(c) }
        }
        return a.count - b.count
    }

    @inline(__always)
    static func hasPrefix(_ a: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count >= prefix.count else { return false }
        if prefix.isEmpty { return true }
        return memcmp(a.baseAddress!, prefix.baseAddress!, prefix.count) == 0
    }
}

/// Assigns dense ids to distinct byte strings (open addressing, FNV-1a).
struct TermInterner {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Self.hash(word) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if equals(Int(id), word) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        slots[slot] = id
        if count * 2 > slots.count { grow() }
        return id
    }

    @inline(__always)
    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == word.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            Bytes.compare(UnsafeBufferPointer(rebasing: all[start..<end]), word) == 0
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = Array(repeating: Int32(-1), count: size)
        let newMask = size - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<count {
                let word = UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])])
                var slot = Self.hash(word) & newMask
                while newSlots[slot] >= 0 { slot = (slot + 1) & newMask }
                newSlots[slot] = Int32(id)
            }
        }
        slots = newSlots
        mask = newMask
    }

    /// Calls `body` with the bytes of term `id`.
    func withWord<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[id])..<Int(starts[id + 1])]))
        }
    }
}
