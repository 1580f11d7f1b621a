/// An open-addressing hash table from packed keys (``SecuritiesCodeKey``) to issuer indexes.
///
/// Sized to at most half full, it answers a lookup with one multiply, one shift and usually one probe, and never
/// allocates after it is built: the holdings hot path looks up one key per row.
package struct PackedKeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let shift: UInt64
    private let mask: Int
    /// The number of keys held.
    package private(set) var count = 0

    /// A table for up to `capacity` keys.
    package init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        shift = 64 - bits
        mask = size - 1
    }

    /// Adds `key` with `value` unless it is present.
    ///
    /// - Returns: the value already held for `key`, or `nil` when it was added.
    @discardableResult
    package mutating func insert(_ key: UInt64, value: Int32) -> Int32? {
        precondition(key != 0 && count * 2 < keys.count, "PackedKeyTable: zero key or over capacity")
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while keys[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = value
        count += 1
        return nil
    }

    /// The value for `key`, or -1 when absent.
    package func value(for key: UInt64) -> Int32 {
        guard key != 0 else { return -1 }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let held = keys[slot]
                if held == key { return values[slot] }
                if held == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }
}
