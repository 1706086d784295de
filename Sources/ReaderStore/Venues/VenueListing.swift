import Foundation

/// Paper-list files as collected for conferences (a JSON array, or one JSON object per line): `title`,
/// `author` ("A; B" or a list), `abstract`, `status` (the group: Oral, Spotlight, Poster...), `track`,
/// `site`, `id`, `pdf`, `keywords`, and an arXiv id or URL where the file has one.
public enum VenueListing {
    /// Conference lists of 20,000 papers with abstracts are about 30 MB.
    public static let maxFileBytes = 256 << 20

    public struct Result: Sendable {
        public var papers: [VenuePaper]
        /// Entries without a title, or lines that are not JSON objects.
        public var skipped: Int
        public var firstSkipReason: String?
    }

    public static func parse(_ data: Data, edition: VenueEdition) throws(FeedError) -> Result {
        let objects: [Any]
        let trimmed = data.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        var skipped = 0
        var reason: String?
        if trimmed.first == UInt8(ascii: "[") {
            guard let array = try? JSONSerialization.jsonObject(with: Data(trimmed)) as? [Any] else {
                throw .malformedJSON(source: "the venue file", detail: "it starts like an array but does not parse",
                                     remedy: "check that it is a JSON array or JSON lines")
            }
            objects = array
        } else {
            var lines: [Any] = []
            for (number, line) in trimmed.split(separator: 0x0A).enumerated() {
                let text = line.drop { $0 == 0x20 || $0 == 0x0D }
                guard !text.isEmpty else { continue }
                if let object = try? JSONSerialization.jsonObject(with: Data(text)) {
                    lines.append(object)
                } else {
                    skipped += 1
                    if reason == nil { reason = "line \(number + 1) is not JSON" }
                }
            }
            guard !lines.isEmpty || skipped == 0 else {
                throw .malformedJSON(source: "the venue file", detail: "no line of it is a JSON value",
                                     remedy: "check that it is a JSON array or JSON lines")
            }
            objects = lines
        }
        var papers: [VenuePaper] = []
        var seen = Set<String>()
        for object in objects {
            guard let entry = object as? [String: Any], let paper = paper(entry, edition: edition) else {
                skipped += 1
                if reason == nil { reason = "an entry without a title" }
                continue
            }
            guard PaperIDValidation.isStorable(paper.sourceID) else {
                skipped += 1
                if reason == nil { reason = "an entry whose id has characters no paper id can have" }
                continue
            }
            guard seen.insert(paper.sourceID).inserted else { continue }
            papers.append(paper)
        }
        return Result(papers: papers, skipped: skipped, firstSkipReason: reason)
    }

    static func paper(_ entry: [String: Any], edition: VenueEdition) -> VenuePaper? {
        func text(_ key: String) -> String? {
            if let value = entry[key] as? String { return value.trimmingCharacters(in: .whitespacesAndNewlines) }
            if let value = entry[key] as? NSNumber { return value.stringValue }
            return nil
        }
        guard let title = text("title").map(TextCleaning.title), !title.isEmpty else { return nil }
        let authors = list(entry["author"] ?? entry["authors"], limit: FieldLimits.authors)
        let site = text("site") ?? text("url")
        let forum = site.flatMap(PaperReference.init(parsing:)).flatMap { reference -> String? in
            if case .openReview(let forum) = reference { return forum }
            return nil
        }
        let sourceID = forum.map { "\($0)@OpenReview" }
            ?? text("id").flatMap { $0.isEmpty || $0.utf8.count > FieldLimits.sourceIDCharacters ? nil : "\($0)@\(edition)" }
            ?? "\(TitleKey.normalize(title).hashValueStable)@\(edition)"
        var group = text("status").map(TextCleaning.line) ?? ""
        if group.isEmpty { group = "Accepted" }
        if let track = text("track").map(TextCleaning.line), !track.isEmpty, track.lowercased() != "main" {
            group += " (\(track))"
        }
        let arxiv = [text("arxiv"), text("arxiv_id"), text("arxiv_url"), site, text("pdf")].compactMap { $0 }
            .lazy.compactMap { candidate -> ArxivID? in
                guard candidate.contains("arxiv") || ArxivID(parsing: candidate) != nil else { return nil }
                if case .arxiv(let id)? = PaperReference(parsing: candidate) { return id }
                return nil
            }.first
        return VenuePaper(
            sourceID: sourceID, edition: edition, group: group, title: title, authors: authors,
            abstract: text("abstract").map(TextCleaning.abstract) ?? "", keywords: list(entry["keywords"], limit: FieldLimits.keywords),
            pdfURL: text("pdf").flatMap { $0.isEmpty ? nil : $0 }, pageURL: site, arxivID: arxiv)
    }

    /// "A; B", "A;B", or a JSON list: its first `limit` names, each on one line.
    static func list(_ value: Any?, limit: Int) -> [String] {
        if let array = value as? [Any] {
            return Array(array.lazy.compactMap { ($0 as? String).map(TextCleaning.line) }.filter { !$0.isEmpty }.prefix(limit))
        }
        guard let text = value as? String else { return [] }
        // Escape sequences go first: an OSC's own `;` must not split a name in two.
        let cleaned = TextCleaning.collapsingWhitespace(FieldLimits.bounded(text, FieldLimits.authorListCharacters))
        return Array(cleaned.split(separator: ";").lazy
            .map { TextCleaning.line(String($0)) }.filter { !$0.isEmpty }.prefix(limit))
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 36)
    }
}
