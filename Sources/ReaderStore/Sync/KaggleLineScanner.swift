import Foundation

/// Reads one snapshot line straight from its bytes: `JSONDecoder` was a third of an import's parsing
/// time. It accepts only strict RFC 8259 JSON that it is sure to read as `JSONDecoder` would, and
/// answers nil for everything else (a repeated field, a byte-order mark, deep nesting, a lone
/// surrogate, invalid UTF-8), so that such a line goes to `JSONDecoder` instead. The fuzzer checks
/// that whatever it accepts, `JSONDecoder` reads the same.
public enum KaggleLineScanner {
    public static func record(in line: Data) -> KaggleRecord? {
        line.withUnsafeBytes { raw in
            var scanner = JSONByteReader(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.record()
        }
    }
}

/// The fields of a snapshot line.
private extension JSONByteReader {
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
    mutating func optional(
        _ field: WritableKeyPath<KaggleRecord, String?>, into record: inout KaggleRecord
    ) -> Bool {
        if takeNull() { return true }
        guard let value = string() else { return false }
        record[keyPath: field] = value
        return true
    }

    mutating func versions() -> [KaggleRecord.Version]? {
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

    mutating func authorsParsed() -> [[String]]? {
        var names: [[String]] = []
        let found = elements { reader in
            guard let parts = reader.stringArray() else { return false }
            names.append(parts)
            return true
        }
        return found ? names : nil
    }
}
