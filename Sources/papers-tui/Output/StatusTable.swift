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

/// The numbers `status` shows for a day, or added up over the days shown: the table's total line
/// and the JSON's `totals` are both this sum, so they cannot disagree.
struct StatusNumbers: Encodable, Equatable {
    var papers = 0, seen = 0, starred = 0, read = 0, unread = 0, changed = 0

    init(_ day: DayStatus) {
        papers = day.counts.total
        seen = day.counts.seen
        starred = day.counts.starred
        read = day.counts.total - day.counts.unread
        unread = day.counts.unread
        changed = day.changed
    }

    init(totalOf days: [DayStatus]) {
        for day in days.map(StatusNumbers.init) {
            papers += day.papers
            seen += day.seen
            starred += day.starred
            read += day.read
            unread += day.unread
            changed += day.changed
        }
    }

    /// In the table's column order.
    var columns: [String] { [papers, seen, starred, read, unread, changed].map(String.init) }

    enum CodingKeys: String, CodingKey { case papers, seen, starred, read, unread, changed }
}

/// `status`'s output: an aligned table with a header and a total line, or JSON (`days` and `totals`).
enum StatusTable {
    static func lines(_ days: [DayStatus], categories: CategoryExpression?) -> [String] {
        let place = categories.map { CLIText.plain($0.description) } ?? "all"
        let header = ["day", "categories", "papers", "seen", "starred", "read", "unread", "changed"]
        let rows = [header] + days.map { [$0.day, place] + StatusNumbers($0).columns }
            + [["total", ""] + StatusNumbers(totalOf: days).columns]
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.indices.map { column in
                // Text columns line up on the left, numbers on the right.
                column < 2 ? row[column].rightPadded(to: widths[column]) : row[column].leftPadded(to: widths[column])
            }.joined(separator: "  ")
        }
    }

    static func json(_ days: [DayStatus], categories: CategoryExpression?) throws -> String {
        let status = StatusJSON(days: days.map { DayJSON(day: $0.day, categories: categories?.description, numbers: StatusNumbers($0)) },
                                totals: StatusNumbers(totalOf: days))
        return String(decoding: try PaperJSON.encoder().encode(status), as: UTF8.self)
    }

    private struct StatusJSON: Encodable {
        let days: [DayJSON]
        let totals: StatusNumbers
    }

    private struct DayJSON: Encodable {
        let day: String
        /// The category expression counted, or null for every category.
        let categories: String?
        let numbers: StatusNumbers

        enum CodingKeys: String, CodingKey { case day, categories }

        func encode(to encoder: any Encoder) throws {
            try numbers.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(day, forKey: .day)
            try container.encode(categories, forKey: .categories)
        }
    }
}
