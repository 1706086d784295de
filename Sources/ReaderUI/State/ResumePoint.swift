import Foundation
import ReaderStore

/// Where the reader was left: the day, the categories and filters, and the paper under the cursor
/// (by id, with its row as a fallback when the paper has left the list). Kept in the cache, so a
/// reader on another terminal resumes there too.
public struct ResumePoint: Codable, Sendable, Equatable {
    public var day: String?
    /// The category expression as typed (`cs.CL+cs.LG`); nil for all categories.
    public var categories: String?
    public var unreadOnly = false
    public var starredOnly = false
    public var venueOnly = false
    /// The inbox was shown (optional: absent from points written before it).
    public var inbox: Bool?
    /// The order lists were sorted in (absent from points written before `S`).
    public var sort: SortChoice?
    public var paperID: String
    public var cursor: Int

    /// The key it is kept under in the cache's small remembered values.
    public static let storeKey = "reader.resume"

    public init(day: String?, categories: String?, paperID: String, cursor: Int) {
        self.day = day
        self.categories = categories
        self.paperID = paperID
        self.cursor = cursor
    }

    /// Where the state's day list is: the day's own cursor even while a search or another list is
    /// shown over it. Nil when no paper of a day is selected.
    public init?(_ state: AppState) {
        guard state.source == .day || state.dayPosition != nil, let day = state.day else { return nil }
        let cursor = state.source == .day ? state.cursor : state.dayPosition?.cursor ?? 0
        // The day's paper is known by id only while the day is shown; under a search, its row stands in.
        let paperID = state.source == .day ? state.selected?.paper.id ?? "" : ""
        self.init(day: day, categories: state.categories?.description, paperID: paperID, cursor: cursor)
        unreadOnly = state.unreadOnly
        starredOnly = state.starredOnly
        venueOnly = state.venueOnly
        if case .inbox = state.source { inbox = true }
        if state.sort != .arxiv { sort = state.sort }
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Nil for a value that is not one (written by a later version, or damaged): the reader then opens
    /// on the latest day, as on a first start.
    public static func decoded(_ text: String) -> ResumePoint? {
        try? JSONDecoder().decode(ResumePoint.self, from: Data(text.utf8))
    }
}
