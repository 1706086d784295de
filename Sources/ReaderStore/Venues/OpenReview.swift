import Foundation

/// One page of OpenReview's `GET /notes` (API v2, every field wrapped in `{"value": ...}`; API v1's
/// plain values are read too).
public enum OpenReviewNotes {
    public struct Page: Sendable {
        public var papers: [VenuePaper]
        /// Notes on the page, accepted or not (paging goes by this).
        public var noteCount: Int
        /// The ids of the notes on the page, accepted or not, to tell a page already seen.
        public var noteIDs: [String] = []
        public var total: Int?
        /// Rejected, withdrawn or still under review: left out.
        public var leftOut: Int
        /// Notes whose id has characters no paper id can have: left out.
        public var invalidIDs = 0
    }

    public static func parse(_ data: Data, edition: VenueEdition, site: String = "https://openreview.net") throws(FeedError) -> Page {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            let start = String(decoding: data.prefix(200), as: UTF8.self).lowercased()
            if start.contains("<html") || start.contains("<!doctype") {
                throw .notAFeed(source: "OpenReview", found: "an HTML page")
            }
            throw .malformedJSON(source: "the response from OpenReview", detail: "it is not a JSON object",
                                 remedy: "try again later")
        }
        if let message = root["message"] as? String, root["notes"] == nil {
            throw .badInput("OpenReview refused the request: \(message)")
        }
        guard let notes = root["notes"] as? [[String: Any]] else {
            throw .malformedJSON(source: "the response from OpenReview", detail: "it has no `notes` list",
                                 remedy: "try again later")
        }
        var papers: [VenuePaper] = []
        var leftOut = 0
        var invalidIDs = 0
        for note in notes {
            guard let paper = paper(note, edition: edition, site: site) else {
                leftOut += 1
                continue
            }
            guard PaperIDValidation.isStorable(paper.sourceID) else {
                invalidIDs += 1
                continue
            }
            papers.append(paper)
        }
        let noteIDs = notes.compactMap { $0["forum"] as? String ?? $0["id"] as? String }
        return Page(papers: papers, noteCount: notes.count, noteIDs: noteIDs, total: root["count"] as? Int,
                    leftOut: leftOut, invalidIDs: invalidIDs)
    }

    static func paper(_ note: [String: Any], edition: VenueEdition, site: String) -> VenuePaper? {
        let content = note["content"] as? [String: Any] ?? [:]
        func value(_ key: String) -> Any? {
            let field = content[key]
            if let wrapped = field as? [String: Any], wrapped.keys.contains("value") { return wrapped["value"] }
            return field
        }
        guard let id = note["forum"] as? String ?? note["id"] as? String,
              id.utf8.count <= FieldLimits.sourceIDCharacters,
              let rawTitle = value("title") as? String, let venue = value("venue") as? String,
              let group = group(fromVenue: venue, edition: edition) else { return nil }
        let title = TextCleaning.title(rawTitle)
        guard !title.isEmpty else { return nil }
        let pdf = (value("pdf") as? String).map { $0.hasPrefix("/") ? site + $0 : $0 }
        return VenuePaper(
            sourceID: "\(id)@OpenReview", edition: edition, group: group, title: title,
            authors: VenueListing.list(value("authors"), limit: FieldLimits.authors),
            abstract: TextCleaning.abstract(value("abstract") as? String ?? ""),
            keywords: VenueListing.list(value("keywords"), limit: FieldLimits.keywords), pdfURL: pdf ?? "\(site)/pdf?id=\(id)",
            pageURL: "\(site)/forum?id=\(id)", arxivID: nil)
    }

    /// "ICLR 2025 Oral" → "Oral"; "ICLR 2024 oral" → "oral" (the source's spelling kept); submissions
    /// that were not accepted ("Submitted to ICLR 2024", "... Withdrawn Submission", "... Rejected") → nil.
    public static func group(fromVenue venue: String, edition: VenueEdition) -> String? {
        let lowered = venue.lowercased()
        if lowered.hasPrefix("submitted to") || lowered.contains("withdrawn") || lowered.contains("reject")
            || lowered.contains("desk") { return nil }
        var words = venue.split(separator: " ").map(String.init)
        if let first = words.first, first.lowercased() == edition.venue.lowercased() { words.removeFirst() }
        if let first = words.first, first == String(edition.year) { words.removeFirst() }
        if words.first?.lowercased() == "conference" { words.removeFirst() }
        let group = words.joined(separator: " ")
        return group.isEmpty ? "Accepted" : group
    }
}

/// Pages through OpenReview's accepted papers of an edition, politely, and stores them.
public struct VenueSync: Sendable {
    public let store: PaperStore
    public let baseURL: String
    public let http: PoliteHTTPClient
    public var pageSize = 1000
    /// The most pages one edition is paged through (ICLR's largest edition is about 12 pages).
    public var maxPages = 1000
    public var progress: @Sendable (SyncProgress) -> Void

    public init(store: PaperStore, baseURL: String, policy: HTTPPolicy, progress: @escaping @Sendable (SyncProgress) -> Void = { _ in }) {
        self.store = store
        self.baseURL = baseURL.withoutTrailingSlashes
        self.progress = progress
        http = PoliteHTTPClient(service: "OpenReview", policy: policy) { event in
            if case .waiting(let seconds, let reason) = event { progress(.waiting(seconds: seconds, reason: reason)) }
        }
    }

    /// Every page to the end; each page is written as it arrives. A server that sends no note it has
    /// not sent before, or pages past `maxPages`, is left there (and nothing is pruned).
    public func sync(_ edition: VenueEdition) async throws -> VenueWriteSummary {
        var summary = VenueWriteSummary()
        var offset = 0
        var position = 0
        var seen: [String] = []
        var seenNotes = Set<String>()
        var pages = 0
        while true {
            let venueID = QueryValue.encoded(edition.openReviewVenueID).replacingOccurrences(of: "/", with: "%2F")
            let url = "\(baseURL)/notes?content.venueid=\(venueID)&offset=\(offset)&limit=\(pageSize)&count=true"
            progress(.step(done: offset, total: nil, label: "\(edition): notes from \(offset)"))
            let response = try await http.get(url)
            try response.requireOK(service: "OpenReview")
            let page = try OpenReviewNotes.parse(response.body, edition: edition)
            let freshNotes = page.noteIDs.filter { seenNotes.insert($0).inserted }.count
            if page.noteCount > 0, freshNotes == 0 {
                throw FeedError.endlessPaging(
                    source: "OpenReview", detail: "sent only notes it had sent before at offset \(offset) of \(edition)")
            }
            pages += 1
            if pages > maxPages {
                throw FeedError.endlessPaging(source: "OpenReview", detail: "kept sending pages of \(edition) past \(maxPages)")
            }
            summary.add(try store.saveVenuePapers(page.papers, startingAt: position))
            seen += page.papers.map(\.sourceID)
            summary.leftOut += page.leftOut
            summary.invalidIDs += page.invalidIDs
            position += page.papers.count
            offset += page.noteCount
            if page.noteCount < pageSize || page.noteCount == 0 { break }
            if let total = page.total, offset >= total { break }
        }
        // Only a sync that reached the end may drop papers the source no longer lists.
        summary.removed = try store.pruneEdition(edition, keeping: Set(seen))
        return summary
    }
}

extension VenueEdition {
    /// OpenReview's id for the accepted papers: `ICLR.cc/2025/Conference`, COLM's under colmweb.org.
    public var openReviewVenueID: String {
        switch venue.uppercased() {
        case "COLM": "colmweb.org/COLM/\(year)/Conference"
        case "NEURIPS": "NeurIPS.cc/\(year)/Conference"
        default: "\(venue).cc/\(year)/Conference"
        }
    }
}
