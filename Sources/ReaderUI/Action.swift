import Foundation
import ReaderStore

/// Everything that can happen to the reader: input, and results coming back from effects.
public enum Action: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    case windowLoaded(ListWindow)
    /// The counts of `query` (nil: of whatever list is shown).
    case countsLoaded(ListCounts, query: ListQuery? = nil)
    case dayFound(String?, before: Bool)
    case jump(to: Int)
    /// Where a `locate` found the paper followed (nil: the list holds none of them).
    case located(Int?)
    case notFound(String)
    case categoriesLoaded([String])
    case syncProgress(String)
    case syncFinished(Result<String, SyncFailure>)
    case papersOpened([String], label: String)
    case editionsLoaded([EditionSummary], saved: [SavedSearch], watched: SavedSearch? = nil)
    /// What is watched, as the cache keeps it (after a `setWatch`, or read as the reader opens), and
    /// why a change to it could not be written.
    case watchesLoaded(WatchList, failure: String? = nil)
    case searchSaved(name: String)
    case faqLoaded(paperID: String, FAQLanguage, FAQAnswer?)
    case faqProgress(FAQJob, FAQProgress)
    case failed(String)
    /// A mark shown at once could not be written: it is taken back, and the message says why.
    case markFailed(MarkChange, paperID: String, message: String)
    /// Papers seen could not be written (a read-only cache, a lock held too long): the rows keep
    /// showing them seen, and the status line says so, once.
    case seenNotSaved(String)
    /// Another process changed lists or marks in the cache.
    case storeChanged
    /// A bulk change is written: what it marked read and seen, or (`undo`) the change it took back.
    case bulkMarked(BulkReadChange, undo: Bool)
    /// A bulk change (or its undo) could not be written; nothing of it was.
    case bulkMarkFailed(String)
    /// The unread paper `n`/`p` looked for from the full-width view is at this index of the list.
    case openUnread(at: Int, in: ListQuery)
    /// The days before and after a day's list, found (and read into memory) in the background.
    case adjacentDaysFound(AdjacentDays)
    /// The keywords edited with `K` were written: where, or (`saved` false) why they were not.
    case keywordsSaved(String, saved: Bool)
    /// What the ranking is, once asked for (and trained, when marks changed since its last model).
    case rankingChecked(RankingState)
    /// Papers given vectors so far by the pass running, of those it set out to embed.
    case embeddingsProgress(done: Int, wanted: Int)
    /// The pass of fetching vectors ended: what it did, or why it stopped.
    case embeddingsFinished(EmbeddingPassSummary)
    /// A library sync in the background applied this many changes from other machines, or failed.
    case librarySynced(applied: Int, failure: String?)
    /// The paper's note as the cache holds it (nil: none), read with its FAQ or after a save.
    case noteLoaded(paperID: String, text: String?, saved: Bool = false)
    /// The paper's tags as the cache holds them, read with its FAQ or after `t` saved them.
    case tagsLoaded(paperID: String, tags: [String], saved: Bool = false)
    /// Every tag in use, the most used first.
    case allTagsLoaded([String])
    /// Every tagged paper's tags.
    case paperTagsLoaded([String: [String]])
    /// The note as the editor left it, to be saved.
    case noteEdited(paperID: String, text: String)
    /// The keywords as `$EDITOR` left them, as the `K` line writes them: saved as if typed there.
    case keywordsEdited(String)
    /// `$EDITOR` could not edit them (not found, failed, stopped): why, said in the `K` line, which stays.
    case keywordsNotEdited(String)
}

public struct SyncFailure: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// Work `update` asks the runtime to do; its results come back as actions.
public enum Effect: Sendable, Equatable {
    case loadWindow(ListQuery, offset: Int, limit: Int)
    /// The same read, off the key path: the rows arrive later as `windowLoaded`.
    case prefetchWindow(ListQuery, offset: Int, limit: Int)
    case loadCounts(ListQuery)
    /// The same counts for a list shown afresh: a list slow to count the first time (the inbox at
    /// 1 M papers) may be counted over its first part only (`ListCounts.isPartial`), which then asks
    /// for the whole (`loadCounts`).
    case loadCountsQuickly(ListQuery)
    /// The whole list's counts once its first part's came: read on a queue of its own, so that the
    /// frame and the pages of the first part do not wait behind it.
    case loadWholeCounts(ListQuery)
    /// Reads a list the user may open next (the inbox) in the background, so that opening it finds
    /// it in memory; nothing comes back.
    case warm(ListQuery)
    case findDay(from: String?, before: Bool, categories: CategoryExpression?)
    /// Finds the days before and after this day's list and reads their lists into memory, so that
    /// `[` and `]` go there from memory; `adjacentDaysFound` comes back.
    case warmAdjacentDays(ListQuery)
    case seekUnread(ListQuery, from: Int, forward: Bool)
    /// The same seek from the full-width paper view: the answer opens the paper found there.
    case seekUnreadToOpen(ListQuery, from: Int, forward: Bool)
    /// Moves the cursor to the first of these papers the list holds (the one selected before a reload,
    /// then those after it).
    case locate([String], in: ListQuery)
    case applyMark(MarkChange, paperID: String)
    /// Every unread paper of the list marked read, in one transaction.
    case markAllRead(ListQuery)
    /// What one `markAllRead` changed, taken back in one transaction.
    case undoMarkAllRead(BulkReadChange)
    /// The cursor reached these papers (or a page key moved past them).
    case markSeen([String])
    case loadCategories(day: String?)
    case startSync(CategoryExpression?)
    case openURL(String)
    case copyToClipboard(String)
    /// Shows these papers, fetching the ones not cached first.
    case openPapers([String])
    case loadRelated(paperID: String)
    case loadEditions
    /// Keeps the search typed under its own text as the name (Ctrl-S in the search line).
    case saveSearch(name: String, query: String)
    /// The saved search's matches were shown: none is new any more.
    case markSavedSearchLooked(name: String)
    case loadWatches
    /// Starts (`on`) or stops watching; `watchesLoaded` comes back.
    case setWatch(Watch, on: Bool)
    /// The watched papers' list was shown: none is new any more.
    case markWatchedLooked
    case loadFAQ(paperID: String, version: Int, FAQLanguage)
    case requestFAQ(FAQJob, refresh: Bool)
    case cancelFAQ(FAQJob)
    /// The preference keywords (as the config holds them) written to config.toml.
    case saveKeywords([String])
    /// The ranking as the cache keeps it, trained first when marks changed since; `rankingChecked`
    /// comes back. Never on the key loop: a training takes a second or more.
    case checkRanking
    /// The same once the marks just made are written (a moment later, and once for a run of marks).
    case checkRankingAfterMarks
    /// Lists sorted by the ranking take the cache's latest model on their next read (sent before a
    /// list is read anew; pages of the list on screen keep the model it was sorted by).
    case takeLatestRanking
    /// `[llm] prefetch_top`: the FAQs of the latest day's `count` papers the ranking (else the keywords)
    /// puts first, queued behind the paper on screen.
    case prefetchTopFAQs(categories: CategoryExpression?, count: Int, keywords: PreferenceKeywords, lang: FAQLanguage)
    /// Vectors for the papers the ranking needs and lacks, from `[rank] embeddings_url`, in the
    /// background (one pass at a time), the day being read first after the labelled papers;
    /// `embeddingsProgress` and `embeddingsFinished` come back.
    case fetchEmbeddings(day: String?)
    /// The `K` line's keywords, one per line, in `$VISUAL` or `$EDITOR` on the terminal; `keywordsEdited`
    /// (or `keywordsNotEdited`) comes back when it exits.
    case editKeywordsInEditor(String)
    /// The selected paper's note in `$VISUAL` or `$EDITOR` on the terminal; `noteEdited` comes back
    /// when the editor left it changed.
    case editNoteInEditor(paperID: String)
    /// Writes the paper's note (blank: takes it away); `noteLoaded` comes back.
    case saveNote(paperID: String, text: String)
    /// Adds and takes off tags of a paper; `tagsLoaded` comes back.
    case changeTags(paperID: String, add: [String], remove: [String])
    /// Every tag in use, for `t`'s completion; `allTagsLoaded` comes back.
    case loadAllTags
    /// Every tagged paper's tags, for the rows; `paperTagsLoaded` comes back.
    case loadPaperTags
    /// The paper's note and tags read again (another process or machine may have changed them);
    /// `noteLoaded` and `tagsLoaded` come back.
    case loadNoteAndTags(paperID: String)
    case redraw

    /// A read for a search's list: a search can take a second on a large cache, so the session runs it
    /// off the key loop (the keys typed meanwhile are not held up) and drops it once superseded.
    public var isSearchRead: Bool {
        if case .search = listQuery?.scope { return true }
        return false
    }

    /// The list whose whole counts this reads.
    public var wholeCountsQuery: ListQuery? {
        switch self {
        case .loadCounts(let query), .loadWholeCounts(let query): query
        default: nil
        }
    }

    public var isWholeCount: Bool {
        if case .loadWholeCounts = self { return true }
        return false
    }

    public var isPrefetch: Bool {
        switch self {
        case .prefetchWindow, .warm, .warmAdjacentDays: true
        default: false
        }
    }

    /// The list a read is for.
    public var listQuery: ListQuery? {
        switch self {
        case .loadWindow(let query, _, _), .prefetchWindow(let query, _, _), .loadCounts(let query), .loadCountsQuickly(let query),
             .loadWholeCounts(let query): query
        default: nil
        }
    }
}
