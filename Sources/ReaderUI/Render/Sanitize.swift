/// Makes remote text safe to put on a terminal: no C0/C1 control characters, no ESC/CSI/OSC/DCS
/// sequences (their payload is dropped with them), no bidirectional controls (Unicode's Bidi_Control:
/// marks, embeddings, overrides and isolates); tabs and newlines become spaces unless `keepNewlines`
/// is set.
public enum Sanitize {
    public static func terminalText(_ text: String, keepNewlines: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B:
                pending = skipEscape(after: &scalars, next: pending)
            case 0x9B:
                pending = skipCSI(&scalars, next: pending)
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F:
                pending = skipString(&scalars, next: pending)
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

    private static func skipEscape(
        after scalars: inout String.UnicodeScalarView.Iterator, next: Unicode.Scalar?
    ) -> Unicode.Scalar? {
        guard let introducer = next else { return nil }
        switch introducer {
        case "[": return skipCSI(&scalars, next: scalars.next())
        case "]", "P", "X", "^", "_": return skipString(&scalars, next: scalars.next())
        default: return scalars.next()
        }
    }

    /// A CSI sequence ends at its final byte (0x40-0x7E).
    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator, next: Unicode.Scalar?) -> Unicode.Scalar? {
        var current = next
        while let scalar = current {
            current = scalars.next()
            if (0x40...0x7E).contains(scalar.value) { break }
        }
        return current
    }

    /// OSC, DCS and the like end at BEL or ST (ESC \ or 0x9C).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator, next: Unicode.Scalar?) -> Unicode.Scalar? {
        var current = next
        while let scalar = current {
            current = scalars.next()
            if scalar.value == 0x07 || scalar.value == 0x9C { break }
            if scalar.value == 0x1B {
                if current == "\\" { current = scalars.next() }
                break
            }
        }
        return current
    }
}
