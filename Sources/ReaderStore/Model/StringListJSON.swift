import Foundation

/// Author lists as stored: a JSON array of strings. Written and read for every paper on every import
/// and every screen of rows, so the common case is done by hand on UTF-8 bytes (JSONEncoder and
/// JSONDecoder cost more than the rest of a row); anything unusual goes to JSONDecoder.
enum StringListJSON {
    static func encode(_ strings: [String]) -> String {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(strings.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, string) in strings.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            for byte in string.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    out += [UInt8(ascii: "\\"), byte]
                case 0..<0x20:
                    out += Array("\\u00".utf8) + [hex(byte >> 4), hex(byte & 0xF)]
                default:
                    out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ json: String) -> [String] {
        fastDecode(json) ?? (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }

    private static func hex(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Arrays of plain strings with the simple escapes; nil for anything else (`\u`, numbers, nesting).
    private static func fastDecode(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes -> [String]? in
            var index = 0
            func skipSpaces() {
                while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
            }
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return nil }
            index += 1
            var strings: [String] = []
            skipSpaces()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { return strings }
            while true {
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
                index += 1
                var text: [UInt8] = []
                while true {
                    guard index < bytes.count else { return nil }
                    let byte = bytes[index]
                    index += 1
                    if byte == UInt8(ascii: "\"") { break }
                    if byte < 0x20 { return nil }
                    guard byte == UInt8(ascii: "\\") else { text.append(byte); continue }
                    guard index < bytes.count else { return nil }
                    guard let escaped = JSONEscape.byte(for: bytes[index]) else { return nil }
                    index += 1
                    text.append(escaped)
                }
                strings.append(String(decoding: text, as: UTF8.self))
                skipSpaces()
                guard index < bytes.count else { return nil }
                if bytes[index] == UInt8(ascii: "]") { index += 1; break }
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index += 1
            }
            skipSpaces()
            return index == bytes.count ? strings : nil
        }
    }
}
