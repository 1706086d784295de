import Foundation
import ReaderStore

/// Keys to commands: an open overlay or text input takes the key first, then the keymap turns it
/// into a `Command`, and `perform` says what each command does to the state.
extension Reader {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        // The notice hides everything a key could act on: only quitting (and resizing) does anything.
        if state.layout.isTooSmall {
            let command = state.keymap.command(for: key)
            if key == .control("c") || command == .quit || command == .back { state.wantsQuit = true }
            return []
        }
        switch state.overlay {
        case .help:
            return handleHelp(key, &state)
        case .categoryPicker(let picker):
            return handleCategoryPicker(key, picker, &state)
        case .venuePicker(let picker):
            return handleVenuePicker(key, picker, &state)
        case .watchPicker(let picker):
            return handleWatchPicker(key, picker, &state)
        case nil:
            break
        }
        if let confirm = state.confirm { return answer(confirm, key: key, &state) }
        if state.input != nil { return handleInput(key, &state) }
        state.status = nil
        state.statusIsError = false
        switch key {
        case .mouseClick(let row, let column):
            return click(row: row, column: column, &state)
        case .wheelDown:
            return scroll(&state, by: 3)
        case .wheelUp:
            return scroll(&state, by: -3)
        case .control("c"):
            state.wantsQuit = true
            return []
        default:
            break
        }
        guard let command = state.keymap.command(for: key) else { return [] }
        return perform(command, key: key, &state)
    }

    static func perform(_ command: Command, key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, pageSize(state) - 1)
        switch command {
        case .moveDown: return scroll(&state, by: 1)
        case .moveUp: return scroll(&state, by: -1)
        case .pageDown: return scroll(&state, by: page)
        case .pageUp: return scroll(&state, by: -page)
        case .top: return state.focus == .list ? moveCursor(&state, to: 0) : setScroll(&state, 0)
        case .bottom:
            return state.focus == .list ? moveCursor(&state, to: state.counts.total - 1) : setScroll(&state, .max)
        case .cycleFocus:
            let panes: [Pane] = state.layout.isWide ? [.list, .abstract, .faq] : state.paperOpen ? [.abstract, .faq] : [.list]
            let index = panes.firstIndex(of: state.focus) ?? -1
            state.focus = panes[(index + 1) % panes.count]
            return []
        case .open:
            guard let paper = state.selected else { return [] }
            if !state.layout.isWide { state.paperOpen = true }
            state.focus = .abstract
            state.abstractScroll = 0
            guard state.markReadOnOpen, !paper.isRead else { return [] }
            return setMark(&state, read: true)
        case .toggleStar:
            guard let paper = state.selected else { return [] }
            return retrainIfSorted(after: setMark(&state, starred: !paper.isStarred), state)
        case .toggleRead:
            guard let paper = state.selected else { return [] }
            return setMark(&state, read: !paper.isRead)
        case .toggleDismissed:
            return retrainIfSorted(after: toggleDismissed(&state), state)
        case .toggleShowDismissed:
            return toggleShowDismissed(&state)
        case .editKeywords:
            return editKeywords(&state)
        case .watch:
            return openWatchPicker(&state)
        case .editNote:
            guard let paper = state.selected else { return [] }
            return [.editNoteInEditor(paperID: paper.paper.id)]
        case .editTags:
            return editTags(&state)
        case .cycleSort:
            return cycleSort(&state)
        case .markAllRead:
            return askToMarkAllRead(&state)
        case .undoMarkAllRead:
            return undoMarkAllRead(&state)
        case .nextUnread, .previousUnread:
            if state.paperOpen { return stepInOpenPaper(forward: command == .nextUnread, &state) }
            if case .search = state.source {
                return moveCursor(&state, to: state.cursor + (command == .nextUnread ? 1 : -1))
            }
            guard let query = state.query else { return [] }
            return [.seekUnread(query, from: state.cursor, forward: command == .nextUnread)]
        case .venues:
            if case .venue = state.source { return back(from: &state) }
            return [.loadEditions]
        case .toggleVenueOnly:
            return toggleFilter(\.venueOnly, "papers a venue lists", command, &state)
        case .toggleUnreadOnly:
            return toggleFilter(\.unreadOnly, "unread papers", command, &state)
        case .toggleStarredOnly:
            return toggleFilter(\.starredOnly, "starred papers", command, &state)
        case .search:
            state.input = TextInput(kind: .search, text: state.source.searchText ?? "", returnTo: state.source)
            saveDayPosition(&state)
            return []
        case .openReference:
            state.input = TextInput(kind: .open, returnTo: state.source)
            return []
        case .related:
            guard let paper = state.selected?.paper else { return [] }
            setStatus(&state, "looking for papers related to \(paper.id)…")
            return [.loadRelated(paperID: paper.id)]
        case .inbox:
            if case .inbox = state.source { return returnToDay(&state) }
            saveDayPosition(&state)
            // A new inbox replaces the one a search was started from.
            if case .inbox = state.outerList?.source { state.outerList = nil }
            state.source = .inbox(since: Date())
            return reload(&state)
        case .previousDay, .nextDay:
            let before = command == .previousDay
            if let adjacent = state.adjacentDays, adjacent.isFound, adjacent.answers(day: state.day, categories: state.categories) {
                return reduce(&state, .dayFound(before ? adjacent.before : adjacent.after, before: before))
            }
            return [.findDay(from: state.day, before: before, categories: state.categories)]
        case .categoryPicker:
            return [.loadCategories(day: state.day)]
        case .sync:
            if case .running = state.sync {
                setStatus(&state, "a sync is already running")
                return []
            }
            state.sync = .running("starting")
            return [.startSync(state.categories)]
        case .openPDF, .openAbstractPage, .copyLink:
            return openLink(command, &state)
        case .faq, .regenerateFAQ:
            return requestFAQ(&state, refresh: command == .regenerateFAQ)
        case .faqLanguage:
            switchFAQLanguage(&state)
            return []
        case .stopFAQ:
            return stopFAQ(&state) ?? { setStatus(&state, "no FAQ is being generated for this paper"); return [] }()
        case .help:
            openHelp(&state)
            return []
        case .back:
            return back(key: key, &state)
        case .quit:
            state.wantsQuit = true
            return []
        case .redraw:
            // Ctrl-L: the screen drawn again, and the list read again (marks made elsewhere), and what is
            // watched (`papers-tui watch` in another shell). Sorted by the ranking, by the model trained last.
            return [.redraw] + (state.sort == .relevance ? [.takeLatestRanking] : []) + reloadFollowingSelection(&state) + [.loadWatches]
        }
    }

    /// `u`, `*` and `V`: the list shows only some papers, or all again.
    static func toggleFilter(_ filter: WritableKeyPath<AppState, Bool>, _ which: String, _ command: Command,
                             _ state: inout AppState) -> [Effect] {
        // Taken before the filter changes the list asked for, which leaves the rows held without a selection.
        let following = followedPapers(state)
        state[keyPath: filter].toggle()
        setStatus(&state, state[keyPath: filter]
            ? "showing \(which) only (\(state.keymap.keyName(for: command)): show all)" : "showing all papers")
        return reloadFollowingSelection(&state, following: following)
    }

    /// `o`, `O` and `y`: the paper's PDF or page to the browser or the clipboard, when it is a plain
    /// http(s) address.
    static func openLink(_ command: Command, _ state: inout AppState) -> [Effect] {
        guard let paper = state.selected?.paper else { return [] }
        let link = command == .openPDF ? paper.pdfURL : paper.absURL
        let which = command == .openPDF ? "PDF link" : "page link"
        guard !link.isEmpty else {
            setStatus(&state, "this paper has no \(which): its venue's list gave none", isError: true)
            return []
        }
        guard let url = SafeLink.checked(link) else {
            setStatus(&state, "this paper's \(which) is not a plain http(s) address, so it was not "
                + (command == .copyLink ? "copied" : "opened"), isError: true)
            return []
        }
        setStatus(&state, (command == .copyLink ? "copied " : "opening ") + url)
        return [command == .copyLink ? .copyToClipboard(url) : .openURL(url)]
    }

    /// Esc first stops a FAQ being written; then back closes the paper, gives the list the focus,
    /// returns to the day, and at the top quits (Esc there only says how).
    static func back(key: Key, _ state: inout AppState) -> [Effect] {
        if key == Keymap.backKeyStoppingFAQ, let effects = stopFAQ(&state) { return effects }
        if state.paperOpen {
            state.paperOpen = false
            state.focus = .list
        } else if state.focus != .list {
            state.focus = .list
        } else if state.source != .day {
            return back(from: &state)
        } else if key == .escape {
            setStatus(&state, "press \(state.keymap.keyName(for: .back)) to quit")
        } else {
            state.wantsQuit = true
        }
        return []
    }
}
