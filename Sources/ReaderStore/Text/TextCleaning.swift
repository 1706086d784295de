import Foundation

/// Normalisation applied to remote metadata before it is stored.
public enum TextCleaning {
    /// Collapses every run of whitespace (newlines included) to one space, drops terminal escape
    /// sequences with their payload, control characters and bidirectional controls (which
    /// would reorder what the terminal shows), and trims the ends. A NUL separates words like a
    /// space: it stands where a C string ended, between two words.
    public static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapsingWhitespace(utf8:))
    }

    /// The same over valid UTF-8 bytes, byte-wise with an ASCII fast path: Unicode properties are
    /// looked up for non-ASCII scalars only (this is most of an import's parsing time otherwise).
    static func collapsingWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        // The result is never longer than the input: a run of whitespace becomes at most one space.
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let isWhitespace: Bool
                if EscapeSequences.starts(in: bytes, at: index) {
                    index = EscapeSequences.end(in: bytes, at: index)
                    continue
                }
                if length == 1 {
                    isWhitespace = byte == 0x20 || (0x09...0x0D).contains(byte) || byte == 0x00
                    if !isWhitespace, byte < 0x20 || byte == 0x7F {
                        index += 1
                        continue
                    }
                } else {
                    let properties = UTF8Scalar.decode(bytes, at: index).scalar.properties
                    isWhitespace = properties.isWhitespace
                    if !isWhitespace, properties.generalCategory == .control || properties.isBidiControl {
                        index += length
                        continue
                    }
                }
                if isWhitespace {
                    pendingSpace = count > 0
                    index += length
                    continue
                }
                if pendingSpace {
                    out[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                count += length
                index += length
            }
            return count
        }
    }

    /// True when the UTF-8 of `text` holds `byte` (memchr: `utf8.contains` goes byte by byte through
    /// the generic Sequence path).
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// `text` without whitespace and newlines at either end (Unicode White_Space, the same set as
    /// `CharacterSet.whitespacesAndNewlines`), without Foundation's round trip through UTF-16,
    /// which was a sixth of parsing an RSS feed.
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) ?? first
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Where `needle` first occurs in `text`, found in its UTF-8 (Foundation's `range(of:)` converts
    /// both to UTF-16 first).
    public static func range(of needle: String, in text: String) -> Range<String.Index>? {
        var text = text
        var needle = needle
        let offset = text.withUTF8 { haystack in
            needle.withUTF8 { pattern -> Int? in
                guard let base = haystack.baseAddress, let wanted = pattern.baseAddress, !pattern.isEmpty,
                      haystack.count >= pattern.count else { return nil }
                var start = 0
                let lastStart = haystack.count - pattern.count
                while start <= lastStart {
                    guard let hit = memchr(base + start, Int32(pattern[0]), lastStart - start + 1) else { return nil }
                    let candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + candidate, wanted, pattern.count) == 0 { return candidate }
                    start = candidate + 1
                }
                return nil
            }
        }
        guard let offset else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// A title as stored: TeX accents decoded, whitespace collapsed, at most `FieldLimits.titleCharacters`.
    public static func title(_ raw: String) -> String {
        let limit = FieldLimits.titleCharacters
        return FieldLimits.capped(collapsingWhitespace(TeXAccents.decode(FieldLimits.bounded(raw, limit * 2))), to: limit)
    }

    /// A one-line field as stored (comments, journal references, DOIs, names): whitespace collapsed,
    /// controls dropped, and no more of it read than any such field may keep.
    public static func line(_ raw: String) -> String {
        collapsingWhitespace(FieldLimits.bounded(raw, FieldLimits.rawLineCharacters))
    }

    /// An abstract as stored: TeX accents decoded, line breaks of the source's fixed-width wrapping
    /// joined, paragraph breaks kept: a blank line, or a line indented deeper than the text's usual
    /// indentation (arXiv marks paragraphs so; a re-indented XML file indents every line alike).
    public static func abstract(_ raw: String) -> String {
        var decoded = TeXAccents.decode(FieldLimits.bounded(raw, FieldLimits.abstractCharacters))
        guard TextCleaning.contains(0x0A, in: decoded) else {
            return collapsingWhitespace(decoded)
        }
        return decoded.withUTF8 { bytes in
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            func indentation(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
                line.prefix { $0 == 0x20 || $0 == 0x09 }.count
            }
            let usual = lines.dropFirst().filter { !isBlank($0) }.map(indentation).min() ?? 0
            var paragraphs: [String] = []
            var current: [UInt8] = []
            func close() {
                let paragraph = current.withUnsafeBufferPointer(collapsingWhitespace(utf8:))
                if !paragraph.isEmpty { paragraphs.append(paragraph) }
                current.removeAll(keepingCapacity: true)
            }
            for line in lines {
                if isBlank(line) {
                    close()
                } else {
                    if !current.isEmpty, indentation(line) > usual { close() }
                    if !current.isEmpty { current.append(0x20) }
                    current.append(contentsOf: line)
                }
            }
            close()
            return paragraphs.joined(separator: "\n")
        }
    }

    /// True when a line of UTF-8 holds whitespace only.
    private static func isBlank(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if line.allSatisfy({ $0 < 0x80 }) { return line.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
        return String(decoding: line, as: UTF8.self).unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// A comma-separated author string ("A. One, B. Two (MIT, Cambridge) and C. Three") split at the
    /// commas and " and "s that are not inside parentheses; a trailing "et al." is not an author.
    public static func authors(fromList raw: String) -> [String] {
        var decoded = TeXAccents.decode(FieldLimits.bounded(raw, FieldLimits.authorListCharacters))
        // Byte-wise: every separator is ASCII, and no byte of a multi-byte UTF-8 sequence is.
        return decoded.withUTF8 { bytes in
            var names: [String] = []
            var start = 0
            var depth = 0
            var index = 0
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A }
            func name(upTo end: Int) {
                let cleaned = collapsingWhitespace(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                let isEtAl = cleaned.utf8.count <= 6 && ["et al", "et al."].contains(cleaned.lowercased())
                if !cleaned.isEmpty, !isEtAl { names.append(cleaned) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if depth == 0, isSpace(byte), index + 4 < bytes.count, bytes[index + 1] == UInt8(ascii: "a"),
                   bytes[index + 2] == UInt8(ascii: "n"), bytes[index + 3] == UInt8(ascii: "d"), isSpace(bytes[index + 4]) {
                    name(upTo: index)
                    index += 5
                    start = index
                    continue
                }
                switch byte {
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"): depth = max(0, depth - 1)
                case UInt8(ascii: ",") where depth == 0:
                    name(upTo: index)
                    start = index + 1
                default: break
                }
                index += 1
            }
            name(upTo: bytes.count)
            return names
        }
    }

    /// Text whose every line is its own paragraph (RSS descriptions come unwrapped).
    public static func paragraphs(_ raw: String) -> String {
        TeXAccents.decode(FieldLimits.bounded(raw, FieldLimits.abstractCharacters)).split(separator: "\n").map { collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
