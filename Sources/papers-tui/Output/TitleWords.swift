import ReaderUI

/// A title's words as a reader sees them, for citation keys: TeX math is left out (`$H^3$Fusion`
/// gives "Fusion", not "H"), the rest rendered as text and any command left unknown dropped.
enum TitleWords {
    static func words(_ title: String) -> [String] {
        let prose = words(in: LaTeXText.render(withoutMath(title)))
        return prose.isEmpty ? words(in: LaTeXText.render(title)) : prose
    }

    private static func words(in text: String) -> [String] {
        withoutCommands(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The text outside `$...$`, `$$...$$`, `\(...\)` and `\[...\]`; unchanged when a `$` is unpaired.
    static func withoutMath(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var closer: [Character]?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if let expected = closer {
                if characters[index...].starts(with: expected) {
                    index += expected.count
                    closer = nil
                    output.append(" ")
                } else {
                    index += character == "\\" ? 2 : 1
                }
                continue
            }
            switch (character, next) {
            case ("\\", "("): closer = ["\\", ")"]; index += 2
            case ("\\", "["): closer = ["\\", "]"]; index += 2
            case ("\\", _):
                output.append(character)
                if let next { output.append(next) }
                index += 2
            case ("$", "$"): closer = ["$", "$"]; index += 2
            case ("$", _): closer = ["$"]; index += 1
            default:
                output.append(character)
                index += 1
            }
        }
        return closer == nil ? output : text
    }

    /// `\textsc{Name}` keeps "Name": a backslash and the letters after it go.
    private static func withoutCommands(_ text: String) -> String {
        var output = ""
        var inCommand = false
        for character in text {
            if character == "\\" {
                inCommand = true
                output.append(" ")
            } else if inCommand, character.isLetter, character.isASCII {
                continue
            } else {
                inCommand = false
                output.append(character)
            }
        }
        return output
    }
}
