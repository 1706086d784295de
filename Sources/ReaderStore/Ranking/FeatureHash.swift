/// 64-bit FNV-1a, the ranker's own hash: stable across processes and machines (Swift's `Hasher` is
/// seeded per process), so features hashed at training and at scoring agree, also after a restart.
/// With 64 bits, a million distinct features collide with a probability near 3e-8.
struct FeatureHash {
    private(set) var value: UInt64

    /// Each kind of feature starts from its own basis, so the word "quantum" and an author called
    /// "quantum" are different features.
    init(kind: FeatureKind) {
        value = 0xCBF2_9CE4_8422_2325 ^ (UInt64(kind.rawValue) &* 0x9E37_79B9_7F4A_7C15)
    }

    mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { add(byte) }
    }

    static func hash(_ text: String, kind: FeatureKind) -> UInt64 {
        var hash = FeatureHash(kind: kind)
        for byte in text.utf8 { hash.add(byte) }
        return hash.value
    }

    /// The feature of two adjacent terms, in order.
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var mixed = first &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= (second ^ (second >> 29)) &+ 0x632B_E59B_D9B4_E019
        mixed = (mixed ^ (mixed >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return mixed ^ (mixed >> 33) ^ UInt64(FeatureKind.pair.rawValue)
    }
}

/// The families of features, which are weighted and explained apart.
enum FeatureKind: UInt8, Sendable {
    case term = 1
    case pair = 2
    case author = 3
    case category = 4
}
