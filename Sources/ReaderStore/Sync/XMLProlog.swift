import Foundation

/// A look at a document's prolog before libxml2 reads it. Foundation's XMLParser asks libxml2 to
/// substitute entities, and an internal entity of 1 MB referenced a million times expands for longer
/// than any request may take. arXiv's feeds and OpenReview never declare entities, so a DOCTYPE whose
/// internal subset declares one is refused outright, cheaply, before any of it is expanded.
enum XMLProlog {
    static func declaresEntities(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            var scanner = PrologScanner(bytes: raw.bindMemory(to: UInt8.self))
            return scanner.declaresEntities()
        }
    }
}

private struct PrologScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Skips what may come before the root element (a byte-order mark, the XML declaration,
    /// processing instructions, comments) and reads the DOCTYPE if there is one.
    mutating func declaresEntities() -> Bool {
        if starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while true {
            skipWhitespace()
            if starts(with: "<?") {
                guard skip(past: "?>") else { return false }
            } else if starts(with: "<!--") {
                guard skip(past: "-->") else { return false }
            } else if starts(with: "<!DOCTYPE") {
                index += 9
                return internalSubsetDeclaresEntities()
            } else {
                return false
            }
        }
    }

    /// After `<!DOCTYPE`: false at its `>` without an internal subset, else whether the subset
    /// (up to its `]`) holds an `<!ENTITY` declaration. Quoted literals may hold any of these.
    private mutating func internalSubsetDeclaresEntities() -> Bool {
        var inSubset = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                index += 1
                while index < bytes.count, bytes[index] != byte { index += 1 }
                index += 1
            case UInt8(ascii: "["):
                inSubset = true
                index += 1
            case UInt8(ascii: "]") where inSubset:
                return false
            case UInt8(ascii: ">") where !inSubset:
                return false
            case UInt8(ascii: "<") where inSubset:
                if starts(with: "<!ENTITY") { return true }
                if starts(with: "<!--") {
                    guard skip(past: "-->") else { return false }
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return false
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private func starts(with text: String) -> Bool {
        starts(with: Array(text.utf8))
    }

    private func starts(with pattern: [UInt8]) -> Bool {
        guard bytes.count - index >= pattern.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// Moves past the next `terminator`; false when the document ends first.
    private mutating func skip(past terminator: String) -> Bool {
        let pattern = Array(terminator.utf8)
        while index < bytes.count {
            if starts(with: pattern) {
                index += pattern.count
                return true
            }
            index += 1
        }
        return false
    }
}
