import ReaderStore

/// `d` marks the selected paper "not interested" (or takes that back) and `D` shows or hides the
/// papers so marked. A dismissed paper stays greyed in a list that hides them until that list is
/// left (`PapersMarkedHere`), as a paper marked read stays in the unread-only list.
extension Reader {
    static func toggleDismissed(_ state: inout AppState) -> [Effect] {
        guard let paper = state.selected else { return [] }
        let dismissing = !paper.isDismissed
        let effects = setMark(&state, dismissed: dismissing)
        let keymap = state.keymap
        let undo = keymap.keyName(for: .toggleDismissed)
        if !dismissing {
            setStatus(&state, "\(paper.paper.id) is back in the lists")
        } else if state.queryAsFiltered?.hidesDismissed == true {
            // Short enough for 80 columns.
            setStatus(&state, "dismissed \(paper.paper.id): greyed, and hidden once you leave this list (\(undo): undo)")
        } else {
            setStatus(&state, "dismissed \(paper.paper.id) (\(undo) again takes it back)")
        }
        return effects
    }

    static func toggleShowDismissed(_ state: inout AppState) -> [Effect] {
        // Taken before the list asked for changes, which leaves the rows held without a selection.
        let following = followedPapers(state)
        state.showDismissed.toggle()
        let key = state.keymap.keyName(for: .toggleShowDismissed)
        setStatus(&state, state.showDismissed
            ? "showing the papers marked not interested, greyed with ✗ (\(key): hide them)"
            : "hiding the papers marked not interested (\(key): show them)")
        return reloadFollowingSelection(&state, following: following)
    }
}
