import NIOConcurrencyHelpers

/// A bounded memory of answers: the recent ones are kept, the long unused fall out. Two
/// generations of at most `capacity / 2` each: a hit in the older one is moved to the newer, and
/// when the newer is full the older is dropped whole — about least-recently-used, at the cost of
/// two dictionary look-ups and no bookkeeping per hit. A computed value is kept only if nothing
/// was removed meanwhile (`removeAll`), so an answer computed from an old state is never kept
/// after the state changed.
final class AnswerCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Generations {
        var newer: [Key: Value] = [:]
        var older: [Key: Value] = [:]
        var epoch = 0
    }

    private let generation: Int
    private let box = NIOLockedValueBox(Generations())

    init(capacity: Int) {
        generation = max(1, capacity / 2)
    }

    func value(for key: Key, compute: () throws -> Value) rethrows -> Value {
        let (found, epoch): (Value?, Int) = box.withLockedValue { g in
            if let value = g.newer[key] { return (value, g.epoch) }
            if let value = g.older.removeValue(forKey: key) {
                insert(key, value, &g)
                return (value, g.epoch)
            }
            return (nil, g.epoch)
        }
        if let found { return found }
        let value = try compute()
        box.withLockedValue { g in
            if g.epoch == epoch { insert(key, value, &g) }
        }
        return value
    }

    private func insert(_ key: Key, _ value: Value, _ g: inout Generations) {
        if g.newer.count >= generation {
            g.older = g.newer
            g.newer = [:]
        }
        g.newer[key] = value
    }

    func removeAll() {
        box.withLockedValue { g in
            g = Generations(epoch: g.epoch + 1)
        }
    }

    var count: Int { box.withLockedValue { $0.newer.count + $0.older.count } }
}
