/// The user's note on a paper: read with the paper's FAQ, shown under the abstract, edited with `e`.
public struct PaperNote: Sendable, Equatable {
    public var paperID: String
    public var text: String
}

extension Reader {
    static func noteLoaded(paperID: String, text: String?, saved: Bool, _ state: inout AppState) {
        state.note = text.map { PaperNote(paperID: paperID, text: $0) }
        guard saved else { return }
        setStatus(&state, text == nil ? "note on \(paperID) removed" : "note on \(paperID) saved")
    }
}
