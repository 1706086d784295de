import Foundation
import Testing
import TestSupport

/// Strings from a venue file, OpenReview or a snapshot never drive the terminal from the command
/// line's output, and an id no paper can have is refused when stored, the rest kept.
@Suite("command-line output: venue and feed strings sanitized, ids checked when stored")
struct HostileOutputTests {
    static let osc52 = "\u{1B}]52;c;aGVsbG8=\u{07}"
    static let osc0 = "\u{1B}]0;owned\u{07}"

    /// The sample, and a venue file whose group, site and text carry OSC 52 / OSC 0, one entry
    /// linked to a sample paper (so the day's list shows its venue), one with a hostile id.
    static func hostileVenueCache() async throws -> BinaryRunner {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let entries: [[String: Any]] = [
            ["id": "11953", "title": "Clipboard \(osc52)writer", "author": "Eve \(osc0)Mallory",
             "status": "Oral\(osc52)", "site": "https://example.org/p\(osc52)x", "pdf": "https://example.org/a\(osc0).pdf",
             "abstract": "An abstract that writes the clipboard."],
            ["id": "1", "title": "Math Takes Two: A test for emergent mathematical reasoning in communication",
             "arxiv": "2604.21935", "status": "Spotlight\(osc0)"],
            ["id": "bad\(osc52)id", "title": "Refused for its id", "status": "Poster"],
        ]
        let lines = try entries.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
        let file = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("venue.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let imported = try await cli.run(["venues", "import", file.path, "--edition", "NeurIPS.2018"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("skipped 1 entry (first: an entry whose id has characters no paper id can have)"))
        HostileInputTests.expectPrintable(imported.stdout + imported.stderr, "venues import")
        return cli
    }

    @Test("venues list, list --venue, show (its Links line too), search, related and the piped reader print no escape sequence")
    func venueStringsSanitized() async throws {
        let cli = try await Self.hostileVenueCache()
        let commands: [[String]] = [
            ["venues", "list"], ["list", "--venue", "NeurIPS.2018"], ["show", "11953@NeurIPS.2018"],
            ["search", "clipboard"], ["related", "11953@NeurIPS.2018"], ["list", "--date", "2026-04-27"], [],
        ]
        for command in commands {
            let result = try await cli.run(command)
            #expect(result.status == 0, "papers-tui \(command.joined(separator: " ")): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
            HostileInputTests.expectPrintable(result.stdout + result.stderr, "papers-tui \(command.joined(separator: " "))")
        }
        let listed = try await cli.run(["list", "--venue", "NeurIPS.2018"])
        #expect(listed.stdout.contains("11953@NeurIPS.2018 {Oral} Clipboard writer — Eve Mallory"), "\(listed.stdout)")
        let shown = try await cli.run(["show", "11953@NeurIPS.2018"])
        #expect(shown.stdout.contains("Links: https://example.org/px  https://example.org/a.pdf"))
        let venues = try await cli.run(["venues", "list"])
        #expect(venues.stdout.contains("Oral 1"))
        #expect(venues.stdout.contains("Spotlight 1"))
        let day = try await cli.run([])
        #expect(day.stdout.contains("{NeurIPS.2018 Spotlight}"))
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE 'bad%';") == "0")
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM venue_paper WHERE edition = 'NeurIPS.2018';") == "2")
    }

    @Test("titles print with their LaTeX read as text in list, search, show and related, as the reader shows them")
    func latexTitles() async throws {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        let file = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("venue.jsonl")
        let entry = #"{"id": "7", "title": "$\\alpha$-Nets for \\emph{sparse} attention", "status": "Oral", "abstract": "Sparse attention in $\\mathcal{O}(n \\log n)$."}"#
        try Data(entry.utf8).write(to: file)
        #expect(try await cli.run(["venues", "import", file.path, "--edition", "ICLR.2025"]).status == 0)
        for command in [["list", "--venue", "ICLR.2025"], ["search", "sparse attention"], ["show", "7@ICLR.2025"]] {
            let result = try await cli.run(command)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("α-Nets for sparse attention"), "papers-tui \(command.joined(separator: " ")): \(result.stdout)")
            if command[0] == "show" { #expect(result.stdout.contains("Sparse attention in 𝒪(n log n)."), "\(result.stdout)") }
            #expect(!result.stdout.contains("\\alpha"))
        }
    }

    @Test("a venue paper whose list gave no links shows none, rather than arXiv links its id cannot have")
    func venuePaperWithoutLinks() async throws {
        let cli = try BinaryRunner()
        let file = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("venue.jsonl")
        try Data(#"{"id": "11955", "title": "A paper with no links", "status": "Poster", "abstract": "Short."}"#.utf8).write(to: file)
        #expect(try await cli.run(["venues", "import", file.path, "--edition", "NeurIPS.2018"]).status == 0)
        let shown = try await cli.run(["show", "11955@NeurIPS.2018"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("A paper with no links"))
        #expect(!shown.stdout.contains("Links:"), "\(shown.stdout)")
        for format in ["ris", "bibtex", "csv", "json"] {
            let exported = try await cli.run(["export", "--query", "links", "--format", format])
            #expect(exported.status == 0, "\(exported.stderr)")
            #expect(exported.stdout.contains("no links"), "\(format): \(exported.stdout)")
            #expect(!exported.stdout.contains("arxiv.org"), "\(format): \(exported.stdout)")
        }
    }

    @Test("an OpenReview note whose forum id carries an escape sequence is left out and counted; the rest are kept")
    func openReviewHostileID() async throws {
        // The helper writes JSON source, so the escape sequences go in as JSON escapes.
        let page = OpenReviewNotes.page([
            OpenReviewNotes.note("goodForum01", title: "A good paper", venue: #"ICLR 2025 Oral\u001b]0;owned\u0007"#),
            OpenReviewNotes.note(#"bad\u001b]52;c;aGVsbG8=\u0007forum"#, title: "A hostile id", venue: "ICLR 2025 Poster"),
            OpenReviewNotes.note("fine_Forum-2", title: "Another good paper", venue: "ICLR 2025 Poster"),
        ], count: 3)
        let routes = ScriptedRoutes()
        routes.on("/notes", .init(status: 200, headers: [("Content-Type", "application/json")], body: Data(page.utf8)))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        var cli = try BinaryRunner(server: server)
        cli.environment["PAPERS_TUI_OPENREVIEW_URL"] = server.baseURL
        let synced = try await cli.run(["venues", "sync", "ICLR.2025"])
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("ICLR.2025: 2 new"))
        #expect(synced.stdout.contains("1 with an id no paper can have, left out"))
        let ids = try await cli.sqlite("SELECT paper_id FROM venue_paper ORDER BY paper_id;")
        #expect(ids == "fine_Forum-2@OpenReview\ngoodForum01@OpenReview")
        let venues = try await cli.run(["venues", "list"])
        HostileInputTests.expectPrintable(venues.stdout, "venues list")
        #expect(venues.stdout.contains("Oral 1"))
    }

    @Test("snapshot lines whose ids carry control characters or non-ASCII letters are skipped, said without the escape")
    func snapshotHostileIDs() async throws {
        let cli = try BinaryRunner()
        func line(_ id: String) throws -> String {
            let record: [String: Any] = ["id": id, "title": "A title", "authors": "Ann Lee", "abstract": "An abstract.",
                                         "categories": "cs.CL", "versions": [["version": "v1", "created": "Mon, 1 Jan 2024 00:00:00 GMT"]]]
            return String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self)
        }
        let file = URL(fileURLWithPath: cli.database).deletingLastPathComponent().appendingPathComponent("snapshot.json")
        let lines = try [line("2401.0000\(Self.osc52)1"), line("hép-th/9901001"), line("2401.00002")]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        let imported = try await cli.run(["import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("1 new papers"))
        #expect(imported.stderr.contains("skipped 2 lines"))
        HostileInputTests.expectPrintable(imported.stdout + imported.stderr, "import")
        #expect(try await cli.sqlite("SELECT id FROM paper;") == "2401.00002")
    }
}
