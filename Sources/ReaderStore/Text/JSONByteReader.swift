/// Strict RFC 8259 JSON read straight from UTF-8 bytes, for the hand-written readers that must never
/// read a document differently from `JSONDecoder` (`KaggleLineScanner`, `StringListJSON`). Every
/// method answers false or nil for anything it is not sure of (a raw control character, invalid
/// UTF-8, an unpaired surrogate, nesting deeper than `maxDepth`), and the caller then leaves the
/// document to `JSONDecoder`.
struct JSONByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// How deep skipped arrays and objects may nest before the document is left to `JSONDecoder`.
    static let maxDepth = 64

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// An array of strings.
    mutating func stringArray() -> [String]? {
        var strings: [String] = []
        let found = elements { reader in
            guard let string = reader.string() else { return false }
            strings.append(string)
            return true
        }
        return found ? strings : nil
    }

    /// A whole document that is an array of strings, with only whitespace around it.
    mutating func stringArrayDocument() -> [String]? {
        skipWhitespace()
        guard let strings = stringArray() else { return nil }
        skipWhitespace()
        return index == bytes.count ? strings : nil
    }

    // MARK: Structure

    /// The members of an object whose `{` was just taken, up to and including its `}`.
    mutating func members(_ member: (String, inout JSONByteReader) -> Bool) -> Bool {
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let key = string() else { return false }
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard member(key, &self) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    /// The elements of an array, from its `[` to its `]`.
    mutating func elements(_ element: (inout JSONByteReader) -> Bool) -> Bool {
        skipWhitespace()
        guard take(UInt8(ascii: "[")) else { return false }
        skipWhitespace()
        if take(UInt8(ascii: "]")) { return true }
        while true {
            skipWhitespace()
            guard element(&self) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "]"))
        }
    }

    mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maxDepth, index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"):
            index += 1
            return members { _, scanner in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): return elements { scanner in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return takeWord("true")
        case UInt8(ascii: "f"): return takeWord("false")
        case UInt8(ascii: "n"): return takeNull()
        default: return number()
        }
    }

    /// An RFC 8259 number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            if index < bytes.count, isDigit(bytes[index]) { return false }
        } else if !digits() {
            return false
        }
        if take(UInt8(ascii: ".")), !digits() { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            if !digits() { return false }
        }
        return true
    }

    mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        return index > start
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: Strings

    /// A string value: the bytes between the quotes when there is no escape, else decoded escapes;
    /// nil for anything `JSONDecoder` might read differently (a raw control character, invalid
    /// UTF-8, an unpaired surrogate).
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        var decoded = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(validating: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard escape(into: &decoded) else { return nil }
            case 0..<0x20: return nil
            default: decoded.append(byte)
            }
        }
        return nil
    }

    /// The escape after a backslash, appended as UTF-8.
    mutating func escape(into decoded: inout [UInt8]) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(byte)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"): return unicodeEscape(into: &decoded)
        default: return false
        }
        return true
    }

    /// `\uXXXX` after its `u`, a surrogate pair taken whole; false for an unpaired surrogate.
    mutating func unicodeEscape(into decoded: inout [UInt8]) -> Bool {
        guard let unit = hexUnit() else { return false }
        var value = UInt32(unit)
        if (0xD800..<0xDC00).contains(unit) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexUnit(),
                  (0xDC00..<0xE000).contains(low) else { return false }
            value = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(unit) {
            return false
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        decoded.append(contentsOf: UTF8.encode(scalar)!)
        return true
    }

    mutating func hexUnit() -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    // MARK: Tokens

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func takeNull() -> Bool { takeWord("null") }

    mutating func takeWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }
}
