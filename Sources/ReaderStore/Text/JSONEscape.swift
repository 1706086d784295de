/// JSON's one-character escapes, for the hand-written JSON readers (`StringListJSON`, `KaggleLineScanner`).
enum JSONEscape {
    /// The byte that `\` followed by `escape` stands for; nil for `\u` (four hex digits follow) and for
    /// anything that is not an escape.
    static func byte(for escape: UInt8) -> UInt8? {
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escape
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}
