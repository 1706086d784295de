/// Terminal escape sequences in remote text, found in its UTF-8: ESC, or a C1 introducer (CSI, OSC,
/// DCS, SOS, PM, APC, two bytes in UTF-8), with everything a terminal reads as part of the sequence.
/// Dropping the ESC alone would store an OSC's payload as text (`Clipboard ]52;c;aGVsbG8=writer`).
public enum EscapeSequences {
    /// True when an escape sequence starts at `index`: ESC, or a C1 introducer.
    public static func starts(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x1B || (bytes[index] == 0xC2 && index + 1 < bytes.count && c1Kind(bytes[index + 1]) != nil)
    }

    /// The second byte of a C1 introducer after 0xC2, as the 7-bit form's letter after ESC.
    static func c1Kind(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x9B: UInt8(ascii: "[")
        case 0x9D: UInt8(ascii: "]")
        case 0x90: UInt8(ascii: "P")
        case 0x98: UInt8(ascii: "X")
        case 0x9E: UInt8(ascii: "^")
        case 0x9F: UInt8(ascii: "_")
        default: nil
        }
    }

    /// The index after the sequence whose introducer starts at `start` (ESC, or 0xC2 and a C1 byte):
    /// a CSI runs to its final byte (0x40-0x7E), a string to BEL or ST (ESC \ or C1 0x9C), anything
    /// else after ESC is one character; an unended sequence runs to the end, as on a terminal.
    public static func end(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard start + 1 < bytes.count else { return bytes.count }
        let kind = bytes[start] == 0x1B ? bytes[start + 1] : c1Kind(bytes[start + 1]) ?? 0
        var index = start + 2
        switch kind {
        case UInt8(ascii: "["):
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if (0x40...0x7E).contains(byte) { break }
            }
            return index
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            while index < bytes.count {
                switch bytes[index] {
                case 0x07:
                    return index + 1
                case 0x1B:
                    return index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\\") ? index + 2 : index + 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x9C:
                    return index + 2
                default:
                    index += 1
                }
            }
            return index
        default:
            // ESC and one character; a multi-byte character is left whole for the caller.
            return bytes[start + 1] < 0x80 ? start + 2 : start + 1
        }
    }
}
