import Foundation
import ReaderStore

/// What the session needs from outside the reader: the cache, and how to sync.
public struct ReaderEnvironment: Sendable {
    public var store: PaperStore
    /// Runs a sync for the categories, reporting progress; returns the summary sentence.
    public var sync: @Sendable (CategoryExpression?, @escaping @Sendable (String) -> Void) async throws -> String
    public var theme: Theme?
    public var themeName: String?
    /// Generates FAQs; nil when no LLM is configured (the state says why).
    public var faqGenerator: FAQGenerator?
    /// Fetches papers by id from arXiv into the cache (for `:` with ids not cached yet).
    public var lookup: (@Sendable ([ArxivID]) async throws -> Void)?
    /// Keeps the cause of a failure whose sentence the status line shows (the error log).
    public var reportError: @Sendable (any Error, String) -> Void
    /// Writes the preference keywords edited with `K` (as the config holds them); returns the
    /// sentence saying where. Nil: they last until the reader quits.
    public var saveKeywords: (@Sendable ([String]) throws -> String)?
    /// One pass of fetching vectors for the ranking, the day given first, reporting (done, wanted)
    /// after each batch; nil when no embeddings server is configured.
    public var embedPapers: (@Sendable (String?, @escaping @Sendable (Int, Int) -> Void) async -> EmbeddingPassSummary)?
    /// The library folder kept in step with the cache while the reader runs; nil when `[library] dir`
    /// is not set.
    public var library: LibraryFolderWatch?

    public init(store: PaperStore, theme: Theme? = nil, themeName: String? = nil, faqGenerator: FAQGenerator? = nil,
                lookup: (@Sendable ([ArxivID]) async throws -> Void)? = nil,
                reportError: @escaping @Sendable (any Error, String) -> Void = { _, _ in },
                saveKeywords: (@Sendable ([String]) throws -> String)? = nil,
                sync: @escaping @Sendable (CategoryExpression?, @escaping @Sendable (String) -> Void) async throws -> String) {
        self.store = store
        self.lookup = lookup
        self.faqGenerator = faqGenerator
        self.theme = theme
        self.themeName = themeName
        self.reportError = reportError
        self.saveKeywords = saveKeywords
        self.sync = sync
    }
}
