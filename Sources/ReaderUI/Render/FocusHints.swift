extension Chrome {
    /// The footer while a pane beside the list has the keys (Enter or Tab in the wide layout): the
    /// list's keys no longer apply, so it says where the focus is, what the keys do there, and the
    /// way back, naming the keys as bound.
    static func focusedPaneHints(_ state: AppState) -> String? {
        guard state.layout.isWide, state.focus != .list else { return nil }
        let keymap = state.keymap
        let scroll = keymap.label(for: .moveDown).flatMap { down in keymap.label(for: .moveUp).map { "\(down)/\($0) scroll" } }
        let parts = [scroll, keymap.label(for: .cycleFocus).map { "\($0) next pane" },
                     keymap.label(for: .back).map { _ in "\(keymap.keyName(for: .back, preferring: .escape)) back to the list" }]
        return "\(state.focus == .faq ? "FAQ" : "paper") focused: " + parts.compactMap { $0 }.joined(separator: " · ")
    }
}
