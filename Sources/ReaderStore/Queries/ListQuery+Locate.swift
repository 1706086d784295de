extension PaperStore {
    /// Where the list now holds the first of `ids` that it still holds (a paper, else the ones that
    /// followed it), reading the list a page at a time up to `limit` rows; nil when it holds none.
    public func locate(_ ids: [String], in query: ListQuery, pageSize: Int = 500, limit: Int = 50_000) throws(StoreError) -> Int? {
        guard !ids.isEmpty else { return nil }
        let wanted = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // A day's list or the inbox: the ids in order are in memory, no paper needs reading.
        if let order = try listOrder(query) {
            var best: (rank: Int, index: Int)?
            for (index, id) in order.enumerated() {
                guard let rank = wanted[id], rank < (best?.rank ?? .max) else { continue }
                best = (rank, index)
                if rank == 0 { break }
            }
            return best?.index
        }
        var best: (rank: Int, index: Int)?
        var offset = 0
        while offset < limit {
            let rows = try page(query, offset: offset, limit: pageSize)
            for (index, row) in rows.enumerated() {
                guard let rank = wanted[row.paper.id], rank < (best?.rank ?? .max) else { continue }
                best = (rank, offset + index)
                if rank == 0 { return offset + index }
            }
            guard rows.count == pageSize else { break }
            offset += pageSize
        }
        return best?.index
    }
}

extension PaperStore {
    /// The ids of a day's list or the inbox in list order, from the entries kept in memory, and of a
    /// sorted list; nil for other lists.
    func listOrder(_ query: ListQuery) throws(StoreError) -> [String]? {
        if SortedListIndex.applies(to: query) { return try read { db in try sortedIndex.order(query, in: db) } }
        if DayIndex.applies(to: query) { return try read { db in try dayIndex.order(query, in: db) } }
        if case .inbox = query.scope { return try read { db in try inboxIndex.order(query, in: db) } }
        return nil
    }
}
