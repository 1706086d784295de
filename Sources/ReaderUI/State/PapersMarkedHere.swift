import ReaderStore

/// The papers marked in the list shown that its filters would now leave out (a paper unstarred in
/// the starred-only list, read in the unread-only one), with the list they were marked in. They stay
/// in it (`ListQuery.markedHere`) until that list is left: the rows hold still under the cursor, and
/// pressing the key again takes the mark back on the same paper instead of marking the next one.
public struct PapersMarkedHere: Sendable, Equatable {
    /// The list as filtered, without these papers.
    var list: ListQuery?
    var ids: Set<String> = []

    public init() {}

    init(list: ListQuery) {
        self.list = list
    }
}

extension ListQuery {
    /// Whether a paper of this list leaves it once `change` is made, by its filters on marks.
    func leaves(after change: MarkChange) -> Bool {
        let search: SearchQuery? = if case .search(let search) = scope { search } else { nil }
        switch change {
        case .unstar: return onlyStarred || search?.onlyStarred == true
        case .read: return onlyUnread || search?.onlyUnread == true
        case .dismiss: return hidesDismissed
        case .undismiss: return onlyDismissed
        case .star, .unread: return false
        }
    }
}
