import Foundation

/// Turns TeX accent escapes as arXiv metadata carries them (`{\"o}`, `\'{e}`, `\c{c}`, `\v s`, `{\ss}`)
/// into Unicode, leaving everything it does not recognise (math, other macros) as it was.
public enum TeXAccents {
    /// Accents written with a symbol: `\"o`, `\'e`, and so on.
    private static let symbolAccents: [Character: Character] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}",
        "~": "\u{0303}", "=": "\u{0304}", ".": "\u{0307}",
    ]
    /// Accents written with a letter, which need a brace or a space before their base: `\c{c}`, `\v s`.
    private static let letterAccents: [Character: Character] = [
        "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}",
        "r": "\u{030A}", "k": "\u{0328}", "d": "\u{0323}", "b": "\u{0331}",
    ]
    /// Letters with a macro of their own: `\ss`, `\o`, `\aa`, `\l`, `\i`.
    private static let letterMacros: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
        "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
    ]

    public static func decode(_ text: String) -> String {
        guard TextCleaning.contains(0x5C, in: text) else { return text }
        guard mayHoldAccent(text.utf8) else { return text.precomposedStringWithCanonicalMapping }
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(chars.count)
        var index = 0
        while index < chars.count {
            if chars[index] == "{", index + 1 < chars.count, chars[index + 1] == "\\",
               let (decoded, end) = accent(in: chars, at: index + 1), end < chars.count, chars[end] == "}" {
                out += decoded
                index = end + 1
            } else if chars[index] == "\\", let (decoded, end) = accent(in: chars, at: index) {
                out += decoded
                index = end
            } else {
                out.append(chars[index])
                index += 1
            }
        }
        return out.precomposedStringWithCanonicalMapping
    }

    /// False when no backslash starts anything `accent(in:at:)` could read, which spares the
    /// per-character pass over abstracts whose backslashes are all math (`\alpha`, `\mathbb`).
    private static func mayHoldAccent(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        var next = iterator.next()
        while let byte = next {
            next = iterator.next()
            guard byte == 0x5C, let command = next else { continue }
            if Self.symbolCommands.contains(command) { return true }
            var name: [UInt8] = []
            while let letter = next, (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter) {
                name.append(letter)
                next = iterator.next()
            }
            // A letter with a combining mark ends the command for `accent`, not for this scan.
            if let after = next, after >= 0x80, !name.isEmpty { return true }
            if name.count == 1, Self.letterCommands.contains(name[0]) { return true }
            if Self.macroNames.contains(name) { return true }
        }
        return false
    }

    private static let symbolCommands = Set(symbolAccents.keys.flatMap(\.utf8))
    private static let letterCommands = Set(letterAccents.keys.flatMap(\.utf8))
    private static let macroNames = Set(letterMacros.keys.map { Array($0.utf8) })

    /// Reads one accent command starting at the backslash at `start`; returns its text and the index after it.
    private static func accent(in chars: [Character], at start: Int) -> (String, Int)? {
        guard start + 1 < chars.count else { return nil }
        let command = chars[start + 1]
        if let mark = symbolAccents[command] {
            guard let (base, end) = accentBase(in: chars, at: start + 2, allowBare: true) else { return nil }
            return (base + String(mark), end)
        }
        if let mark = letterAccents[command], start + 2 < chars.count, !chars[start + 2].isLetter {
            guard let (base, end) = accentBase(in: chars, at: start + 2, allowBare: false) else { return nil }
            return (base + String(mark), end)
        }
        var end = start + 1
        while end < chars.count, chars[end].isASCII, chars[end].isLetter { end += 1 }
        let name = String(chars[(start + 1)..<end])
        if let letter = letterMacros[name] {
            if end < chars.count, chars[end] == " " { end += 1 }
            if end + 1 < chars.count, chars[end] == "{", chars[end + 1] == "}" { end += 2 }
            return (letter, end)
        }
        return nil
    }

    /// The letter an accent sits on: `o`, `{o}`, ` o` (letter accents only), `{\i}` or `\i`.
    private static func accentBase(in chars: [Character], at start: Int, allowBare: Bool) -> (String, Int)? {
        var index = start
        guard index < chars.count else { return nil }
        if chars[index] == "{" {
            index += 1
            guard index < chars.count else { return nil }
            if chars[index] == "}" { return nil }
            let (base, end) = dotlessOrLetter(in: chars, at: index) ?? ("", index)
            guard !base.isEmpty, end < chars.count, chars[end] == "}" else { return nil }
            return (base, end + 1)
        }
        if chars[index] == " " {
            guard !allowBare else { return nil }
            index += 1
        } else if !allowBare {
            return nil
        }
        return dotlessOrLetter(in: chars, at: index)
    }

    private static func dotlessOrLetter(in chars: [Character], at index: Int) -> (String, Int)? {
        guard index < chars.count else { return nil }
        if chars[index] == "\\", index + 1 < chars.count, chars[index + 1] == "i" || chars[index + 1] == "j",
           index + 2 >= chars.count || !chars[index + 2].isLetter {
            return (chars[index + 1] == "i" ? "i" : "j", index + 2)
        }
        guard chars[index].isLetter else { return nil }
        return (String(chars[index]), index + 1)
    }
}
