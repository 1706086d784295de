import Foundation
import ReaderStore

/// Builds a synthetic cache through the store code the app uses: papers, daily listings per category,
/// some stars, read marks and FAQs.
struct CacheGenerator {
    let corpus: SyntheticCorpus
    let papersPerDay = 1_500

    /// Weekdays back from `last`, oldest first, enough for `papers`.
    func days(for papers: Int, endingOn last: Date) -> [Date] {
        var days: [Date] = []
        var day = last
        let calendar = Calendar(identifier: .gregorian)
        while days.count * papersPerDay < papers {
            let weekday = calendar.component(.weekday, from: day)
            if weekday != 1 && weekday != 7 { days.append(day) }
            day = day.addingTimeInterval(-86_400)
        }
        return days.reversed()
    }

    func generate(papers total: Int, into store: PaperStore, seed: UInt64, progress: (Int) -> Void) throws {
        var random = SeededRandom(seed: seed)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyMM"
        let last = Date(timeIntervalSince1970: 1_795_000_000)
        var numberInMonth: [String: Int] = [:]
        var written = 0
        for day in days(for: total, endingOn: last) {
            let count = min(papersPerDay, total - written)
            guard count > 0 else { break }
            let yymm = formatter.string(from: day)
            var papers: [Paper] = []
            papers.reserveCapacity(count)
            for _ in 0..<count {
                let number = numberInMonth[yymm, default: 0] + 1
                numberInMonth[yymm] = number
                papers.append(corpus.paper(id: "\(yymm).\(String(format: "%05d", number))", announced: day, &random))
            }
            _ = try store.savePapers(papers)
            try store.saveListings(listings(for: papers, day: ArxivDates.dayString(day)))
            try addMarks(papers, store: store, random: &random)
            written += count
            progress(written)
        }
    }

    /// Each paper listed under each of its categories: new in its primary one, a cross-list elsewhere.
    private func listings(for papers: [Paper], day: String) -> [Listing] {
        var position: [String: Int] = [:]
        var rows: [Listing] = []
        for paper in papers {
            for category in paper.categories {
                let next = position[category, default: 0]
                position[category] = next + 1
                rows.append(Listing(announceDate: day, category: category, paperID: paper.id,
                                    announceType: category == paper.primaryCategory ? .new : .cross, position: next))
            }
        }
        return rows
    }

    private func addMarks(_ papers: [Paper], store: PaperStore, random: inout SeededRandom) throws {
        let starred = papers.filter { _ in Int.random(in: 0..<100, using: &random) == 0 }.map(\.id)
        let read = papers.filter { _ in Int.random(in: 0..<10, using: &random) == 0 }.map(\.id)
        if !starred.isEmpty { try store.apply(.star, to: starred) }
        if !read.isEmpty { try store.apply(.read, to: read) }
        for paper in papers where Int.random(in: 0..<1000, using: &random) == 0 {
            let text = FAQPrompt.questions(.en).map { "## \($0)\n\n" + corpus.sentence(&random, words: 80) }.joined(separator: "\n\n")
            try store.save(FAQAnswer(paperID: paper.id, version: paper.version, lang: .en, model: "bench-model",
                                     promptVersion: FAQPrompt.version, status: .complete, source: .pdf, text: text))
        }
    }
}
