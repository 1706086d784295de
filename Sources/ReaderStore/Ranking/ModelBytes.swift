import Foundation

/// Little-endian fields appended to bytes.
struct ModelByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<Integer: FixedWidthInteger>(_ value: Integer) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func write(_ value: Double) { write(value.bitPattern) }
    mutating func write(_ value: Float) { write(value.bitPattern) }
}

/// Reads what `ModelByteWriter` wrote, every read checked against the bytes left.
struct ModelByteReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    mutating func read<Integer: FixedWidthInteger>(_: Integer.Type = Integer.self) throws(RankingError) -> Integer {
        let size = MemoryLayout<Integer>.size
        guard remaining >= size else { throw .damagedModel("cut short at byte \(offset)") }
        var value: Integer = 0
        for index in 0..<size { value |= Integer(truncatingIfNeeded: bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    mutating func readDouble() throws(RankingError) -> Double {
        let value = Double(bitPattern: try read(UInt64.self))
        guard value.isFinite else { throw .damagedModel("a number that is not finite at byte \(offset - 8)") }
        return value
    }

    mutating func readFloat() throws(RankingError) -> Float {
        let value = Float(bitPattern: try read(UInt32.self))
        guard value.isFinite else { throw .damagedModel("a number that is not finite at byte \(offset - 4)") }
        return value
    }

    /// A count of items of `size` bytes each that the bytes left can hold.
    mutating func readCount(itemSize: Int, atMost limit: Int) throws(RankingError) -> Int {
        let count = Int(try read(UInt32.self))
        guard count <= limit, count * itemSize <= remaining else { throw .damagedModel("a count of \(count) that the bytes cannot hold") }
        return count
    }

    /// An integer setting within `range`.
    mutating func readSetting(_ range: ClosedRange<Int>) throws(RankingError) -> Int {
        let value = Int(try read(UInt32.self))
        guard range.contains(value) else { throw .damagedModel("a setting of \(value) outside \(range)") }
        return value
    }
}
