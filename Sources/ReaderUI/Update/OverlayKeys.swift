/// The fixed keys of a picker or of the text input (they are not in `[keys]`): each action with its
/// keys and the word its hint gives it. The picker reads its keys from this table and its hint line
/// is made from it, so the two cannot drift apart.
struct OverlayKeys<Action: Hashable & Sendable>: Sendable {
    struct Binding: Sendable {
        let keys: [Key]
        let action: Action
        /// What the hint line calls the action; nil to leave it out of the hint.
        let hint: String?

        init(_ keys: [Key], _ action: Action, hint: String? = nil) {
            self.keys = keys
            self.action = action
            self.hint = hint
        }
    }

    let bindings: [Binding]

    init(_ bindings: [Binding]) {
        self.bindings = bindings
    }

    func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The key a hint names for an action: its first.
    func keyName(_ action: Action) -> String {
        bindings.first { $0.action == action }?.keys.first?.label ?? "\(action)"
    }

    /// "Enter choose · Esc up a level": the actions given (all with a hint, by default) in the
    /// table's order, each as its key and its word.
    func hint(_ actions: [Action]? = nil, separator: String = " · ") -> String {
        bindings.filter { binding in binding.hint != nil && actions.map { $0.contains(binding.action) } != false }
            .map { "\(keyName($0.action)) \($0.hint ?? "")" }
            .joined(separator: separator)
    }
}
