/// The status line's sentence (or the question waiting for y/n), wrapped: one longer than the line
/// takes up to two rows above it as well (fewer on short terminals) until the next key, rather than
/// losing its end, which usually says what to do. The list gives up those rows (`Layout`).
enum StatusLines {
    /// The most rows a status may take at this height.
    static func mostRows(height: Int) -> Int { height >= 20 ? 3 : height >= 12 ? 2 : 1 }

    /// The sentence in at most `rows` lines of the line's width (the last one may be too long, and is
    /// cut when drawn); empty when the line shows the key hints or the text being typed.
    static func lines(_ state: AppState, rows: Int) -> [String] {
        if let input = state.input { return problemLines(input, state: state, rows: rows) }
        guard let text = state.confirm?.question ?? state.status, rows > 0 else { return [] }
        let wrapped = TextWidth.wrap(Sanitize.terminalText(text), width: max(1, state.width - 1))
        guard wrapped.count > rows else { return wrapped }
        return Array(wrapped.prefix(rows - 1)) + [wrapped.dropFirst(rows - 1).joined(separator: " ")]
    }

    /// What is wrong with the text typed, on the rows above the input line when it does not fit
    /// beside the text (`'nonsense' is not a paper reference ...` at 80 columns), else nothing. The
    /// last line is the input line's own row, left empty here.
    static func problemLines(_ input: TextInput, state: AppState, rows: Int) -> [String] {
        guard rows > 1, let problem = input.problem.map({ Sanitize.terminalText($0) }) else { return [] }
        let besideText = TextWidth.width(of: problem) + 2 <= state.width / 2
            || TextWidth.width(of: problem) + TextWidth.width(of: input.text) + 14 <= state.width
        guard !besideText else { return [] }
        let wrapped = TextWidth.wrap(problem, width: max(1, state.width - 1))
        let kept = wrapped.count > rows - 1
            ? Array(wrapped.prefix(rows - 2)) + [wrapped.dropFirst(rows - 2).joined(separator: " ")]
            : wrapped
        return kept + [""]
    }

    /// The rows the status takes now.
    static func rows(_ state: AppState) -> Int {
        max(1, lines(state, rows: mostRows(height: state.height)).count)
    }
}
