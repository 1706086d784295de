/// Field values made safe inside a braced BibTeX field. BibTeX counts braces without regard to
/// backslashes, so a `}` the text does not open (even written `\}`) would end the field and let the
/// rest of the text start an entry of its own: braces that do not pair up are spelt as commands.
/// All of it works on Unicode scalars, as BibTeX reads bytes: a brace followed by a combining mark
/// is one `Character` but still a brace.
enum BibTeXText {
    /// Text kept as TeX (titles, names, notes): braces paired, LaTeX specials outside math escaped,
    /// one line.
    static func escape(_ text: String) -> String {
        let characters = Array(ExportText.oneLine(text).unicodeScalars)
        let unpaired = unpairedBraces(characters)
        let escapedFlags = escapedPositions(characters)
        let mathIsBalanced = characters.indices.filter { characters[$0] == "$" && !escapedFlags[$0] }.count.isMultiple(of: 2)
        var output = String.UnicodeScalarView()
        var inMath = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let escaped = escapedFlags[index]
            defer { index += 1 }
            if character == "\\", index + 1 < characters.count, unpaired.contains(index + 1), !escaped {
                continue
            }
            switch character {
            case "{" where unpaired.contains(index):
                output += "\\textbraceleft{}".unicodeScalars
            case "}" where unpaired.contains(index):
                output += "\\textbraceright{}".unicodeScalars
            case "$" where !escaped:
                if mathIsBalanced {
                    inMath.toggle()
                    output.append(character)
                } else {
                    output += "\\$".unicodeScalars
                }
            case "&", "%", "#", "_":
                if !escaped && !inMath { output.append("\\") }
                output.append(character)
            case "\\" where index == characters.count - 1 && !escaped:
                output += "\\textbackslash{}".unicodeScalars
            default:
                output.append(character)
            }
        }
        return String(output)
    }

    /// URLs, DOIs and ids, which BibTeX styles print verbatim: anything that could close the field,
    /// escape in TeX or break the line is percent-encoded, as a URL may carry it.
    static func verbatim(_ text: String) -> String {
        let hexDigits = Array("0123456789ABCDEF")
        var output = ""
        for byte in text.utf8 {
            if byte > 0x20, byte < 0x7F, !"{}\\\"<>^`|".utf8.contains(byte) {
                output.append(Character(Unicode.Scalar(byte)))
            } else {
                output += "%" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
            }
        }
        return output
    }

    /// Indices of the braces with no partner.
    private static func unpairedBraces(_ characters: [Unicode.Scalar]) -> Set<Int> {
        var open: [Int] = []
        var unpaired = Set<Int>()
        for (index, character) in characters.enumerated() {
            if character == "{" {
                open.append(index)
            } else if character == "}", open.popLast() == nil {
                unpaired.insert(index)
            }
        }
        return unpaired.union(open)
    }

    /// For each position, whether an odd run of backslashes comes right before it.
    private static func escapedPositions(_ characters: [Unicode.Scalar]) -> [Bool] {
        var flags = [Bool](repeating: false, count: characters.count)
        var run = 0
        for (index, character) in characters.enumerated() {
            flags[index] = !run.isMultiple(of: 2)
            run = character == "\\" ? run + 1 : 0
        }
        return flags
    }
}
