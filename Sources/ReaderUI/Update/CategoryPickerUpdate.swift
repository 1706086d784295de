import ReaderStore

/// The category picker's own keys: the cursor moves, `+`/`-`/Space choose, Enter applies the choice
/// to the list and Esc leaves it as it was.
extension CategoryPicker {
    enum Action: Hashable, Sendable {
        case down, up, include, exclude, toggle, apply, cancel
    }

    static let keys = OverlayKeys<Action>([
        .init([.character("j"), .down], .down),
        .init([.character("k"), .up], .up),
        .init([.character("+")], .include, hint: "include"),
        .init([.character("-")], .exclude, hint: "exclude"),
        .init([.character(" ")], .toggle, hint: "toggle"),
        .init([.enter], .apply, hint: "apply"),
        .init([.escape, .character("q"), .character("c")], .cancel, hint: "cancel"),
    ])

    /// What the reader does after a key: keep the picker open (as changed), or close it with or
    /// without applying its choice.
    enum Outcome: Equatable {
        case open
        case apply(CategoryExpression?)
        case cancel
    }

    /// The day's categories (`listed`) and those chosen, then the rest of arXiv's taxonomy; the chosen
    /// ones marked as they are.
    init(listed: [String], chosen: CategoryExpression?) {
        let included = chosen?.included ?? []
        let excluded = chosen?.excluded ?? []
        var known = Array(Set(listed + included + excluded)).sorted()
        for term in ArxivTaxonomy.categories.map(\.code) where !known.contains(term) { known.append(term) }
        var choices: [String: CategoryChoice] = [:]
        for term in included { choices[term] = .include }
        for term in excluded { choices[term] = .exclude }
        self.init(categories: known, choices: choices, listed: Set(listed))
    }

    mutating func update(_ key: Key) -> Outcome {
        let current = categories.indices.contains(cursor) ? categories[cursor] : nil
        switch Self.keys.action(for: key) {
        case .down: cursor = min(cursor + 1, max(0, categories.count - 1))
        case .up: cursor = max(cursor - 1, 0)
        case .include: if let current { choices[current] = .include }
        case .exclude: if let current { choices[current] = .exclude }
        case .toggle:
            if let current { choices[current] = choices[current, default: .none] == .none ? .include : CategoryChoice.none }
        case .apply: return .apply(expression)
        case .cancel: return .cancel
        case nil: break
        }
        return .open
    }
}

extension Reader {
    static func handleCategoryPicker(_ key: Key, _ picker: CategoryPicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        switch picker.update(key) {
        case .open:
            state.overlay = .categoryPicker(picker)
            return []
        case .apply(let expression):
            state.overlay = nil
            // Taken before the categories change the list asked for.
            let following = followedPapers(state)
            state.categories = expression
            // A failed sync was of the categories before: its mark in the title line goes with them.
            if case .failed = state.sync { state.sync = .idle }
            setStatus(&state, "categories: \(expression?.description ?? "all")")
            return reloadFollowingSelection(&state, following: following)
        case .cancel:
            state.overlay = nil
            return []
        }
    }
}
