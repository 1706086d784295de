import Foundation
import ReaderStore

/// The effects the cache answers by itself (pages, counts, marks, lookups): what each reads or writes
/// and the actions its result brings. `EffectRunner` decides where and when they run.
enum StoreEffects {
    static func handles(_ effect: Effect) -> Bool {
        switch effect {
        case .startSync, .openURL, .copyToClipboard, .openPapers, .requestFAQ, .cancelFAQ, .saveKeywords, .checkRanking, .checkRankingAfterMarks,
             .prefetchTopFAQs, .fetchEmbeddings, .editKeywordsInEditor, .editNoteInEditor, .redraw: false
        default: true
        }
    }

    /// The actions the effect's result brings, or nil when the effect needs more than the cache.
    static func run(_ effect: Effect, store: PaperStore, faqModel: String) throws -> [Action]? {
        switch effect {
        case .loadWindow(let query, let offset, let limit), .prefetchWindow(let query, let offset, let limit):
            return [.windowLoaded(ListWindow(offset: offset, rows: try store.page(query, offset: offset, limit: limit), query: query))]
        case .loadCounts(let query):
            return [.countsLoaded(try store.counts(query), query: query)]
        case .loadWholeCounts(let query):
            return [.countsLoaded(try store.counts(query), query: query)]
        case .loadCountsQuickly(let query):
            return [.countsLoaded(try store.counts(query, quickly: true), query: query)]
        case .warm(let query):
            _ = try store.counts(query)
            return []
        case .takeLatestRanking:
            store.takeLatestRanking()
            return []
        case .warmAdjacentDays(let query):
            guard case .day(let day) = query.scope else { return [] }
            let before = try store.adjacentDay(to: day, before: true, for: query.categories)
            let after = try store.adjacentDay(to: day, before: false, for: query.categories)
            for neighbour in [before, after].compactMap({ $0 }) {
                var list = query
                list.scope = .day(neighbour)
                _ = try store.counts(list)
            }
            return [.adjacentDaysFound(AdjacentDays(day: day, categories: query.categories, before: before, after: after))]
        case .findDay(let day, let before, let categories):
            return [.dayFound(try store.adjacentDay(to: day, before: before, for: categories), before: before)]
        case .seekUnread(let query, let from, let forward):
            if let index = try store.seekUnread(query, from: from, forward: forward) { return [.jump(to: index)] }
            // As vim's n does, the seek goes on from the other end of the list.
            let end = forward ? -1 : try store.counts(query, quickly: true).total
            guard let index = try store.seekUnread(query, from: end, forward: forward) else {
                return [.notFound("no unread paper in this list")]
            }
            guard index != from else { return [.notFound("this is the only unread paper in this list")] }
            return [.jump(to: index), .notFound(forward ? "no unread paper below: from the top" : "no unread paper above: from the bottom")]
        case .seekUnreadToOpen(let query, let from, let forward):
            guard let index = try store.seekUnread(query, from: from, forward: forward) else {
                return [.notFound(forward ? "no unread paper after this one" : "no unread paper before this one")]
            }
            return [.openUnread(at: index, in: query)]
        case .locate(let ids, let query):
            return [.located(try store.locate(ids, in: query))]
        case .applyMark(let change, let paperID):
            try store.apply(change, to: [paperID])
            return []
        case .loadCategories(let day):
            return [.categoriesLoaded(try store.listedCategories(day: day))]
        case .loadEditions:
            // The watch list first, as the cache has it now: the picker names what the watched papers' row gathers.
            let watches = try store.watchList()
            return [.watchesLoaded(watches),
                    .editionsLoaded(try store.editions(), saved: try store.savedSearches(), watched: try store.watchedList(of: watches))]
        case .loadWatches:
            return [.watchesLoaded(try store.watchList())]
        case .setWatch(let watch, let on):
            // A failed write comes back with the list as the cache holds it, and the reason.
            do {
                if on { try store.watch(watch) } else { try store.unwatch(watch) }
            } catch {
                return [.watchesLoaded(try store.watchList(), failure: "\(error)")]
            }
            return [.watchesLoaded(try store.watchList())]
        case .markWatchedLooked:
            try store.markWatchedLooked()
            return []
        case .saveSearch(let name, let query):
            try store.saveSearch(name: name, query: query)
            return [.searchSaved(name: name)]
        case .markSavedSearchLooked(let name):
            try store.markSavedSearchLooked(name: name)
            return []
        case .loadRelated(let paperID):
            guard let related = try store.related(to: paperID), !related.hits.isEmpty else {
                return [.notFound("no related papers in the cache for \(paperID)")]
            }
            return [.papersOpened(related.hits.map(\.listed.paper.id),
                                  label: "related to \(paperID): \(related.terms.joined(separator: ", "))")]
        case .loadFAQ(let paperID, let version, let lang):
            let answer = try store.faq(paperID: paperID, lang: lang, preferring: FAQKey(version: version, model: faqModel))
            return [.faqLoaded(paperID: paperID, lang, answer), .noteLoaded(paperID: paperID, text: try store.note(for: paperID)?.text),
                    .tagsLoaded(paperID: paperID, tags: try store.tags(for: paperID))]
        case .changeTags(let paperID, let add, let remove):
            try store.addTags(add, to: [paperID])
            try store.removeTags(remove, from: [paperID])
            return [.tagsLoaded(paperID: paperID, tags: try store.tags(for: paperID), saved: true)]
        case .loadNoteAndTags(let paperID):
            return [.noteLoaded(paperID: paperID, text: try store.note(for: paperID)?.text),
                    .tagsLoaded(paperID: paperID, tags: try store.tags(for: paperID))]
        case .loadPaperTags:
            return [.paperTagsLoaded(try store.paperTags())]
        case .loadAllTags:
            return [.allTagsLoaded(try store.allTags().map(\.name))]
        case .saveNote(let paperID, let text):
            try store.setNote(text, for: paperID)
            return [.noteLoaded(paperID: paperID, text: try store.note(for: paperID)?.text, saved: true)]
        default:
            return nil
        }
    }

    /// A bulk change to the read marks (`markAllRead`, `undoMarkAllRead`), each one transaction, and
    /// the action its result brings; nil for any other effect.
    static func writeBulk(_ effect: Effect, store: PaperStore) throws -> Action? {
        switch effect {
        case .markAllRead(let query):
            return .bulkMarked(try store.markAllRead(query), undo: false)
        case .undoMarkAllRead(let change):
            try store.undoMarkAllRead(change)
            return .bulkMarked(change, undo: true)
        default:
            return nil
        }
    }
}
