/// How a list treats the papers marked "not interested": the filter (`ListQuery.dismissed`) and the
/// count of those a list hides, for the title line.
extension ListQuery {
    /// A list one browses, from which papers dismissed are left out unless they are shown.
    public var canHideDismissed: Bool {
        switch scope {
        case .day, .inbox, .venue: true
        case .starred, .search, .papers, .changed, .dismissed: false
        }
    }

    /// What the list holds depends on marks the reader changes: the filters (unread, starred, unseen
    /// only) and the dismissals hidden (or shown alone).
    public var filtersOnMarks: Bool { onlyUnread || onlyStarred || onlyUnseen || hidesDismissed || onlyDismissed }

    /// Papers dismissed are left out of this list.
    public var hidesDismissed: Bool { dismissed == .hidden && canHideDismissed }

    /// Only papers dismissed are in this list.
    public var onlyDismissed: Bool { dismissed == .only || scope == .dismissed }

    /// The filter on dismissals as a condition on the mark row `mark`; nil when there is none.
    func dismissedCondition(mark: String) -> String? {
        onlyDismissed ? "\(mark).dismissed_at IS NOT NULL" : hidesDismissed ? "\(mark).dismissed_at IS NULL" : nil
    }

    /// The same list with the papers dismissed in it, whatever the filter on them.
    var showingDismissed: ListQuery {
        var shown = self
        shown.dismissed = .shown
        return shown
    }
}

extension ListCounts {
    /// These counts with `dismissed` filled in, for a list that can hide dismissed papers: the list
    /// counted again with only those (a pass over memory for a day or the inbox, an index seek otherwise).
    func countingDismissed(of query: ListQuery, in store: PaperStore) throws(StoreError) -> ListCounts {
        guard query.canHideDismissed else { return self }
        var counted = self
        if query.onlyDismissed {
            counted.dismissed = total
        } else {
            var only = query
            only.dismissed = .only
            counted.dismissed = try store.counts(only).total
        }
        return counted
    }
}
