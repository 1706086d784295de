/// The status line's sentence (or the question waiting for y/n), wrapped: one longer than the line
/// takes up to two rows above it as well (fewer on short terminals) until the next key, rather than
/// losing its end, which usually says what to do. The list gives up those rows (`Layout`).
enum StatusLines {
    /// The most rows a status may take at this height.
    static func mostRows(height: Int) -> Int { height >= 20 ? 3 : height >= 12 ? 2 : 1 }

    /// The sentence in at most `rows` lines of the line's width (the last one may be too long, and is
    /// cut when drawn); empty when the line shows the key hints or the text being typed.
    static func lines(_ state: AppState, rows: Int) -> [String] {
        guard state.input == nil, let text = state.confirm?.question ?? state.status, rows > 0 else { return [] }
        let wrapped = TextWidth.wrap(Sanitize.terminalText(text), width: max(1, state.width - 1))
        guard wrapped.count > rows else { return wrapped }
        return Array(wrapped.prefix(rows - 1)) + [wrapped.dropFirst(rows - 1).joined(separator: " ")]
    }

    /// The rows the status takes now.
    static func rows(_ state: AppState) -> Int {
        max(1, lines(state, rows: mostRows(height: state.height)).count)
    }
}
