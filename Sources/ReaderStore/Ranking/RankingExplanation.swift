import Foundation

/// One feature's part in a score: a term or pair of terms, an author or a category.
public struct RankingReason: Sendable, Hashable, CustomStringConvertible {
    public enum Source: Sendable, Hashable {
        case term, author, category
        /// The paper's vector from the embeddings server, against the ones of the papers you marked.
        case embedding
    }

    public var source: Source
    /// As the paper writes it: "surface code", "Daniel Gottesman", "quant-ph".
    public var text: String
    /// What it adds to the score (negative: what it takes away).
    public var contribution: Double

    public var description: String { text }
}

/// Why a paper scores as it does: the features that push it up and those that pull it down, the
/// strongest first.
public struct RankingExplanation: Sendable, Hashable {
    public var score: Double
    public var raising: [RankingReason]
    public var lowering: [RankingReason]

    /// One line for the abstract pane: "surface code, logical qubits · Daniel Gottesman · quant-ph;
    /// against: survey".
    public var summary: String { summary(leavingOut: nil) }

    /// The same without `category` (or its archive's categories, for an archive such as `cs`): in a
    /// list of that category alone every paper has it.
    public func summary(leavingOut category: String?) -> String {
        func isLeftOut(_ reason: RankingReason) -> Bool {
            guard let category, reason.source == .category else { return false }
            return reason.text == category || reason.text.hasPrefix(category + ".")
        }
        let raising = raising.filter { !isLeftOut($0) }
        var line = Self.grouped(raising)
        if let against = lowering.first(where: { !isLeftOut($0) }), against.contribution < -0.5 * (raising.first?.contribution ?? 0) {
            line += (line.isEmpty ? "" : "; ") + "against: " + against.text
        }
        return line
    }

    private static func grouped(_ reasons: [RankingReason]) -> String {
        let sources: [RankingReason.Source] = [.term, .author, .category, .embedding]
        return sources.map { source in reasons.filter { $0.source == source }.map(\.text).joined(separator: ", ") }
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

extension RankingModel {
    /// The `limit` features that raise the paper's score most, and those that lower it most.
    public func explanation(of paper: RankingPaper, limit: Int = 4) -> RankingExplanation {
        let names = featureNames(of: paper)
        let vector = featurizer.vector(featurizer.counts(of: paper), lookup: lookup)
        var reasons: [RankingReason] = []
        var score = bias
        for (column, value) in zip(vector.columns, vector.values) {
            let contribution = Double(value) * Double(weights[Int(column)])
            score += contribution
            guard contribution != 0, let (source, text) = names[hashes[Int(column)]] else { continue }
            reasons.append(RankingReason(source: source, text: text, contribution: contribution))
        }
        if let (kept, passedOver) = embedding?.parts(paper.embedding), kept + passedOver != 0 {
            let meaning = kept + passedOver
            score += meaning
            let text = meaning > 0 ? "close in meaning to papers you kept"
                : abs(passedOver) > abs(kept) ? "close in meaning to papers you passed over" : "unlike the papers you kept"
            reasons.append(RankingReason(source: .embedding, text: text, contribution: meaning))
        }
        let raising = Self.distinct(reasons.filter { $0.contribution > 0 }.sorted { $0.contribution > $1.contribution }, limit: limit)
        let lowering = Self.distinct(reasons.filter { $0.contribution < 0 }.sorted { $0.contribution < $1.contribution }, limit: limit)
        return RankingExplanation(score: score, raising: raising, lowering: lowering)
    }

    /// The strongest reasons, a word left out when a pair already holds it, a pair taking the place
    /// of a word it holds.
    private static func distinct(_ sorted: [RankingReason], limit: Int) -> [RankingReason] {
        var chosen: [RankingReason] = []
        for reason in sorted where chosen.count < limit {
            guard !chosen.contains(where: { $0.text == reason.text }) else { continue }
            guard reason.source == .term else {
                chosen.append(reason)
                continue
            }
            let words = reason.text.split(separator: " ")
            if words.count == 1, chosen.contains(where: { $0.source == .term && $0.text.split(separator: " ").contains(words[0]) }) {
                continue
            }
            if words.count > 1 {
                chosen.removeAll { $0.source == .term && $0.text.split(separator: " ").count == 1 && words.contains(Substring($0.text)) }
            }
            chosen.append(reason)
        }
        return chosen
    }

    /// Each feature hash of the paper with the words that made it, as first written.
    private func featureNames(of paper: RankingPaper) -> [UInt64: (RankingReason.Source, String)] {
        var names: [UInt64: (RankingReason.Source, String)] = [:]
        let tokenizer = featurizer.tokenizer
        for text in [paper.title, paper.abstract] {
            var previous = ""
            tokenizer.forEachTerm(in: text, limit: settings.maximumAbstractTerms) { term, pair, surface in
                let word = String(decoding: surface, as: UTF8.self)
                if names[term] == nil { names[term] = (.term, word) }
                if pair != 0, names[pair] == nil { names[pair] = (.term, previous + " " + word) }
                previous = word
            }
        }
        for author in paper.authors.prefix(settings.maximumAuthors) {
            if let hash = AuthorName.hash(author), names[hash] == nil { names[hash] = (.author, author) }
        }
        for category in paper.categories {
            let hashes = PaperFeaturizer.categoryHashes(category)
            // The archive as a reader would name it: "cs.*", not "cs".
            let archive = category.split(separator: ".").first.map { "\($0).*" } ?? category
            for (hash, name) in zip(hashes, [category, archive]) where names[hash] == nil { names[hash] = (.category, name) }
        }
        return names
    }
}
