import Foundation
import ReaderStore

/// The effects the cache answers by itself (pages, counts, marks, lookups), shared by the terminal
/// session and by headless drivers such as the benchmark, so both run exactly the same reads.
public enum StoreEffects {
    /// The actions the effect's result brings, or nil when the effect needs more than the cache.
    public static func run(_ effect: Effect, store: PaperStore, faqModel: String) throws -> [Action]? {
        switch effect {
        case .loadWindow(let query, let offset, let limit), .prefetchWindow(let query, let offset, let limit):
            return [.windowLoaded(ListWindow(offset: offset, rows: try store.page(query, offset: offset, limit: limit), query: query))]
        case .loadCounts(let query):
            return [.countsLoaded(try store.counts(query), query: query)]
        case .findDay(let day, let before, let categories):
            return [.dayFound(try store.adjacentDay(to: day, before: before, for: categories), before: before)]
        case .seekUnread(let query, let from, let forward):
            guard let index = try store.seekUnread(query, from: from, forward: forward) else {
                return [.notFound(forward ? "no unread paper below" : "no unread paper above")]
            }
            return [.jump(to: index)]
        case .locate(let ids, let query):
            return try store.locate(ids, in: query).map { [.jump(to: $0)] } ?? []
        case .applyMark(let change, let paperID):
            try store.apply(change, to: [paperID])
            return []
        case .loadCategories(let day):
            return [.categoriesLoaded(try store.listedCategories(day: day))]
        case .loadEditions:
            return [.editionsLoaded(try store.editions())]
        case .loadRelated(let paperID):
            guard let related = try store.related(to: paperID), !related.hits.isEmpty else {
                return [.notFound("no related papers in the cache for \(paperID)")]
            }
            return [.papersOpened(related.hits.map(\.listed.paper.id),
                                  label: "related to \(paperID): \(related.terms.joined(separator: ", "))")]
        case .loadFAQ(let paperID, let version, let lang):
            let answer = try store.faq(paperID: paperID, lang: lang, preferring: FAQKey(version: version, model: faqModel))
            return [.faqLoaded(paperID: paperID, lang, answer)]
        case .startSync, .openURL, .copyToClipboard, .openPapers, .requestFAQ, .cancelFAQ, .redraw:
            return nil
        }
    }
}

/// The reader without a terminal: keys in, frames out, every store effect run at once. For the
/// benchmark's key-to-frame timings and for tests that want the real store behind `update`.
public final class HeadlessReader {
    public private(set) var state: AppState
    private let store: PaperStore
    /// Background reads (prefetched windows, searches), run by `settle()` between keys as the
    /// session's background queues would.
    private var background: [Effect] = []

    public init(state: AppState, store: PaperStore) {
        self.state = state
        self.store = store
        perform(Reader.start(state))
    }

    /// Handles a key as the session does, and draws the frame that follows.
    @discardableResult
    public func press(_ key: Key) -> ScreenBuffer {
        dispatch(.key(key))
        return render(state)
    }

    /// Runs the background reads the last keys asked for; as in the session, a search's reads are
    /// skipped once another search has been asked for.
    public func settle() {
        while !background.isEmpty {
            let effects = background
            background = []
            let latestSearch = effects.last(where: \.isSearchRead)?.listQuery
            for effect in effects where !effect.isSearchRead || effect.listQuery == latestSearch {
                perform([effect], inBackground: true)
            }
        }
    }

    public func dispatch(_ action: Action) {
        let (next, effects) = Reader.update(state, action)
        state = next
        perform(effects)
    }

    private func perform(_ effects: [Effect], inBackground: Bool = false) {
        for effect in effects {
            if !inBackground, effect.isSearchRead || effect.isPrefetch {
                background.append(effect)
                continue
            }
            let actions: [Action]
            do {
                actions = try StoreEffects.run(effect, store: store, faqModel: "") ?? []
            } catch {
                actions = [.failed("\(error)")]
            }
            for action in actions { dispatch(action) }
        }
    }
}
