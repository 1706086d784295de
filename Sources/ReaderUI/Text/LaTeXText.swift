/// Best-effort LaTeX to readable terminal text for arXiv titles, abstracts and comments. Math between
/// `$...$`, `$$...$$`, `\(...\)` or `\[...\]` gets Greek letters, symbols, sub- and superscripts,
/// fractions and font commands; outside math only emphasis commands, escapes and dashes change.
/// Whatever is not recognised stays as written; a `$` that opens no math (`costs $5`) stays a dollar.
public enum LaTeXText {
    public static func render(_ text: String) -> String {
        guard text.contains("$") || text.contains("\\") || text.contains("--") else { return text }
        let renderer = LaTeXRenderer(text)
        return renderer.text(0..<renderer.chars.count, depth: 0)
    }
}

/// One text being rendered: its characters and where each brace group closes. The tables of what
/// commands stand for are in LaTeXTables.swift.
struct LaTeXRenderer {
    let chars: [Character]
    /// The index of the `}` matching each `{`.
    let closing: [Int: Int]

    /// Deeper nesting than this is copied raw, so hostile input cannot exhaust the stack.
    static let maxDepth = 24

    init(_ text: String) {
        chars = Array(text)
        var closing: [Int: Int] = [:]
        var open: [Int] = []
        var index = 0
        while index < chars.count {
            switch chars[index] {
            case "\\": index += 1
            case "{": open.append(index)
            case "}": if let start = open.popLast() { closing[start] = index }
            default: break
            }
            index += 1
        }
        self.closing = closing
    }

    // MARK: - Text

    func text(_ range: Range<Int>, depth: Int) -> String {
        guard depth <= Self.maxDepth else { return String(chars[range]) }
        let end = range.upperBound
        var out = ""
        var index = range.lowerBound
        while index < end {
            let character = chars[index]
            switch character {
            case "$":
                let display = index + 1 < end && chars[index + 1] == "$"
                let width = display ? 2 : 1
                guard let close = closingDollar(from: index + width, before: end, display: display) else {
                    out += String(repeating: "$", count: width)
                    index += width
                    continue
                }
                out += Self.trimmed(math(index + width..<close, depth: depth + 1))
                index = close + width
            case "\\" where index + 1 < end:
                let next = chars[index + 1]
                if next == "(" || next == "[" {
                    guard let close = closingEscape(next == "(" ? ")" : "]", from: index + 2, before: end) else {
                        out.append(character)
                        out.append(next)
                        index += 2
                        continue
                    }
                    out += Self.trimmed(math(index + 2..<close, depth: depth + 1))
                    index = close + 2
                } else if Self.isASCIILetter(next) {
                    index = textCommand(at: index, before: end, depth: depth, into: &out)
                } else {
                    if let escaped = Self.escapes[next] {
                        out.append(escaped)
                    } else {
                        out.append(character)
                        out.append(next)
                    }
                    index += 2
                }
            case "-":
                var run = index
                while run < end, chars[run] == "-" { run += 1 }
                switch run - index {
                case 2: out += "–"
                case 3: out += "—"
                default: out += String(repeating: "-", count: run - index)
                }
                index = run
            default:
                out.append(character)
                index += 1
            }
        }
        return out
    }

    /// A command outside math at the backslash at `start`; returns the index after what it used.
    private func textCommand(at start: Int, before end: Int, depth: Int, into out: inout String) -> Int {
        let (name, after) = commandName(at: start, before: end)
        if Self.textStyles.contains(name), let (inside, next) = bracedArgument(at: after, before: end) {
            out += text(inside, depth: depth + 1)
            return next
        }
        if name == "url", let (inside, next) = bracedArgument(at: after, before: end) {
            out += String(chars[inside])
            return next
        }
        if let word = Self.textWords[name] {
            out += word
            if after + 1 < end, chars[after] == "{", chars[after + 1] == "}" { return after + 2 }
            return after
        }
        out += "\\" + name
        return after
    }

    /// The `$` (or `$$`) closing math opened before `start`. A `$` followed by a digit closes
    /// nothing: `$5 and $10` are prices, not math.
    private func closingDollar(from start: Int, before end: Int, display: Bool) -> Int? {
        var index = start
        while index < end {
            switch chars[index] {
            case "\\":
                index += 2
            case "$":
                if display { return index + 1 < end && chars[index + 1] == "$" ? index : nil }
                if index + 1 < end, chars[index + 1].isASCII, chars[index + 1].isNumber { return nil }
                if opensMath(at: index, before: end) { return nil }
                return index
            default:
                index += 1
            }
        }
        return nil
    }

    /// A `$` after a space and before a word starts math rather than closing it: in `costs $5 while
    /// $\alpha$ grows` the first dollar is a price.
    private func opensMath(at index: Int, before end: Int) -> Bool {
        index > 0 && chars[index - 1].isWhitespace && index + 1 < end && !chars[index + 1].isWhitespace
    }

    private func closingEscape(_ delimiter: Character, from start: Int, before end: Int) -> Int? {
        var index = start
        while index + 1 < end {
            if chars[index] == "\\" {
                if chars[index + 1] == delimiter { return index }
                index += 2
            } else {
                index += 1
            }
        }
        return nil
    }

    // MARK: - Math

    func math(_ range: Range<Int>, depth: Int) -> String {
        guard depth <= Self.maxDepth else { return String(chars[range]) }
        let end = range.upperBound
        var out = ""
        var index = range.lowerBound
        while index < end {
            let character = chars[index]
            switch character {
            case "\\" where index + 1 < end && Self.isASCIILetter(chars[index + 1]):
                index = mathCommand(at: index, before: end, depth: depth, into: &out)
            case "\\" where index + 1 < end:
                let next = chars[index + 1]
                switch next {
                case ",", ";", ":", ">", " ": out += " "
                case "!": break
                case "|": out += "‖"
                default:
                    if let escaped = Self.escapes[next] {
                        out.append(escaped)
                    } else {
                        out.append(character)
                        out.append(next)
                    }
                }
                index += 2
            case "^", "_":
                guard let (argument, next) = self.argument(at: index + 1, before: end) else {
                    out.append(character)
                    index += 1
                    continue
                }
                out += script(argument, superscript: character == "^")
                    ?? String(character) + Self.scriptGrouped(math(argument, depth: depth + 1))
                index = next
            case "{":
                guard let close = closing[index], close < end else {
                    out.append(character)
                    index += 1
                    continue
                }
                out += math(index + 1..<close, depth: depth + 1)
                index = close + 1
            case "~":
                out += " "
                index += 1
            default:
                out.append(character)
                index += 1
            }
        }
        return out
    }

    /// A command inside math at the backslash at `start`; returns the index after what it used.
    private func mathCommand(at start: Int, before end: Int, depth: Int, into out: inout String) -> Int {
        let (name, after) = commandName(at: start, before: end)
        let raw = { (next: Int) in String(chars[start..<next]) }
        if let symbol = Self.symbols[name] {
            out += symbol
            return after
        }
        if Self.operators.contains(name) {
            if let last = out.last, last.isLetter || last.isNumber || last == ")" { out += " " }
            out += name == "bmod" ? "mod" : name
            if after < end, chars[after].isLetter || chars[after].isNumber || "\\{".contains(chars[after]) {
                out += " "
            }
            return after
        }
        if Self.ignored.contains(name) {
            var next = after
            if Self.delimiterSizes.contains(name), next < end, chars[next] == "." { next += 1 }
            while next < end, chars[next] == " " { next += 1 }
            return next
        }
        switch name {
        case "quad", "qquad", "enspace", "thinspace":
            out += " "
            return after
        case "pmod":
            guard let (inside, next) = argument(at: after, before: end) else { break }
            if let last = out.last, !last.isWhitespace { out += " " }
            out += "(mod " + (math(inside, depth: depth + 1)) + ")"
            return next
        case "frac", "dfrac", "tfrac", "cfrac":
            guard let (top, middle) = argument(at: after, before: end),
                  let (bottom, next) = argument(at: middle, before: end) else { break }
            let numerator = math(top, depth: depth + 1)
            let denominator = math(bottom, depth: depth + 1)
            out += Self.grouped(numerator) + "/" + Self.grouped(denominator)
            return next
        case "sqrt":
            var root = "√"
            var position = after
            if position < end, chars[position] == "[" {
                guard let close = chars[position..<end].firstIndex(of: "]") else { break }
                switch String(chars[position + 1..<close]).filter({ $0 != " " }) {
                case "3": root = "∛"
                case "4": root = "∜"
                default: return unknownCommand(name, after: after, before: end, depth: depth, into: &out)
                }
                position = close + 1
            }
            guard let (inside, next) = argument(at: position, before: end) else { break }
            out += root + Self.grouped(math(inside, depth: depth + 1))
            return next
        default:
            break
        }
        if Self.mathStyles.contains(name), let (inside, next) = argument(at: after, before: end) {
            out += math(inside, depth: depth + 1)
            return next
        }
        if Self.textStyles.contains(name), let (inside, next) = argument(at: after, before: end) {
            out += text(inside, depth: depth + 1)
            return next
        }
        if let alphabet = Self.alphabets[name], let (inside, next) = argument(at: after, before: end) {
            let letters = chars[inside].filter { $0 != " " }
            if !letters.isEmpty, letters.allSatisfy({ alphabet[$0] != nil }) {
                out += String(letters.compactMap { alphabet[$0] })
            } else {
                out += raw(next)
            }
            return next
        }
        if let accent = Self.accents[name], let (inside, next) = argument(at: after, before: end) {
            let base = math(inside, depth: depth + 1)
            out += base.count == 1 ? base + String(accent) : raw(next)
            return next
        }
        return unknownCommand(name, after: after, before: end, depth: depth, into: &out)
    }

    /// An unrecognised command stays as written, its optional and braced arguments with it; only
    /// what is inside the braces is rendered.
    private func unknownCommand(
        _ name: String, after: Int, before end: Int, depth: Int, into out: inout String
    ) -> Int {
        out += "\\" + name
        var next = after
        if next < end, chars[next] == "[", let close = chars[next..<end].firstIndex(of: "]") {
            out += String(chars[next...close])
            next = close + 1
        }
        while next < end, chars[next] == "{", let close = closing[next], close < end {
            out += "{" + (math(next + 1..<close, depth: depth + 1)) + "}"
            next = close + 1
        }
        return next
    }

    /// A sub- or superscript in Unicode when every part of it has a small form; nil otherwise, and
    /// the caller keeps it raw. Operator names such as `\max` never shrink.
    private func script(_ range: Range<Int>, superscript: Bool) -> String? {
        let table = superscript ? Self.superscripts : Self.subscripts
        var out = ""
        var index = range.lowerBound
        while index < range.upperBound {
            let character = chars[index]
            if character == " " {
                index += 1
            } else if character == "\\", index + 1 < range.upperBound, Self.isASCIILetter(chars[index + 1]) {
                let (name, after) = commandName(at: index, before: range.upperBound)
                if superscript, let special = Self.superscriptCommands[name] {
                    out += special
                } else if let symbol = Self.symbols[name], symbol.count == 1, let small = table[Character(symbol)] {
                    out.append(small)
                } else {
                    return nil
                }
                index = after
            } else if superscript, character == "*" {
                out += "*"
                index += 1
            } else if let small = table[character] {
                out.append(small)
                index += 1
            } else {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }

    // MARK: - Reading

    /// The letters of the command at the backslash at `start`, and the index after them.
    private func commandName(at start: Int, before end: Int) -> (String, Int) {
        var after = start + 1
        while after < end, Self.isASCIILetter(chars[after]) { after += 1 }
        return (String(chars[start + 1..<after]), after)
    }

    /// What a command or script takes at `start`, spaces skipped: the inside of a braced group, one
    /// command, or one character; and the index after it.
    private func argument(at start: Int, before end: Int) -> (Range<Int>, Int)? {
        var index = start
        while index < end, chars[index] == " " { index += 1 }
        guard index < end else { return nil }
        switch chars[index] {
        case "{":
            return bracedArgument(at: index, before: end)
        case "}":
            return nil
        case "\\":
            guard index + 1 < end else { return nil }
            if Self.isASCIILetter(chars[index + 1]) {
                let (_, after) = commandName(at: index, before: end)
                return (index..<after, after)
            }
            return (index..<index + 2, index + 2)
        default:
            return (index..<index + 1, index + 1)
        }
    }

    private func bracedArgument(at start: Int, before end: Int) -> (Range<Int>, Int)? {
        var index = start
        while index < end, chars[index] == " " { index += 1 }
        guard index < end, chars[index] == "{", let close = closing[index], close < end else { return nil }
        return (index + 1..<close, close + 1)
    }

    private static func isASCIILetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    private static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// A fraction's part or a root's radicand, in parentheses unless it is one symbol, a word or a
    /// number, or already parenthesised.
    private static func grouped(_ text: String) -> String {
        if text.count <= 1 || text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }) { return text }
        if text.first == "(", text.last == ")" {
            var depth = 0
            var closesEarly = false
            for (offset, character) in text.enumerated() {
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1 }
                if depth == 0, offset < text.count - 1 { closesEarly = true; break }
            }
            if !closesEarly { return text }
        }
        return "(" + text + ")"
    }

    /// A script with no small form, after its `_` or `^`: a plain word (`x_max`) as it is, anything
    /// else in parentheses, so `e^(iπ)` does not read as `e^i` times π.
    private static func scriptGrouped(_ text: String) -> String {
        if text.count <= 1 || text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) { return text }
        return text.first == "(" ? grouped(text) : "(" + text + ")"
    }
}
