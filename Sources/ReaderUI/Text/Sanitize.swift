import ReaderStore

/// Makes remote text safe to put on a terminal: no C0/C1 control characters, no ESC/CSI/OSC/DCS
/// sequences (their payload is dropped with them), no bidirectional controls (Unicode's Bidi_Control:
/// marks, embeddings, overrides and isolates); tabs and newlines become spaces unless `keepNewlines`
/// is set.
public enum Sanitize {
    public static func terminalText(_ text: String, keepNewlines: Bool = false) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out = String.UnicodeScalarView()
            var index = 0
            while index < bytes.count {
                // The same grammar of sequences as the cleaning on ingest: one reading of them.
                if EscapeSequences.starts(in: bytes, at: index) {
                    index = EscapeSequences.end(in: bytes, at: index)
                    continue
                }
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                index += length
                switch scalar.value {
                case 0x0A where keepNewlines:
                    out.append(scalar)
                case 0x09, 0x0A, 0x0D:
                    out.append(" ")
                case 0x00...0x1F, 0x7F...0x9F:
                    continue
                case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                    continue
                default:
                    out.append(scalar)
                }
            }
            return String(out)
        }
    }
}
