import Foundation
import ReaderStore

/// Papers that look like arXiv's: words drawn with a Zipf law from the real abstracts of the bundled
/// sample, ~12-word titles, ~5 authors, ~1,000-character abstracts, 1-3 categories weighted like arXiv.
struct SyntheticCorpus {
    let words: [String]
    private let cumulative: [Double]
    private let names: [String]
    static let categories: [(String, Double)] = [
        ("cs.LG", 14), ("cs.CV", 10), ("cs.AI", 9), ("cs.CL", 8), ("math.OC", 3), ("stat.ML", 4), ("quant-ph", 5),
        ("cs.RO", 3), ("eess.SP", 2), ("math.PR", 2), ("hep-th", 2), ("astro-ph.GA", 2), ("cond-mat.mes-hall", 2),
        ("cs.CR", 2), ("cs.SE", 2), ("physics.optics", 1), ("math.AP", 2), ("econ.EM", 1), ("q-bio.NC", 1), ("cs.DS", 1),
    ]
    private let categoryCumulative: [Double]

    /// The vocabulary and names of the bundled sample, read through the app's own parser.
    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-bench-vocab-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try PaperStore(path: folder.appendingPathComponent("sample.sqlite").path)
        _ = try BundledSample.load(into: store)
        var counts: [String: Int] = [:]
        var names = Set<String>()
        for day in try store.days(limit: 10) {
            for listed in try store.page(ListQuery(scope: .day(day.day), includeReplacements: true), offset: 0, limit: 1000) {
                for word in (listed.paper.title + " " + listed.paper.abstract).split(whereSeparator: { !$0.isLetter && $0 != "-" })
                where word.count > 1 {
                    counts[word.lowercased(), default: 0] += 1
                }
                for author in listed.paper.authors where author.count < 40 { names.insert(author) }
            }
        }
        words = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / pow(Double(rank + 1), 1.07)
            return total
        }
        self.names = names.sorted()
        var categoryTotal = 0.0
        categoryCumulative = Self.categories.map { categoryTotal += $0.1; return categoryTotal }
    }

    func word(_ random: inout SeededRandom) -> String {
        let target = Double.random(in: 0..<cumulative[cumulative.count - 1], using: &random)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    func sentence(_ random: inout SeededRandom, words count: Int) -> String {
        (0..<count).map { _ in word(&random) }.joined(separator: " ")
    }

    func category(_ random: inout SeededRandom) -> String {
        let target = Double.random(in: 0..<categoryCumulative[categoryCumulative.count - 1], using: &random)
        let index = categoryCumulative.firstIndex { $0 > target } ?? 0
        return Self.categories[index].0
    }

    /// The paper numbered `number` in month `yymm`, announced on `day`.
    func paper(id: String, announced day: Date, _ random: inout SeededRandom) -> Paper {
        var title = sentence(&random, words: Int.random(in: 8...16, using: &random))
        title = title.prefix(1).uppercased() + title.dropFirst()
        var abstract = ""
        while abstract.count < Int.random(in: 800...1200, using: &random) {
            var sentence = self.sentence(&random, words: Int.random(in: 12...26, using: &random))
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst() + ". "
            abstract += sentence
        }
        var categories = [category(&random)]
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let extra = category(&random)
            if !categories.contains(extra) { categories.append(extra) }
        }
        let authors = (0..<Int.random(in: 2...8, using: &random)).map { _ in names.randomElement(using: &random) ?? "A. Author" }
        let published = day.addingTimeInterval(-Double.random(in: 20_000...200_000, using: &random))
        return Paper(id: id, version: Int.random(in: 0..<10, using: &random) == 0 ? 2 : 1, title: title, authors: authors,
                     abstract: abstract.trimmingCharacters(in: .whitespaces), primaryCategory: categories[0],
                     categories: categories, comments: Int.random(in: 0..<3, using: &random) == 0 ? "12 pages, 4 figures" : nil,
                     published: published, updated: published)
    }
}
