import Foundation
import ReaderStore
import ReaderUI

/// `[reader] start`: where the reader opens without `--date` or `-c`.
enum ReaderStart: String, CaseIterable {
    /// Where it was left: the day, categories, filters and paper.
    case resume
    /// The latest day, at its first paper.
    case latest
    /// The inbox: every paper not seen yet.
    case inbox

    /// The order lists were last sorted in, kept whatever the reader opens on (`--date`, `-c`).
    static func resumedSort(in store: PaperStore) throws -> SortChoice? {
        try store.syncState(ResumePoint.storeKey).flatMap(ResumePoint.decoded)?.sort
    }

    /// Where to resume, when there is a point to resume and it still leads somewhere: its day still
    /// lists papers, and it is not a day of the bundled sample that a real day has since passed.

    static func resumePoint(in store: PaperStore) throws -> ResumePoint? {
        guard let text = try store.syncState(ResumePoint.storeKey), let point = ResumePoint.decoded(text),
              let day = point.day else { return nil }
        // Written by this version from a parsed expression; one that no longer parses is not resumed.
        var categories: CategoryExpression?
        if let text = point.categories {
            guard let parsed = CategoryExpression(parsing: text) else { return nil }
            categories = parsed
        }
        guard try store.counts(ListQuery(scope: .day(day), categories: categories)).total > 0 else { return nil }
        if BundledSample.days.contains(day), let latest = try store.latestDay(for: categories),
           latest > day, !BundledSample.days.contains(latest) { return nil }
        return point
    }

    /// Whether the inbox of these categories holds a paper: one not seen yet, or changed since it was
    /// seen. Filters are left out: an inbox that only a filter empties is opened, and says so. An
    /// empty one is not worth opening on: the reader opens as `latest` would, and says why.
    static func inboxHasPapers(categories: CategoryExpression?, in store: PaperStore) throws -> Bool {
        let inbox = ListQuery(scope: .inbox(since: Date(), days: AppState.defaultInboxDays), categories: categories)
        // Its first day is enough to know (and is kept for the reader's first frame); only an inbox
        // whose every day is seen is counted whole, for the changed papers it may still hold.
        return try store.counts(inbox, quickly: true).total > 0 || store.counts(inbox).total > 0
    }

    /// The status line when the inbox the reader would have opened on is empty.
    static let emptyInboxNote = "nothing new in the inbox: every paper of the last \(AppState.defaultInboxDays) days' lists "
        + "has been seen; here is the latest day"
}
