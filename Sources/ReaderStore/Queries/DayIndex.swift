import GRDB

/// A day's list read from the order and marks kept in memory (`DayListCache`): a filter (`u`, `*`)
/// or a page of that day is then a pass over about 1,500 entries and a read of the page's papers by
/// id, instead of grouping the day's listing and joining it to the marks twice (counts, then page).
struct DayIndex {
    let cache: DayListCache

    /// Day lists this answers: those `DayPage` answers, without the venue filter.
    static func applies(to query: ListQuery) -> Bool {
        DayPage.applies(to: query) && !query.onlyVenue
    }

    func counts(_ query: ListQuery, in db: Database) throws -> ListCounts {
        let entries = try self.entries(query, in: db)
        var counts = ListCounts(total: 0, starred: 0, unread: 0)
        let filter = EntryFilter(query)
        let showingDismissed = EntryFilter(query.showingDismissed)
        for entry in entries where showingDismissed.keeps(entry) {
            if entry.dismissed { counts.dismissed += 1 }
            guard filter.keeps(dismissed: entry.dismissed) || filter.isMarkedHere(entry) else { continue }
            // Entries come in list order, so a new type rank starts a new section.
            if let type = ListSQL.announceType(rank: entry.typeRank), counts.sections.last?.heading != .type(type) {
                counts.sections.append(ListSection(type: type, count: 0))
            }
            if !counts.sections.isEmpty { counts.sections[counts.sections.count - 1].count += 1 }
            counts.total += 1
            if entry.starred { counts.starred += 1 }
            if !entry.read { counts.unread += 1 }
            if entry.seen { counts.seen += 1 }
            if entry.estimated { counts.estimated = true }
        }
        return counts
    }

    func page(_ query: ListQuery, offset: Int, limit: Int, in db: Database) throws -> [ListedPaper] {
        guard case .day(let day) = query.scope else { return [] }
        let filter = EntryFilter(query)
        let kept = try entries(query, in: db).lazy.filter(filter.keeps)
        return try KeptListPage.read(kept, offset: offset, limit: limit, day: day, in: db)
    }

    func order(_ query: ListQuery, in db: Database) throws -> [String] {
        try kept(query, in: db).map(\.paperID)
    }

    /// The entries the list holds once its filters are applied, in list order.
    func kept(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        try entries(query, in: db).filter(EntryFilter(query).keeps)
    }

    /// The day's entries in list order, whatever the filters.
    private func entries(_ query: ListQuery, in db: Database) throws -> [DayListCache.Entry] {
        let whole = query.withoutMarkFilters
        return try cache.entries(of: whole, in: db) {
            try DayPage.entries(whole, in: db).map { row in
                DayListCache.Entry(paperID: row[0], typeRank: row[1], starred: row[2], read: row[3], estimated: row[4],
                                    seen: row[5], dismissed: row[6])
            }
        }
    }
}

extension PaperStore {
    var dayIndex: DayIndex { DayIndex(cache: dayLists) }
}
