import Foundation

/// Reads one snapshot line straight from its bytes: `JSONDecoder` was a third of an import's parsing
/// time. It accepts only strict RFC 8259 JSON that it is sure to read as `JSONDecoder` would, and
/// answers nil for everything else (a repeated field, a byte-order mark, deep nesting, a lone
/// surrogate, invalid UTF-8), so that such a line goes to `JSONDecoder` instead. The fuzzer checks
/// that whatever it accepts, `JSONDecoder` reads the same.
public enum KaggleLineScanner {
    public static func record(in line: Data) -> KaggleRecord? {
        line.withUnsafeBytes { raw in
            var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.record()
        }
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// How deep skipped arrays and objects may nest before the line is left to `JSONDecoder`.
        static let maxDepth = 64

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func record() -> KaggleRecord? {
            skipWhitespace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var id: String?
            var record = KaggleRecord(id: "")
            var seen: Set<KaggleRecord.CodingKeys> = []
            let found = members { key, scanner in
                guard let field = KaggleRecord.CodingKeys(rawValue: key) else { return scanner.skipValue(depth: 1) }
                guard seen.insert(field).inserted else { return false }
                switch field {
                case .id:
                    guard let value = scanner.string() else { return false }
                    id = value
                case .title: return scanner.optional(\.title, into: &record)
                case .authors: return scanner.optional(\.authors, into: &record)
                case .abstract: return scanner.optional(\.abstract, into: &record)
                case .categories: return scanner.optional(\.categories, into: &record)
                case .comments: return scanner.optional(\.comments, into: &record)
                case .journalRef: return scanner.optional(\.journalRef, into: &record)
                case .doi: return scanner.optional(\.doi, into: &record)
                case .versions:
                    if scanner.takeNull() { return true }
                    guard let versions = scanner.versions() else { return false }
                    record.versions = versions
                case .authorsParsed:
                    if scanner.takeNull() { return true }
                    guard let names = scanner.authorsParsed() else { return false }
                    record.authorsParsed = names
                }
                return true
            }
            skipWhitespace()
            guard found, index == bytes.count, let id else { return nil }
            record.id = id
            return record
        }

        /// A string or null for an optional field.
        private mutating func optional(
            _ field: WritableKeyPath<KaggleRecord, String?>, into record: inout KaggleRecord
        ) -> Bool {
            if takeNull() { return true }
            guard let value = string() else { return false }
            record[keyPath: field] = value
            return true
        }

        private mutating func versions() -> [KaggleRecord.Version]? {
            var versions: [KaggleRecord.Version] = []
            let found = elements { scanner in
                guard scanner.take(UInt8(ascii: "{")) else { return false }
                var version: String?
                var created: String?
                let found = scanner.members { key, scanner in
                    switch key {
                    case "version":
                        guard version == nil, let value = scanner.string() else { return false }
                        version = value
                    case "created":
                        guard created == nil, let value = scanner.string() else { return false }
                        created = value
                    default:
                        return scanner.skipValue(depth: 3)
                    }
                    return true
                }
                guard found, let version, let created else { return false }
                versions.append(KaggleRecord.Version(version: version, created: created))
                return true
            }
            return found ? versions : nil
        }

        private mutating func authorsParsed() -> [[String]]? {
            var names: [[String]] = []
            let found = elements { scanner in
                var parts: [String] = []
                let found = scanner.elements { scanner in
                    guard let part = scanner.string() else { return false }
                    parts.append(part)
                    return true
                }
                names.append(parts)
                return found
            }
            return found ? names : nil
        }

        // MARK: Structure

        /// The members of an object whose `{` was just taken, up to and including its `}`.
        private mutating func members(_ member: (String, inout Scanner) -> Bool) -> Bool {
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
        private mutating func elements(_ element: (inout Scanner) -> Bool) -> Bool {
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

        private mutating func skipValue(depth: Int) -> Bool {
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
        private mutating func number() -> Bool {
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

        private mutating func digits() -> Bool {
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            return index > start
        }

        private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        // MARK: Strings

        /// A string value: the bytes between the quotes when there is no escape, else decoded escapes;
        /// nil for anything `JSONDecoder` might read differently (a raw control character, invalid
        /// UTF-8, an unpaired surrogate).
        private mutating func string() -> String? {
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
        private mutating func escape(into decoded: inout [UInt8]) -> Bool {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if let simple = JSONEscape.byte(for: byte) {
                decoded.append(simple)
                return true
            }
            guard byte == UInt8(ascii: "u"), let unit = hexUnit() else { return false }
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

        private mutating func hexUnit() -> UInt16? {
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

        private mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func takeNull() -> Bool { takeWord("null") }

        private mutating func takeWord(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }
    }
}
