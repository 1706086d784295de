import Foundation
import ReaderStore

/// One announcement day's counts, as `status` reports them.
struct DayStatus {
    let day: String
    let counts: ListCounts
    /// Starred or read papers announced again that day with a newer version than the one seen: they
    /// wait in the inbox as `v1→v2`.
    var changed = 0
}

/// `status`'s output: an aligned table with a header and a total line, or a JSON array.
enum StatusTable {
    static func lines(_ days: [DayStatus], categories: CategoryExpression?) -> [String] {
        let place = categories.map { CLIText.plain($0.description) } ?? "all"
        let header = ["day", "categories", "papers", "seen", "starred", "read", "unread", "changed"]
        func numbers(_ counts: ListCounts, changed: Int) -> [String] {
            [counts.total, counts.seen, counts.starred, counts.read, counts.unread, changed].map(String.init)
        }
        var total = ListCounts(total: 0, starred: 0, unread: 0)
        for day in days {
            total.total += day.counts.total
            total.seen += day.counts.seen
            total.starred += day.counts.starred
            total.unread += day.counts.unread
        }
        let changed = days.map(\.changed).reduce(0, +)
        let rows = [header] + days.map { [$0.day, place] + numbers($0.counts, changed: $0.changed) }
            + [["total", ""] + numbers(total, changed: changed)]
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                // Text columns line up on the left, numbers on the right.
                column < 2 ? row[column].rightPadded(to: widths[column]) : row[column].leftPadded(to: widths[column])
            }.joined(separator: "  ")
        }
    }

    static func json(_ days: [DayStatus], categories: CategoryExpression?) throws -> String {
        let objects = days.map { DayJSON(day: $0.day, categories: categories?.description, papers: $0.counts.total,
                                         seen: $0.counts.seen, starred: $0.counts.starred, read: $0.counts.read,
                                         changed: $0.changed) }
        return String(decoding: try PaperJSON.encoder().encode(objects), as: UTF8.self)
    }

    private struct DayJSON: Encodable {
        let day: String
        /// The category expression counted, or null for every category.
        let categories: String?
        let papers, seen, starred, read, changed: Int

        enum CodingKeys: String, CodingKey { case day, categories, papers, seen, starred, read, changed }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(day, forKey: .day)
            try container.encode(categories, forKey: .categories)
            try container.encode(papers, forKey: .papers)
            try container.encode(seen, forKey: .seen)
            try container.encode(starred, forKey: .starred)
            try container.encode(read, forKey: .read)
            try container.encode(changed, forKey: .changed)
        }
    }
}

private extension ListCounts {
    var read: Int { total - unread }
}
