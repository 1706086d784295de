import GRDB

extension PaperStore {
    /// The index of the next (or previous) unread paper in a list after (before) `index`, reading
    /// the list a page at a time; nil when there is none.
    public func seekUnread(_ query: ListQuery, from index: Int, forward: Bool, pageSize: Int = 200) throws(StoreError) -> Int? {
        var start = forward ? index + 1 : max(0, index - pageSize)
        var end = forward ? start + pageSize : index
        while end > start {
            let rows = try page(query, offset: start, limit: end - start)
            let indices = forward ? Array(rows.indices) : rows.indices.reversed()
            if let hit = indices.first(where: { !rows[$0].isRead }) { return start + hit }
            if forward {
                guard rows.count == end - start else { return nil }
                start = end
                end += pageSize
            } else {
                guard start > 0 else { return nil }
                end = start
                start = max(0, start - pageSize)
            }
        }
        return nil
    }

    /// The categories listed on a day (or on any day), for the category picker.
    public func listedCategories(day: String?) throws(StoreError) -> [String] {
        try read { db in
            if let day {
                return try String.fetchAll(db, sql: "SELECT DISTINCT category FROM listing WHERE announce_date = ? ORDER BY category", arguments: [day])
            }
            return try String.fetchAll(db, sql: "SELECT DISTINCT category FROM listing ORDER BY category")
        }
    }
}
