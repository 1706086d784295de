import Foundation
import GRDB

/// Papers alike to one paper: its most distinctive words (TF-IDF over title and abstract, with
/// document frequencies from the whole cache's full-text index), searched with BM25. Papers marked
/// not interested are left out.
public struct RelatedPapers: Sendable, Equatable {
    /// The words searched for, most distinctive first.
    public var terms: [String]
    public var hits: [SearchHit]
}

extension PaperStore {
    public func related(to id: String, termCount: Int = 8, limit: Int = 20) throws(StoreError) -> RelatedPapers? {
        guard let paper = try paper(id: id)?.paper else { return nil }
        var frequencies: [String: Int] = [:]
        for word in RelatedTerms.words(in: paper.title) { frequencies[word, default: 0] += 3 }
        for word in RelatedTerms.words(in: paper.abstract) { frequencies[word, default: 0] += 1 }
        let candidates = frequencies.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(24)
        return try read { db in
            let total = Double(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paper") ?? 1)
            let documents = try db.cachedStatement(sql: "SELECT COUNT(*) FROM paper_fts WHERE paper_fts MATCH ?")
            var scored: [(String, Double)] = []
            for (word, count) in candidates {
                let frequency = Double(try Int.fetchOne(documents, arguments: ["\"\(word)\""]) ?? 0)
                // A word no other paper has finds nothing; one most papers have tells nothing.
                guard frequency > 1, frequency < total * 0.5 else { continue }
                scored.append((word, Double(count) * log(total / frequency)))
            }
            let terms = scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(termCount).map(\.0)
            guard !terms.isEmpty else { return RelatedPapers(terms: [], hits: []) }
            let match = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
            let weights = Self.bm25Weights
            let rows = try ListedColumns.fetchAll(db, sql: """
                SELECT p.*, (SELECT MAX(announce_date) FROM listing WHERE paper_id = p.id) AS announce_date,
                       NULL AS type_rank, m.starred_at, m.read_at, m.seen_at, m.seen_version, m.dismissed_at,
                       -bm25(paper_fts, \(weights.title), \(weights.authors), \(weights.abstract)) AS score
                FROM paper_fts JOIN paper AS p ON p.rowid = paper_fts.rowid LEFT JOIN mark AS m ON m.paper_id = p.id
                WHERE paper_fts MATCH ? AND p.id != ? AND m.dismissed_at IS NULL
                ORDER BY score DESC, p.id DESC LIMIT ?
                """, arguments: [match, id, limit])
            return RelatedPapers(terms: terms, hits: rows.map { SearchHit(listed: $0.0, score: $0.1) })
        }
    }
}

/// The words of a title or abstract worth weighing: lowercase, three letters or more, without TeX,
/// stop words, or the words every abstract uses.
enum RelatedTerms {
    static func words(in text: String) -> [String] {
        var cleaned = text.replacingOccurrences(of: #"\$[^$]*\$"#, with: " ", options: .regularExpression)
        cleaned = cleaned.replacingOccurrences(of: #"\\[a-zA-Z]+"#, with: " ", options: .regularExpression)
        return cleaned.lowercased().split { !$0.isLetter }.map(String.init).filter { word in
            word.count >= 3 && !stopWords.contains(word)
        }.map(singular)
    }

    /// `models` and `model` count as one word (the index stems them alike anyway).
    private static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 3 {
            return String(word.dropLast())
        }
        return word
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "these", "those", "from", "are", "was", "were", "been", "being",
        "have", "has", "had", "which", "who", "whom", "what", "when", "where", "why", "how", "all", "any", "both",
        "each", "few", "more", "most", "other", "some", "such", "than", "too", "very", "can", "will", "just", "not",
        "only", "own", "same", "into", "over", "under", "again", "further", "then", "once", "here", "there", "about",
        "against", "between", "through", "during", "before", "after", "above", "below", "out", "off", "our", "ours",
        "their", "theirs", "its", "they", "them", "we", "you", "your", "his", "her", "she", "him", "also", "however",
        "thus", "therefore", "while", "whether", "within", "without", "across", "among", "upon", "via", "may", "might",
        "must", "should", "could", "would", "one", "two", "three", "first", "second", "new", "novel", "paper",
        "propose", "proposed", "present", "show", "shows", "shown", "demonstrate", "results", "result", "method",
        "methods", "approach", "approaches", "work", "study", "based", "using", "use", "used", "well", "existing",
        "state", "art", "performance", "achieve", "achieves", "significant", "significantly", "effective", "able",
        "recent", "recently", "many", "often", "several", "various", "different", "provide", "provides", "introduce",
        "including", "however", "particular", "specifically", "furthermore", "moreover", "even", "still", "large",
        "high", "low", "finally", "make", "makes", "made", "allow", "allows", "due", "key", "main", "important",
    ]
}
