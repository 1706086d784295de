/// The fields of a log line, before they are checked.
struct LibraryLineFields {
    var format: Int?
    var device: String?
    var clock: Int64?
    var seq: Int64?
    var paper: String?
    var field: String?
    /// The value as written: a string, or nil for JSON null (`hasValue` tells a missing one apart).
    var value: String?
    var hasValue = false
    var version: Int?
    var tag: String?
    /// `bases` as JSON gives it (note lines only, which the scanner leaves to JSONSerialization).
    var bases: Any?
}

/// Reads a mark's or a tag's line as papers-tui writes it (its keys in that order, no escapes) by
/// scanning its bytes: a merge of 100,000 lines spent a fifth of its time in JSONSerialization. Any
/// other line, a note's included, returns nil and is read by JSONSerialization instead; both give
/// the same fields, checked the same way after (LibraryLineScannerTests compares them).
enum LibraryLineScanner {
    static func scan(_ line: Substring) -> LibraryLineFields? {
        var fields = LibraryLineFields()
        var bytes = line.utf8[...]
        func expect(_ text: StaticString) -> Bool {
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard bytes.starts(with: expected) else { return false }
            bytes = bytes.dropFirst(expected.count)
            return true
        }
        func number() -> Int64? {
            var value: Int64 = 0
            var digits = 0
            let leadingZero = bytes.first == 0x30
            while let byte = bytes.first, (0x30...0x39).contains(byte) {
                guard digits < 18 else { return nil }
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
                bytes = bytes.dropFirst()
            }
            // JSON allows no leading zero ("02"), nor does the parser this must agree with.
            return digits > 0 && !(digits > 1 && leadingZero) ? value : nil
        }
        func string() -> String? {
            guard bytes.first == 0x22 else { return nil }
            bytes = bytes.dropFirst()
            guard let end = bytes.firstIndex(of: 0x22) else { return nil }
            let content = bytes[..<end]
            // An escape, or a byte JSON does not allow unescaped: left to the full parser.
            guard !content.contains(where: { $0 == 0x5C || $0 < 0x20 }) else { return nil }
            bytes = bytes[bytes.index(after: end)...]
            return String(Substring(content))
        }
        guard expect("{\"v\":"), let format = number() else { return nil }
        fields.format = Int(format)
        guard expect(",\"device\":"), let device = string() else { return nil }
        fields.device = device
        guard expect(",\"clock\":"), let clock = number() else { return nil }
        fields.clock = clock
        guard expect(",\"seq\":"), let seq = number() else { return nil }
        fields.seq = seq
        guard expect(",\"paper\":"), let paper = string() else { return nil }
        fields.paper = paper
        guard expect(",\"field\":"), let field = string() else { return nil }
        fields.field = field
        guard expect(",\"value\":") else { return nil }
        fields.hasValue = true
        if expect("null") {
            fields.value = nil
        } else {
            guard let value = string() else { return nil }
            fields.value = value
        }
        if expect(",\"version\":") {
            guard let version = number(), version <= Int64(Int32.max) else { return nil }
            fields.version = Int(version)
        } else if expect(",\"tag\":") {
            guard let tag = string() else { return nil }
            fields.tag = tag
        }
        guard expect("}"), bytes.isEmpty else { return nil }
        return fields
    }
}
