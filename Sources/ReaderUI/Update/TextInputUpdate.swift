import Foundation
import ReaderStore

/// The line typed after `/` (a search, run at each keystroke), `:` (ids and URLs to open) or `K`
/// (the preference keywords, `KeywordsUpdate`).
extension TextInput {
    enum Action: Hashable, Sendable {
        case commit, cancel, deleteBackward, clear, save, externalEditor, complete
    }

    static let keys = OverlayKeys<Action>([
        .init([.enter], .commit, hint: "opens"),
        .init([.escape], .cancel, hint: "back"),
        .init([.control("s")], .save, hint: "saves it"),
        .init([.backspace, .control("h")], .deleteBackward),
        .init([.control("u")], .clear),
        .init([.control("e")], .externalEditor, hint: "in $EDITOR"),
        .init([.tab], .complete, hint: "completes"),
    ])

    /// What the reader does after a key: follow the edited text, nothing, or end the input.
    enum Outcome: Equatable {
        case edited, unchanged, commit, cancel, save, externalEditor, complete
    }

    mutating func update(_ key: Key) -> Outcome {
        switch Self.keys.action(for: key) {
        case .commit: return .commit
        case .cancel: return .cancel
        case .save: return kind == .search ? .save : .unchanged
        case .externalEditor: return kind == .keywords ? .externalEditor : .unchanged
        case .complete: return .complete
        case .deleteBackward:
            guard !text.isEmpty else { return .unchanged }
            text.removeLast()
        case .clear: text = ""
        case nil:
            guard case .character(let character) = key else { return .unchanged }
            text.append(character)
        }
        return .edited
    }

    /// The search the text asks for while it is typed: the word being typed matches as a prefix from
    /// its third letter on (`quant` finds quantum; shorter prefixes match most of the cache), and a
    /// finished word followed by a space matches whole.
    static func typingQuery(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = text.last, !last.isWhitespace,
              let word = trimmed.split(separator: " ").last, word.count >= 3, word != "OR",
              word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return trimmed }
        return trimmed + "*"
    }
}

extension Reader {
    static func handleInput(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var input = state.input else { return [] }
        switch input.update(key) {
        case .unchanged:
            return []
        case .edited:
            state.input = input
            switch input.kind {
            case .search: return searchAsTyped(&state)
            case .keywords: checkKeywordsAsTyped(&state)
            case .open, .watchKeyword, .tags: state.input?.problem = nil
            }
            return []
        case .complete:
            if case .tags = input.kind { completeTag(&state) }
            return []
        case .commit:
            return commit(input, &state)
        case .save:
            return saveSearch(input, &state)
        case .externalEditor:
            return [.editKeywordsInEditor(input.text)]
        case .cancel:
            state.input = nil
            state.status = nil
            guard input.kind == .search, state.source != input.returnTo else { return [] }
            return show(input.returnTo, &state)
        }
    }

    /// The list follows the query at each keystroke; a query that does not parse yet keeps the last
    /// results and says why.
    static func searchAsTyped(_ state: inout AppState) -> [Effect] {
        guard var input = state.input else { return [] }
        guard !input.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            input.problem = nil
            state.input = input
            guard state.source != input.returnTo else { return [] }
            // The list goes back to where the search began, and the prompt stays open for the next
            // word: a key typed next is text, never a command.
            let effects = show(input.returnTo, &state)
            state.input = input
            saveDayPosition(&state)
            return effects
        }
        if let ids = PaperReference.ids(alone: input.text) {
            input.problem = nil
            state.input = input
            return showNamedPapers(ids, &state)
        }
        let query = TextInput.typingQuery(input.text)
        do {
            _ = try SearchQuery(parsing: query)
            input.problem = nil
            state.input = input
            guard state.source != .search(query) else { return [] }
            return show(.search(query), &state)
        } catch {
            input.problem = error.description
            state.input = input
            return []
        }
    }

    /// Enter: a search hands the keys to its results, the cursor on the best match (nothing is
    /// opened, so nothing is marked read by a first hit that was not the one wanted); `:` opens the
    /// papers named.
    static func commit(_ input: TextInput, _ state: inout AppState) -> [Effect] {
        switch input.kind {
        case .search:
            if let problem = input.problem {
                setStatus(&state, problem, isError: true)
                return []
            }
            state.input = nil
            if let ids = PaperReference.ids(alone: input.text) { return openNamedPapers(ids, &state) }
            guard case .search = state.source else { return [] }
            // Still being read: the results open at their top when they come; none says so then.
            if state.searching { return [] }
            guard state.counts.total > 0 else {
                setNoMatchesStatus(&state)
                return []
            }
            state.focus = .list
            let effects = moveCursor(&state, to: 0)
            let keys = state.keymap
            setStatus(&state, "\(keys.keyName(for: .open)) opens a paper, \(keys.keyName(for: .nextUnread))/"
                + "\(keys.keyName(for: .previousUnread, preferring: .character("N"))) the next/previous hit, \(keys.keyName(for: .back)) goes back")
            return effects
        case .open:
            let (references, unrecognised) = PaperReference.all(in: input.text)
            if let first = unrecognised.first {
                var kept = input
                kept.problem = "'\(first)' is not a paper reference (expected an arXiv id or URL)"
                state.input = kept
                return []
            }
            state.input = nil
            return openNamedPapers(references.map(\.paperID), &state)
        case .keywords:
            return commitKeywords(input, &state)
        case .watchKeyword:
            return commitWatchKeyword(input, &state)
        case .tags(let paperID, let shown):
            return commitTags(input, paperID: paperID, shown: shown, &state)
        }
    }

    /// `:`, or a search of paper references alone: the papers are opened, those not cached fetched first.
    static func openNamedPapers(_ ids: [String], _ state: inout AppState) -> [Effect] {
        guard !ids.isEmpty else { return [] }
        setStatus(&state, "opening \(ids.joined(separator: ", "))…")
        return [.openPapers(ids)]
    }

    /// An arXiv id or URL typed into the search line: the list shows that paper while the line stays
    /// open (none when it is not cached; the line's hint says Enter opens it), and Enter opens it as
    /// `:` does.
    static func showNamedPapers(_ ids: [String], _ state: inout AppState) -> [Effect] {
        let source = ListSource.papers(ids, label: ids.joined(separator: ", "))
        guard state.source != source else { return [] }
        state.source = source
        return reload(&state)
    }

    /// A finished search found nothing: how to edit it or leave it.
    static func setNoMatchesStatus(_ state: inout AppState) {
        setStatus(&state, "no papers match: \(state.keymap.keyName(for: .search)) edits the search, "
            + "\(state.keymap.keyName(for: .back, preferring: .escape)) goes back")
    }
}

extension Reader {
    /// Ctrl-S in the search line: the search is kept, named by its own text, and the line closes on
    /// its results (the status says where to find it again).
    static func saveSearch(_ input: TextInput, _ state: inout AppState) -> [Effect] {
        let text = input.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            setStatus(&state, "type a search first: \(TextInput.keys.keyName(.save)) then saves it")
            state.input = nil
            return []
        }
        if let problem = input.problem {
            state.input = nil
            setStatus(&state, problem, isError: true)
            return []
        }
        // Ids name papers, not a search whose new matches could come: Enter opens them.
        if PaperReference.ids(alone: text) != nil {
            state.input?.problem = "paper ids are not a search to save: \(TextInput.keys.keyName(.commit)) opens them"
            return []
        }
        state.input = nil
        return [.saveSearch(name: String(text.prefix(100)), query: text)]
    }
}
