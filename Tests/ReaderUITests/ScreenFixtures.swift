import Foundation
import ReaderStore
import TestSupport
@testable import ReaderUI

/// Reader states built from the real recorded feeds, plus papers with CJK, emoji and hostile titles.
enum ScreenFixtures {
    static func papers() throws -> [ListedPaper] {
        let feed = try ArxivRSSParser.parse(try Fixtures.data("arxiv/arxiv_rss_cs.AI_2026-04-27_trimmed.xml"))
        var rows = feed.entries.map { entry in
            ListedPaper(paper: entry.paper, announceDate: "2026-04-27", announceType: entry.announceType)
        }
        rows[1].starredAt = Date(timeIntervalSince1970: 1_777_000_000)
        rows[1].readAt = Date(timeIntervalSince1970: 1_777_000_000)
        rows.append(ListedPaper(
            paper: Paper(id: "2604.30001", version: 2, title: "大型语言模型的数学推理 🧮 with 👩‍💻 agents and naïve baselines",
                         authors: ["王小明", "Zoë Müller"], abstract: "我们研究了 $\\mathcal{O}(n^2)$ 的方法。 Emoji 🇯🇵 and $\\alpha$-decay.",
                         primaryCategory: "cs.CL", categories: ["cs.CL", "cs.AI"]),
            announceDate: "2026-04-27", announceType: .cross))
        rows.append(ListedPaper(
            paper: Paper(id: "2604.30002", version: 1,
                         title: "Evil \u{1B}[2J\u{1B}[31mred\u{1B}]0;pwned\u{07} title \u{9B}6n with controls\u{08}\u{7F}",
                         authors: ["Mallory \u{1B}[1mBold\u{1B}[0m"], abstract: "Line one\u{1B}[A overwritten?",
                         primaryCategory: "cs.CR", categories: ["cs.CR", "cs.AI"]),
            announceDate: "2026-04-27", announceType: .cross))
        return rows
    }

    static func state(width: Int, height: Int) throws -> AppState {
        var rows = try papers()
        var state = AppState(width: width, height: height, day: "2026-04-27",
                             categories: CategoryExpression(parsing: "cs.AI"))
        // As after the first frame: the selected paper is seen, and its FAQ has been looked up (none cached).
        rows[0].seenAt = Date(timeIntervalSince1970: 1_777_000_000)
        state.counts = ListCounts(total: rows.count, starred: rows.filter(\.isStarred).count,
                                  unread: rows.filter { !$0.isRead }.count, seen: 1)
        // The day's sections, as the store counts them: runs of one announce type, in list order.
        for row in rows {
            guard let type = row.announceType else { continue }
            if state.counts.sections.last?.heading == .type(type) {
                state.counts.sections[state.counts.sections.count - 1].count += 1
            } else {
                state.counts.sections.append(ListSection(type: type, count: 1))
            }
        }
        state.window = ListWindow(offset: 0, rows: rows)
        state.faqs[FAQJob(paperID: rows[0].paper.id, lang: .en)] = FAQView(phase: .none)
        state.faqModel = "test-model"
        return state
    }
}
