/// Feature hash to a dense index, by open addressing with linear probing: several times faster than
/// `Dictionary` for the hundreds of look-ups each paper costs, and the same on every run.
struct FeatureIndexTable: Sendable {
    private var keys: [UInt64]
    private var indices: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        indices = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// Hash 0 marks an empty slot, so a feature that hashes to 0 is stored as 1.
    private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    func index(of hash: UInt64) -> Int32? {
        let key = Self.key(hash)
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask)
            while true {
                let found = keys[slot]
                if found == key { return indices[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of `hash`, given the next free index (`count`) when it is new.
    @discardableResult
    mutating func insert(_ hash: UInt64) -> (index: Int32, inserted: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.key(hash)
        var slot = Self.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == key { return (indices[slot], false) }
            if found == 0 {
                keys[slot] = key
                indices[slot] = Int32(count)
                count += 1
                return (Int32(count - 1), true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldIndices = indices
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        indices = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, index) in zip(oldKeys, oldIndices) where key != 0 {
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            indices[slot] = index
        }
    }
}
