/// Unicode scalars read straight from valid UTF-8 bytes, for the byte-wise text passes (cleaning on
/// ingest, sanitizing for the terminal) that skip escape sequences by their bytes.
public enum UTF8Scalar {
    /// The scalar whose encoding starts at `index`, and how many bytes it takes.
    @inlinable
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let byte = bytes[index]
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = length == 1 ? UInt32(byte) : UInt32(byte & (0xFF >> (length + 1)))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
