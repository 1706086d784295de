import Foundation
import Testing
import TestSupport

@Suite("seen marks and the status table, through the binary")
struct SeenStatusTests {
    static func papers(_ cli: BinaryRunner, _ arguments: [String]) async throws -> [[String: Any]] {
        try #require(try await cli.json(arguments) as? [[String: Any]])
    }

    @Test("seen marks papers: list --unseen leaves them out and every --json says seen")
    func seenAndUnseen() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        let seen = try await cli.run(["seen", "2604.21935", "https://arxiv.org/abs/2604.21936"])
        #expect(seen.status == 0, "\(seen.stderr)")
        #expect(seen.stdout == "marked seen 2 papers\n")
        #expect(seen.stderr.isEmpty)
        let uncached = try await cli.run(["seen", "2605.00001"])
        #expect(uncached.stdout == "marked seen 1 paper\n")
        #expect(uncached.stderr.contains("note: not in the cache yet"))
        #expect(uncached.stderr.contains("2605.00001"))

        let all = try await Self.papers(cli, ["list", "--json"])
        #expect(all.count == 9)
        for paper in all {
            let isMarked = ["2604.21935", "2604.21936"].contains(paper["id"] as? String)
            #expect(paper["seen"] as? Bool == isMarked, "\(paper["id"] ?? "?")")
            if isMarked {
                let time = try #require(paper["seen_at"] as? String)
                #expect(abs(try Date.ISO8601FormatStyle().parse(time).timeIntervalSinceNow) < 600)
            } else {
                #expect(paper["seen_at"] == nil)
            }
        }
        let unseen = try await Self.papers(cli, ["list", "--unseen", "--json"])
        #expect(unseen.count == 7)
        #expect(!unseen.contains { ["2604.21935", "2604.21936"].contains($0["id"] as? String) })
        #expect(unseen.allSatisfy { $0["seen"] as? Bool == false })
        #expect(try await cli.run(["list", "--unseen"]).stdout.hasPrefix("2026-04-27 · Total 7 ·"))

        // Marking read marks seen; show, search and export say so too.
        _ = try await cli.run(["read", "2604.22002"])
        #expect(try await Self.papers(cli, ["list", "--unseen", "--json"]).count == 6)
        let shown = try #require(try await cli.json(["show", "2604.22002", "--json"]) as? [String: Any])
        #expect(shown["seen"] as? Bool == true)
        #expect(shown["seen_at"] is String)
        #expect(try await Self.papers(cli, ["search", "--json", "Math Takes Two"]).first?["seen"] as? Bool == true)
        #expect(try await Self.papers(cli, ["search", "--json", "Math Takes Two is:unseen"]).isEmpty)
        _ = try await cli.run(["star", "2604.21935", "2604.21952"])
        let exported = try await Self.papers(cli, ["export", "--format", "json"])
        #expect(Dictionary(uniqueKeysWithValues: exported.map { ($0["id"] as? String ?? "", $0["seen"] as? Bool) })
            == ["2604.21935": true, "2604.21952": false])
    }

    @Test("status counts each day as marked, in an aligned table and in JSON that agree")
    func status() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["seen", "2604.21935", "2604.21936", "2604.22002"])
        _ = try await cli.run(["star", "2604.21952"])
        _ = try await cli.run(["read", "2504.17837"])

        let table = try await cli.run(["status"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.first?.split(separator: " ") == ["day", "categories", "papers", "seen", "starred", "read", "unread", "changed"])
        #expect(lines.dropFirst().map { $0.split(separator: " ").map(String.init) } == [
            ["2026-04-27", "all", "9", "3", "1", "0", "9", "0"],
            ["2025-04-28", "all", "50", "1", "0", "1", "49", "0"],
            ["total", "59", "4", "1", "1", "58", "0"],
        ])
        // Numbers end under the end of their header: every line is as long as the header.
        #expect(Set(lines.map(\.count)).count == 1, "\(lines)")

        let json = try #require(try await cli.json(["status", "--json"]) as? [String: Any])
        #expect(Set(json.keys) == ["days", "totals"])
        let days = try #require(json["days"] as? [[String: Any]])
        #expect(days.count == 2)
        for (object, line) in zip(days, lines.dropFirst()) {
            #expect(Set(object.keys) == ["day", "categories", "papers", "seen", "starred", "read", "unread", "changed"])
            let fields = line.split(separator: " ").map(String.init)
            #expect(object["day"] as? String == fields[0])
            #expect(object["categories"] is NSNull)
            #expect([object["papers"], object["seen"], object["starred"], object["read"], object["unread"], object["changed"]].map { $0 as? Int }
                == [2, 3, 4, 5, 6, 7].map { Int(fields[$0]) })
        }
        // The totals: the days added up, as the table's total line says.
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(Set(totals.keys) == ["papers", "seen", "starred", "read", "unread", "changed"])
        let totalLine = try #require(lines.last).split(separator: " ").map(String.init)
        #expect([totals["papers"], totals["seen"], totals["starred"], totals["read"], totals["changed"]].map { $0 as? Int }
            == [1, 2, 3, 4, 6].map { Int(totalLine[$0]) })
        #expect(totals["papers"] as? Int == 59 && totals["seen"] as? Int == 4 && totals["read"] as? Int == 1)
        for key in totals.keys {
            #expect(totals[key] as? Int == days.compactMap { $0[key] as? Int }.reduce(0, +), "\(key)")
        }

        let oneDay = try await cli.run(["status", "-c", "cs.CL", "--days", "1"])
        #expect(oneDay.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ").map(String.init) } == [
            ["2026-04-27", "cs.CL", "3", "1", "0", "0", "3", "0"],
            ["total", "3", "1", "0", "0", "3", "0"],
        ])
        let quantum = try #require(try await cli.json(["status", "--json", "-c", "quant-ph"]) as? [String: Any])
        let categories = try #require(quantum["days"] as? [[String: Any]])
        #expect(categories.map { $0["categories"] as? String } == ["quant-ph"])
        #expect(categories.first?["papers"] as? Int == 50)
        #expect((quantum["totals"] as? [String: Any])?["papers"] as? Int == 50)
        let none = try await cli.run(["status", "--days", "0"])
        #expect(none.status == 1)
        #expect(none.stderr == "papers-tui: --days must be 1 or more\n")
    }

    @Test("status of an empty cache says so in one sentence, with how to fill it, and exits 0")
    func emptyStatus() async throws {
        let cli = try BinaryRunner()
        let sentence = "the cache has no lists yet: run `papers-tui sync --category cs.AI` (or `papers-tui import --sample` to try it offline)"
        let empty = try await cli.run(["status"])
        #expect(empty.status == 0)
        #expect(empty.stdout == sentence + "\n")
        #expect(empty.stderr.isEmpty)
        let json = try await cli.run(["status", "--json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["days"] as? [Any])?.isEmpty == true)
        #expect(object["totals"] as? [String: Int] == ["papers": 0, "seen": 0, "starred": 0, "read": 0, "unread": 0, "changed": 0])
        #expect(json.stderr == sentence + "\n")
    }
}
