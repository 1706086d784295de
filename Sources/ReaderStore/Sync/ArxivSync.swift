import Foundation

/// Fetches from arXiv's services and writes into the cache. One polite client serves every arXiv
/// host, so requests to the RSS, API and OAI-PMH servers are paced together. Each page is written in
/// its own transaction: a failure or a kill keeps what was stored before it.
public struct ArxivSync: Sendable {
    public let store: PaperStore
    public let endpoints: ArxivEndpoints
    private let client: PoliteHTTPClient
    private let progress: @Sendable (SyncProgress) -> Void
    /// Ids per API lookup request; arXiv clients report fewer 429s with small batches.
    public var lookupBatchSize = 50
    /// Results per API backfill page; deep offsets and large pages are where arXiv returns empty pages.
    public var backfillPageSize = 200
    /// How many times an unexpectedly empty API page is asked for again.
    public var emptyPageRetries = 3
    /// The most OAI-PMH pages one harvest follows: all of arXiv is about 2,700 pages.
    public var maxHarvestPages = 20_000
    /// OAI-PMH pages without a single record, in a row, before a harvest stops.
    public var maxEmptyHarvestPages = 3

    public init(store: PaperStore, endpoints: ArxivEndpoints, policy: HTTPPolicy,
                progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) {
        self.store = store
        self.endpoints = endpoints
        self.progress = progress
        self.client = PoliteHTTPClient(service: "arXiv", policy: policy) { event in
            if case .waiting(let seconds, let reason) = event { progress(.waiting(seconds: seconds, reason: reason)) }
        }
    }

    // MARK: Daily announcements

    /// Fetches today's announcement feed for these categories (one request for all of them) and
    /// stores it. An empty (weekend or holiday) feed changes nothing.
    public func syncDaily(categories: [String], atom: Bool = false) async throws -> WriteSummary {
        let path = categories.map(QueryValue.encoded).joined(separator: "+")
        let url = "\(endpoints.rss)/\(atom ? "atom" : "rss")/\(path)"
        progress(.step(done: 0, total: 1, label: "daily list \(categories.joined(separator: "+"))"))
        let response = try await client.get(url)
        let feed = try response.parsedOK(service: "arXiv") { try ArxivRSSParser.parse($0, source: "arXiv's RSS feed") }
        let summary = try store.saveDailyFeed(feed, categories: categories)
        progress(.step(done: 1, total: 1, label: "daily list \(feed.announceDate ?? "(no announcement)")"))
        return summary
    }

    // MARK: arXiv API

    /// Looks papers up by id in batches and stores them (papers only, no listing); ids arXiv does not
    /// know are left out, for the caller to name.
    public func lookup(ids: [ArxivID]) async throws -> WriteSummary {
        var summary = WriteSummary()
        let batches = stride(from: 0, to: ids.count, by: lookupBatchSize).map {
            Array(ids[$0..<min($0 + lookupBatchSize, ids.count)])
        }
        for (index, batch) in batches.enumerated() {
            progress(.step(done: index, total: batches.count, label: "looking up \(batch.count) papers"))
            let list = batch.map { QueryValue.encoded($0.value) }.joined(separator: ",")
            let url = "\(endpoints.api)/api/query?id_list=\(list)&start=0&max_results=\(batch.count)"
            // An id arXiv does not know is a first page with no entries and a total of 0: an answer, not
            // one of the empty pages arXiv sends by mistake (those promise results they do not hold).
            let page = try await apiPage(url, expectAtLeastOne: false, offset: 0)
            summary.add(try store.savePapers(page.papers))
        }
        progress(.step(done: batches.count, total: batches.count, label: "lookup done"))
        return summary
    }

    /// Backfills the papers submitted in a date range for a category, one day window at a time so each
    /// result set stays small, paging with `start`/`max_results`, and lists them under their estimated
    /// announcement days.
    public func backfill(category: String, from: String, to: String) async throws -> WriteSummary {
        guard let start = ArxivDates.dayDate(from), let end = ArxivDates.dayDate(to), start <= end else {
            throw FeedError.badInput("the date range \(from) to \(to) is not valid (use YYYY-MM-DD, from before to)")
        }
        var summary = WriteSummary()
        let days = Int(end.timeIntervalSince(start) / 86_400) + 1
        for dayIndex in 0..<days {
            let day = ArxivDates.dayString(start.addingTimeInterval(TimeInterval(dayIndex) * 86_400))
            progress(.step(done: dayIndex, total: days, label: "\(category) submitted \(day)"))
            let compact = day.replacingOccurrences(of: "-", with: "")
            let query = "cat:\(category) AND submittedDate:[\(compact)0000 TO \(compact)2359]"
            var offset = 0
            while true {
                let url = "\(endpoints.api)/api/query?search_query=\(QueryValue.encoded(query))"
                    + "&sortBy=submittedDate&sortOrder=ascending&start=\(offset)&max_results=\(backfillPageSize)"
                let page = try await apiPage(url, expectAtLeastOne: offset > 0, offset: offset)
                summary.add(try store.saveBackfill(page.papers, category: category))
                offset += page.papers.count
                let total = page.totalResults ?? 0
                if page.papers.isEmpty || offset >= total { break }
            }
        }
        progress(.step(done: days, total: days, label: "\(category) backfilled"))
        return summary
    }

    /// Fetches and parses one API page, asking again when a page that should hold papers comes back
    /// empty (arXiv does this at deep offsets); never stores such a page as "no papers".
    private func apiPage(_ url: String, expectAtLeastOne: Bool, offset: Int) async throws -> APIPage {
        var attempt = 0
        while true {
            let response = try await client.get(url)
            let page = try response.parsedOK(service: "arXiv") { try ArxivAPIParser.parse($0) }
            let promised = (page.totalResults ?? 0) > offset
            if page.papers.isEmpty, expectAtLeastOne || promised {
                guard attempt < emptyPageRetries else {
                    throw FeedError.emptyPage(source: "the arXiv API", offset: offset)
                }
                attempt += 1
                progress(.waiting(seconds: 0, reason: "arXiv sent an empty page at offset \(offset); asking again"))
                continue
            }
            return page
        }
    }

    // MARK: OAI-PMH

    /// Harvests the records of a set changed since `from` (and until `until`), following resumption
    /// tokens to the end. The token is remembered after each stored page, so a run that was stopped
    /// resumes where it was; a token the server no longer accepts restarts from `from`. A server that
    /// sends a token again, pages without records, or pages past `maxHarvestPages` is left there.
    public func harvest(set: String, from: String?, until: String? = nil) async throws -> WriteSummary {
        let stateKey = "oai:\(set):\(from ?? ""):\(until ?? "")"
        var summary = WriteSummary()
        var token = try store.syncState(stateKey)
        var pages = 0
        var restarted = false
        var loop = HarvestLoopCheck(maxPages: maxHarvestPages, maxEmptyPages: maxEmptyHarvestPages)
        if let token { loop.seen(token) }
        while true {
            var url = "\(endpoints.oai)?verb=ListRecords"
            if let token {
                url += "&resumptionToken=\(QueryValue.encoded(token))"
            } else {
                url += "&metadataPrefix=arXiv&set=\(QueryValue.encoded(set))"
                if let from { url += "&from=\(from)" }
                if let until { url += "&until=\(until)" }
            }
            progress(.step(done: pages, total: nil, label: "OAI-PMH \(set), page \(pages + 1)"))
            let response = try await client.get(url)
            try response.requireOK(service: "arXiv")
            let page: OAIPage
            do {
                page = try OAIPMHParser.parse(response.body)
            } catch FeedError.oaiError(let code, _) where code == "badResumptionToken" && token != nil && !restarted {
                restarted = true
                token = nil
                try store.setSyncState(stateKey, nil)
                continue
            }
            try loop.check(page, after: pages)
            summary.add(try store.savePapers(page.papers))
            pages += 1
            token = page.resumptionToken
            try store.setSyncState(stateKey, token)
            if token == nil { break }
        }
        progress(.step(done: pages, total: pages, label: "OAI-PMH \(set) done"))
        return summary
    }
}
