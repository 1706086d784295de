import Foundation
import ReaderStore

/// The reader's logic: `update(state, action) -> (state, effects)`, pure and testable without a
/// terminal. This file takes the actions that come back from effects; keys go to `handle` (KeyDispatch).
public enum Reader {
    /// Rows loaded beyond the screen on each side, so that moving rarely waits for the store.
    public static let windowMargin = 60

    /// The effects that fill a fresh state: the counts, whose arrival loads the first window of rows.
    /// `afresh`: the list is shown from nothing (the reader opens, another list is chosen), so the
    /// inbox's first day may come before the whole is counted (the only list slow to count).
    public static func start(_ state: AppState, afresh: Bool = false) -> [Effect] {
        guard let query = state.query else { return [] }
        let counts: Effect = afresh && query.isInbox ? .loadCountsQuickly(query) : .loadCounts(query)
        guard let resume = state.resume, state.locating else { return [counts] }
        return [counts, .locate([resume.paperID], in: query)]
    }

    /// What the reader does as it opens: `start`, and the inbox read once in the background while the
    /// day is shown, so that `i` opens it from memory (not on every reload: at 1 M papers it is a
    /// read of 400 ms, and another process's changes reload the day often).
    public static func opening(_ state: AppState) -> [Effect] {
        start(state, afresh: true) + (state.source == .day && state.query != nil ? [.warm(state.inboxQuery(since: Date()))] : [])
            + checkRankingIfSorted(state) + [.loadWatches, .loadPaperTags] + (state.embeddingsConfigured ? [.fetchEmbeddings(day: state.day)] : [])
    }

    public static func update(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
        var next = state
        noteSelection(&next)
        var effects = reduce(&next, action)
        forgetMarkedHereOnceLeft(&next)
        noteSelection(&next)
        effects += markOpenedPaperRead(&next)
        effects += markSelectionSeen(&next)
        effects += followSelectionFAQ(&next)
        // A long status takes rows from the list: the cursor's row stays on screen.
        let statusRows = StatusLines.rows(next)
        if statusRows != next.statusRows {
            next.statusRows = statusRows
            effects += scrollToCursor(&next)
        }
        return (next, effects)
    }

    private static func noteSelection(_ state: inout AppState) {
        if !state.locating, let selected = state.selected { state.lastSelected = selected.paper.id }
    }

    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .key(let key):
            return handle(key, &state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
            if state.layout.isWide { state.paperOpen = false }
            if !state.layout.isWide, !state.paperOpen { state.focus = .list }
            return scrollToCursor(&state)
        case .windowLoaded(let window):
            return windowLoaded(window, &state)
        case .countsLoaded(let counts, let query):
            return countsLoaded(counts, for: query, &state)
        case .dayFound(let day, let before):
            guard let day else {
                let which = state.categories.map { " for \($0.description)" } ?? ""
                setStatus(&state, before ? "no earlier day\(which) in the cache" : "no later day\(which) in the cache")
                return []
            }
            state.day = day
            // From the inbox or a venue's list, [ and ] go to that day's list, never change it unseen.
            if state.source != .day {
                state.source = .day
                state.dayPosition = nil
                state.outerList = nil
            }
            return reload(&state)
        case .jump(let index):
            return moveCursor(&state, to: index)
        case .located(let index):
            return located(index, &state)
        case .seenNotSaved(let message):
            guard !state.seenNotSavedShown else { return [] }
            state.seenNotSavedShown = true
            setStatus(&state, message, isError: true)
            return []
        case .storeChanged:
            state.adjacentDays = nil
            keepSelectedHereOnOutsideChange(&state)
            // The paper shown keeps its place, so nothing else reads its note and tags again.
            let extras: [Effect] = (state.selected.map { [.loadNoteAndTags(paperID: $0.paper.id)] } ?? []) + [.loadPaperTags]
            return reloadFollowingSelection(&state) + extras
        case .adjacentDaysFound(let adjacent):
            // Only for the day still shown, and not after a change to the cache asked again.
            if state.adjacentDays?.answers(day: adjacent.day, categories: adjacent.categories) == true { state.adjacentDays = adjacent }
            return []
        case .notFound(let message):
            setStatus(&state, message)
            return []
        case .categoriesLoaded(let categories):
            state.overlay = .categoryPicker(CategoryPicker(listed: categories, chosen: state.categories))
            return []
        case .syncProgress(let text):
            state.sync = .running(text)
            return []
        case .syncFinished(.success(let summary)):
            state.adjacentDays = nil
            return syncFinished(summary, &state)
        case .syncFinished(.failure(let failure)):
            state.sync = .failed(failure.message)
            setStatus(&state, failure.message, isError: true)
            return []
        case .editionsLoaded(let editions, let saved, let watched):
            return openVenuePicker(editions, saved: saved, watched: watched, &state)
        case .watchesLoaded(let watches, let failure):
            watchesLoaded(watches, failure: failure, &state)
            return []
        case .searchSaved(let name):
            setStatus(&state, "search saved as \(Sanitize.terminalText(name)): \(state.keymap.keyName(for: .venues)) lists it with its new matches")
            return []
        case .papersOpened(let ids, let label):
            return showPapers(ids, label: label, &state)
        case .faqLoaded(let paperID, let lang, let answer):
            faqLoaded(FAQJob(paperID: paperID, lang: lang), answer, &state)
            return []
        case .faqProgress(let job, let progress):
            return faqProgress(job, progress, &state)
        case .markFailed(let change, let paperID, let message):
            takeBack(change, paperID: paperID, &state)
            setStatus(&state, message, isError: true)
            return []
        case .bulkMarked(let change, let undo):
            return bulkMarked(change, undo: undo, &state)
        case .bulkMarkFailed(let message):
            return bulkMarkFailed(message, &state)
        case .openUnread(let index, let query):
            return openUnread(at: index, in: query, &state)
        case .keywordsSaved(let message, let saved):
            // Saved while the list is in another order: say how to sort by them.
            let hint = saved && state.sort != .keywords && !state.keywords.isEmpty
                ? " (\(state.keymap.keyName(for: .cycleSort)) sorts by them)" : ""
            setStatus(&state, message + hint, isError: !saved)
            return []
        case .rankingChecked(let ranking):
            return rankingChecked(ranking, &state)
        case .embeddingsProgress(let done, let wanted):
            embeddingsProgress(done: done, wanted: wanted, &state)
            return []
        case .embeddingsFinished(let summary):
            return embeddingsFinished(summary, &state)
        case .noteLoaded(let paperID, let text, let saved):
            noteLoaded(paperID: paperID, text: text, saved: saved, &state)
            return []
        case .tagsLoaded(let paperID, let tags, let saved):
            tagsLoaded(paperID: paperID, tags: tags, saved: saved, &state)
            return []
        case .allTagsLoaded(let names):
            state.knownTags = names
            return []
        case .paperTagsLoaded(let tags):
            state.paperTags = tags
            return []
        case .noteEdited(let paperID, let text):
            return [.saveNote(paperID: paperID, text: text)]
        case .librarySynced(let applied, let failure):
            librarySynced(applied: applied, failure: failure, &state)
            return []
        case .keywordsEdited(let line):
            return keywordsEdited(line, &state)
        case .keywordsNotEdited(let message):
            if state.input?.kind == .keywords { state.input?.problem = message } else { setStatus(&state, message, isError: true) }
            return []
        case .failed(let message):
            state.prefetching = false
            state.counting = false
            state.windowAsked = nil
            // A locate that failed is over too: the row under the cursor is the user's again.
            state.locating = false
            state.followed = []
            state.resume = nil
            // A search's read that failed is over: the status says why instead of "searching…".
            state.searching = false
            // No retry from here: a failing store would fail again at once. The next key reloads.
            setStatus(&state, message, isError: true)
            return []
        }
    }

    static func countsLoaded(_ counts: ListCounts, for query: ListQuery?, _ state: inout AppState) -> [Effect] {
        if let query, query != state.query { return [] }
        state.counting = false
        if case .search = state.query?.scope, state.searching {
            state.searching = false
            if counts.total == 0, state.input == nil {
                setNoMatchesStatus(&state)
            }
        }
        let wasPartial = state.counts.isPartial
        // A list filtered on marks whose size moved while its rows were held (a paper marked read in
        // the unread-only list, unstarred in the starred-only one, dismissed where they are hidden): the rows held no longer match the
        // count, and the last paper would be out of reach. They are read again, the cursor on the same
        // paper or, if it left, the next one.
        if let query = state.query, query.filtersOnMarks, !wasPartial,
           state.window.query == query, !state.window.rows.isEmpty, counts.total != state.counts.total, !state.locating {
            state.counts = counts
            keepSelectedHereOnOutsideChange(&state)
            return reloadFollowingSelection(&state)
        }
        state.counts = counts
        // The last search's rows, kept on screen while this one was read, go with their count.
        if let shown = state.window.query, shown != state.query { state.window = .empty }
        state.cursor = min(state.cursor, max(0, counts.total - 1))
        if counts.isPartial, let query = state.query { return scrollToCursor(&state) + [.loadWholeCounts(query)] }
        let warm = warmAdjacentDays(&state)
        // The rows held were read from the first part alone: read again from the whole.
        if wasPartial, windowEffect(state, force: true) != nil {
            _ = scrollToCursor(&state)
            // Read at the top the cursor is now shown from; the request scrolling noted was not sent.
            state.windowAsked = nil
            if let load = windowEffect(state, force: true) { return [load] + warm }
        }
        return scrollToCursor(&state) + warm
    }

    /// Once a day's list is counted, the days `[` and `]` go to are found and read in the background.
    private static func warmAdjacentDays(_ state: inout AppState) -> [Effect] {
        guard state.source == .day, let day = state.day, let query = state.query,
              state.adjacentDays?.answers(day: day, categories: state.categories) != true else { return [] }
        state.adjacentDays = .asked(day: day, categories: state.categories)
        return [.warmAdjacentDays(query)]
    }

    static func syncFinished(_ summary: String, _ state: inout AppState) -> [Effect] {
        state.sync = .finished(summary)
        var prefetch: [Effect] = []
        var sentence = summary
        if state.faqPrefetchTop > 0 {
            if let reason = state.faqUnavailable {
                sentence += " · no FAQ prefetched ([llm] prefetch_top): \(reason)"
            } else {
                prefetch = [.prefetchTopFAQs(categories: state.categories, count: state.faqPrefetchTop, keywords: state.keywords,
                                             lang: state.faqLanguage)]
            }
        }
        setStatus(&state, sentence)
        if state.embeddingsConfigured { prefetch.append(.fetchEmbeddings(day: state.day)) }
        if state.day == nil { return [.findDay(from: nil, before: true, categories: state.categories)] + prefetch }
        // New papers shift the rows: the cursor stays on the paper, not on the row number.
        return reloadFollowingSelection(&state) + prefetch
    }

    static func setStatus(_ state: inout AppState, _ message: String, isError: Bool = false) {
        state.status = message
        state.statusIsError = isError
    }
}
