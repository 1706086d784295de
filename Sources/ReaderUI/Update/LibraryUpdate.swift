/// The library folder kept in step in the background (`[library] dir`): what it brought, in the
/// status line while nothing else is said there, and why it could not, as an error.
extension Reader {
    static let libraryStatusPrefix = "library: "

    static func librarySynced(applied: Int, failure: String?, _ state: inout AppState) {
        if let failure {
            setStatus(&state, libraryStatusPrefix + failure, isError: true)
            return
        }
        let free = state.status == nil || state.status?.hasPrefix(libraryStatusPrefix) == true
        guard free else { return }
        if applied > 0 {
            setStatus(&state, libraryStatusPrefix + "\(applied) change\(applied == 1 ? "" : "s") from other machines applied")
        } else {
            state.status = nil
        }
    }
}
