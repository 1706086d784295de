import ReaderStore

/// `W` watches the selected paper's authors or a keyword: the picker toggles each, its last row asks
/// for a keyword in the status line. The change shows at once and is written in the background.
extension WatchPicker {
    enum Action: Hashable, Sendable {
        case down, up, toggle, close
    }

    static let keys = OverlayKeys<Action>([
        .init([.character("j"), .down], .down),
        .init([.character("k"), .up], .up),
        .init([.enter, .character(" ")], .toggle, hint: "watch / unwatch"),
        .init([.escape, .character("q"), .character("W")], .close, hint: "close"),
    ])
}

extension Reader {
    static func openWatchPicker(_ state: inout AppState) -> [Effect] {
        guard let paper = state.selected?.paper else { return [] }
        state.overlay = .watchPicker(WatchPicker(paper: paper, watches: state.watches))
        return []
    }

    static func handleWatchPicker(_ key: Key, _ picker: WatchPicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        switch WatchPicker.keys.action(for: key) {
        case .down: picker.cursor = min(picker.cursor + 1, picker.rows.count - 1)
        case .up: picker.cursor = max(picker.cursor - 1, 0)
        case .close:
            state.overlay = nil
            return []
        case .toggle:
            switch picker.rows[picker.cursor] {
            case .watch(let watch):
                let effects = setWatch(watch, on: state.watches.watched(watch) == nil, &state)
                picker.refresh(state.watches)
                state.overlay = .watchPicker(picker)
                return effects
            case .newKeyword:
                state.overlay = nil
                state.input = TextInput(kind: .watchKeyword, returnTo: state.source)
                return []
            }
        case nil: break
        }
        state.overlay = .watchPicker(picker)
        return []
    }

    static func commitWatchKeyword(_ input: TextInput, _ state: inout AppState) -> [Effect] {
        guard let watch = Watch(.keyword, input.text) else {
            var kept = input
            kept.problem = "a keyword is a word or a phrase of one line, at most 200 characters"
            state.input = kept
            return []
        }
        state.input = nil
        return setWatch(watch, on: true, &state)
    }

    static func watchesLoaded(_ watches: WatchList, failure: String?, _ state: inout AppState) {
        state.watches = watches
        if case .watchPicker(var picker) = state.overlay {
            picker.refresh(watches)
            state.overlay = .watchPicker(picker)
        }
        if let failure { setStatus(&state, "the watch list could not be saved: \(failure)", isError: true) }
    }

    /// Shown at once; `watchesLoaded` brings the list as written (or takes it back when the write fails).
    static func setWatch(_ watch: Watch, on: Bool, _ state: inout AppState) -> [Effect] {
        let kept = state.watches.watched(watch)
        if on, kept == nil {
            state.watches = WatchList(state.watches.watches + [watch])
        } else if !on, let kept {
            state.watches = WatchList(state.watches.watches.filter { $0 != kept })
        }
        let name = Sanitize.terminalText((kept ?? watch).description)
        let venues = state.keymap.keyName(for: .venues)
        let papers = watch.kind == .author ? "their papers" : "the papers with it"
        setStatus(&state, on ? "watching \(name): ◆ marks \(papers) in every list, \(venues) lists them all"
            : "no longer watching \(name)")
        return [.setWatch(kept ?? watch, on: on)]
    }
}
