import Foundation

/// A paper's vector as the cache keeps it: scaled to unit length, each number a little-endian
/// IEEE half float (2 bytes: 576 numbers take 1.1 KB).
public enum EmbeddingVector {
    /// `values` at unit length; nil when one is not finite or all are zero.
    public static func normalized(_ values: [Float]) -> [Float]? {
        guard !values.isEmpty, values.allSatisfy(\.isFinite) else { return nil }
        let length = values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        guard length > 0, length.isFinite else { return nil }
        return values.map { $0 / length }
    }

    public static func encode(_ values: [Float]) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * 2)
        for value in values {
            let bits = Float16(value).bitPattern
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
        }
        return Data(bytes)
    }

    /// Nil for bytes that are not whole half floats, or that hold a number that is not finite.
    public static func decode(_ data: Data) -> [Float]? {
        guard !data.isEmpty, data.count % 2 == 0 else { return nil }
        var values = [Float]()
        values.reserveCapacity(data.count / 2)
        var valid = true
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var index = 0
            while index < raw.count {
                let bits = UInt16(raw[index]) | UInt16(raw[index + 1]) << 8
                let value = Float(Float16(bitPattern: bits))
                if !value.isFinite { valid = false }
                values.append(value)
                index += 2
            }
        }
        return valid ? values : nil
    }

    /// The mean of per-token vectors (llama-cpp-python without pooling sends one per token).
    static func meanPooled(_ rows: [[Float]]) -> [Float]? {
        guard let width = rows.first?.count, width > 0, rows.allSatisfy({ $0.count == width }) else { return nil }
        var sum = [Float](repeating: 0, count: width)
        for row in rows {
            for index in 0..<width { sum[index] += row[index] }
        }
        return sum.map { $0 / Float(rows.count) }
    }
}
