import Foundation

/// The entries of a BibTeX file (a Zotero, JabRef or Google Scholar export), as field names (lower
/// case) to their text with the outer braces or quotes taken off. Forgiving as the exporters' readers
/// are: `@comment`, `@preamble` and `@string` are skipped, `#` joins the parts of a value, and an entry
/// broken off (unbalanced braces, a missing `=`) is dropped and counted without losing the ones after.
public struct BibTeXEntries: Sendable {
    public struct Entry: Sendable, Equatable {
        /// `article`, `inproceedings`, `misc`..., in lower case.
        public var type: String
        public var key: String
        public var fields: [String: String]
    }

    public private(set) var entries: [Entry] = []
    /// Entries that could not be read.
    public private(set) var broken = 0

    /// No value is longer than this: a runaway brace does not swallow the file.
    static let maxValueLength = 100_000

    public init(parsing text: String) {
        var scanner = Scanner(Array(text.unicodeScalars))
        while scanner.skip(to: "@") {
            scanner.advance()
            let type = scanner.word().lowercased()
            scanner.skipSpace()
            guard let open = scanner.peek, open == "{" || open == "(" else {
                if !type.isEmpty { broken += 1 }
                continue
            }
            let close: Unicode.Scalar = open == "{" ? "}" : ")"
            scanner.advance()
            if type == "comment" || type == "preamble" || type == "string" {
                _ = scanner.balanced(until: close)
                continue
            }
            let start = scanner.position
            if let entry = Self.entry(type: type, close: close, &scanner) {
                entries.append(entry)
            } else {
                broken += 1
                // Resume after the point it started, at the next entry.
                scanner.position = start
            }
        }
    }

    private static func entry(type: String, close: Unicode.Scalar, _ scanner: inout Scanner) -> Entry? {
        guard !type.isEmpty else { return nil }
        scanner.skipSpace()
        let key = scanner.until { $0 == "," || $0 == close || $0 == "\n" }.trimmed
        var fields: [String: String] = [:]
        while true {
            scanner.skipSpace()
            guard let next = scanner.peek else { return nil }
            if next == close {
                scanner.advance()
                return Entry(type: type, key: key, fields: fields)
            }
            if next == "," {
                scanner.advance()
                continue
            }
            // Another entry starting here: this one was never closed.
            if next == "@" { return nil }
            let name = scanner.word().lowercased()
            scanner.skipSpace()
            guard !name.isEmpty, scanner.peek == "=" else { return nil }
            scanner.advance()
            guard let value = Self.value(close: close, &scanner) else { return nil }
            fields[name] = value
        }
    }

    /// `{...}`, `"..."`, a number or a macro name, and `#` joining several.
    private static func value(close: Unicode.Scalar, _ scanner: inout Scanner) -> String? {
        var parts: [String] = []
        while true {
            scanner.skipSpace()
            switch scanner.peek {
            case "{":
                scanner.advance()
                guard let text = scanner.balanced(until: "}") else { return nil }
                parts.append(text)
            case "\"":
                scanner.advance()
                guard let text = scanner.balanced(until: "\"") else { return nil }
                parts.append(text)
            case .some:
                let bare = scanner.until { $0 == "," || $0 == close || $0 == "#" || $0 == "\n" }.trimmed
                guard !bare.isEmpty else { return nil }
                parts.append(bare)
            case nil:
                return nil
            }
            scanner.skipSpace()
            guard scanner.peek == "#" else { break }
            scanner.advance()
        }
        let joined = parts.joined()
        return joined.utf8.count > maxValueLength ? nil : joined
    }
}

/// A cursor over the file's scalars.
private struct Scanner {
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func advance() { position += 1 }

    mutating func skip(to target: Unicode.Scalar) -> Bool {
        while let scalar = peek, scalar != target { advance() }
        return peek != nil
    }

    mutating func skipSpace() {
        while let scalar = peek, scalar.properties.isWhitespace { advance() }
    }

    /// Letters, digits and the punctuation BibTeX allows in names (`author`, `archiveprefix`, `tech-report`).
    mutating func word() -> String {
        until { !($0.properties.isAlphabetic || $0.properties.numericType != nil || "_-:.+".unicodeScalars.contains($0)) }
    }

    mutating func until(_ stop: (Unicode.Scalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek, !stop(scalar) {
            text.append(scalar)
            advance()
        }
        return String(text)
    }

    /// The text up to `end` at brace depth 0, the braces inside kept; nil when the file ends first or
    /// the text runs past the longest value.
    mutating func balanced(until end: Unicode.Scalar) -> String? {
        var depth = 0
        var text = String.UnicodeScalarView()
        let start = position
        while let scalar = peek {
            advance()
            if position - start > BibTeXEntries.maxValueLength { return nil }
            if scalar == "\\", let escaped = peek {
                text.append(scalar)
                text.append(escaped)
                advance()
                continue
            }
            if scalar == end, depth == 0 { return String(text) }
            if scalar == "{" { depth += 1 }
            if scalar == "}" {
                depth -= 1
                if depth < 0 { return nil }
            }
            text.append(scalar)
        }
        return nil
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
