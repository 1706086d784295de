import ReaderStore

/// The venue picker's own keys: Enter goes down a level (venue, edition, group) and on a group shows
/// its papers; Esc goes up a level and closes the picker at the top.
extension VenuePicker {
    enum Action: Hashable, Sendable {
        case down, up, choose, upLevel, close
    }

    static let keys = OverlayKeys<Action>([
        .init([.character("j"), .down], .down),
        .init([.character("k"), .up], .up),
        .init([.enter, .character("l"), .right], .choose, hint: "choose"),
        .init([.escape, .backspace, .character("h"), .left], .upLevel, hint: "up a level"),
        .init([.character("q"), .character("v")], .close, hint: "close"),
    ])

    /// What the reader does after a key: keep the picker open (as changed), close it, or show a
    /// venue's papers (`group` nil: all of the edition's).
    enum Outcome: Equatable {
        case open
        case close
        case show(edition: String, group: String?)
        case search(SavedSearch)
        case watched(SavedSearch)
    }

    mutating func update(_ key: Key) -> Outcome {
        let rows = self.rows
        switch Self.keys.action(for: key) {
        case .down: cursor = min(cursor + 1, max(0, rows.count - 1))
        case .up: cursor = max(cursor - 1, 0)
        case .choose:
            guard rows.indices.contains(cursor) else { return .open }
            let chosen = rows[cursor].label
            switch level {
            case .venue:
                let venueCount = venues.count
                if cursor >= venueCount {
                    let search = searches[cursor - venueCount]
                    return watched != nil && cursor == venueCount ? .watched(search) : .search(search)
                }
                enter(.edition(venue: chosen))
            case .edition: enter(.group(edition: chosen))
            case .group(let edition): return .show(edition: edition, group: cursor == 0 ? nil : chosen)
            }
        case .upLevel:
            switch level {
            case .venue: return .close
            case .edition: enter(.venue)
            case .group(let edition): enter(.edition(venue: editions.first { $0.edition == edition }?.venue ?? ""))
            }
        case .close: return .close
        case nil: break
        }
        return .open
    }

    private mutating func enter(_ level: Level) {
        self.level = level
        cursor = 0
    }
}

extension Reader {
    static func openVenuePicker(_ editions: [EditionSummary], saved: [SavedSearch] = [], watched: SavedSearch? = nil,
                                _ state: inout AppState) -> [Effect] {
        guard !editions.isEmpty || !saved.isEmpty || watched != nil else {
            setStatus(&state, "no venues cached, no saved search and nothing watched: run `papers-tui venues sync ICLR.2025` "
                + "or `papers-tui venues import FILE --edition COLM.2025`; Ctrl-S in the search line saves a search, "
                + "\(state.keymap.keyName(for: .watch)) watches a paper's authors")
            return []
        }
        state.overlay = .venuePicker(VenuePicker(editions: editions, saved: saved, watched: watched, watchedSummary: state.watches.summary))
        return []
    }

    static func handleVenuePicker(_ key: Key, _ picker: VenuePicker, _ state: inout AppState) -> [Effect] {
        var picker = picker
        switch picker.update(key) {
        case .open:
            state.overlay = .venuePicker(picker)
            return []
        case .close:
            state.overlay = nil
            return []
        case .show(let edition, let group):
            state.overlay = nil
            saveDayPosition(&state)
            state.source = .venue(edition: edition, group: group)
            let back = "\(state.keymap.keyName(for: .venues)) or \(state.keymap.keyName(for: .back))"
            setStatus(&state, "\(edition)\(group.map { " · " + $0 } ?? ""): \(back) goes back to arXiv")
            return reload(&state)
        case .search(let saved):
            state.overlay = nil
            saveDayPosition(&state)
            // Newest first, so that the new matches are the first rows, unless the query says its order.
            state.source = .search(saved.query.contains("sort:") ? saved.query : saved.query + " sort:date")
            setStatus(&state, "saved search \(Sanitize.terminalText(saved.name)): "
                + (saved.newMatches == 0 ? "nothing new since you last looked" : "\(saved.newText) since you last looked"))
            return reload(&state) + [.markSavedSearchLooked(name: saved.name)]
        case .watched(let watched):
            state.overlay = nil
            saveDayPosition(&state)
            state.source = .search(watched.query)
            setStatus(&state, "watched \(state.watches.summary): "
                + (watched.newMatches == 0 ? "nothing new since you last looked" : "\(watched.newText) since you last looked")
                + " · \(state.keymap.keyName(for: .watch)) changes what is watched")
            return reload(&state) + [.markWatchedLooked]
        }
    }
}
