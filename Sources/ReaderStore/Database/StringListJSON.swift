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

    /// Arrays of strings as `JSONByteReader` reads them; nil for anything else (numbers, nesting).
    private static func fastDecode(_ json: String) -> [String]? {
        var json = json
        return json.withUTF8 { bytes in
            var reader = JSONByteReader(bytes: bytes)
            return reader.stringArrayDocument()
        }
    }
}
