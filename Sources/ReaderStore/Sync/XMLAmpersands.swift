import Foundation

/// Makes every `&` that XML would not accept literal text before libxml2 reads the document: a
/// reference to an entity the document never declares (`&nbsp;` copied from HTML) or a bare `&`
/// (`AT&T`). libxml2 gave up on the rest of the document at the first one; now `&nbsp;` reads as
/// those six characters and the words after it are kept. Character references, the five entities
/// XML predefines, and CDATA sections and comments are left as they are. (A document that
/// declares entities of its own is refused before this, by `XMLProlog`.)
enum XMLAmpersands {
    static func escapingUndeclared(_ data: Data) -> Data {
        guard data.contains(UInt8(ascii: "&")) else { return data }
        return data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var output: [UInt8] = []
            var copiedUpTo = 0
            var index = 0
            while index < bytes.count {
                // Only `<!` can open a CDATA section or a comment; every other tag is passed at once.
                if bytes[index] == UInt8(ascii: "<") {
                    let opensDeclaration = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "!")
                    index = opensDeclaration ? endOfLiteralSection(bytes, at: index) ?? index + 1 : index + 1
                    continue
                }
                if bytes[index] == UInt8(ascii: "&"), !isAcceptedReference(bytes, at: index) {
                    if output.isEmpty { output.reserveCapacity(bytes.count + 64) }
                    output.append(contentsOf: bytes[copiedUpTo...index])
                    output.append(contentsOf: Array("amp;".utf8))
                    copiedUpTo = index + 1
                }
                index += 1
            }
            guard copiedUpTo > 0 else { return data }
            output.append(contentsOf: bytes[copiedUpTo...])
            return Data(output)
        }
    }

    static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// `&#38;`, `&#x26;` or one of the five predefined entities, each ended by `;`.
    private static func isAcceptedReference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = start + 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
            index += 1
            let hex = index < bytes.count && bytes[index] == UInt8(ascii: "x")
            if hex { index += 1 }
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index], hex: hex) { index += 1 }
            return index > digitsStart && index < bytes.count && bytes[index] == UInt8(ascii: ";")
        }
        let nameStart = index
        // The predefined names are the longest accepted: four letters.
        while index < bytes.count, index - nameStart <= 4, isLetter(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";") else { return false }
        return predefined.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self))
    }

    /// Past the end of a CDATA section or comment starting at `start`, where `&` is already literal;
    /// nil when none starts there. One left open runs to the end of the document.
    private static func endOfLiteralSection(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        for (opening, closing) in [("<![CDATA[", "]]>"), ("<!--", "-->")] where matches(bytes, opening, at: start) {
            var index = start + opening.utf8.count
            while index < bytes.count, !matches(bytes, closing, at: index) { index += 1 }
            return min(bytes.count, index + closing.utf8.count)
        }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String, at index: Int) -> Bool {
        var offset = index
        for byte in text.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || (hex && ((UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)))
    }
}
