import Foundation
import Testing
import TestSupport

/// Notes and tags through the built binary: `e` in the reader with a scripted `$EDITOR` and `t` with
/// completion under tmux, and `papers-tui note` and `tag` on the command line.
@Suite("notes and tags, through the binary")
struct NoteEndToEndTests {
    static let paper = "2604.21935"

    /// An editor that appends a line to the note it is given.
    func editorScript(in folder: URL, line: String) throws -> String {
        let script = folder.appendingPathComponent("note-editor.sh")
        try """
            #!/bin/sh
            printf '%s\\n' '\(line)' >> "$1"
            """.write(to: script, atomically: true, encoding: .utf8)
        return "/bin/sh " + script.path
    }

    @Test("e hands the note to $EDITOR; the saved note shows under the abstract, in show, and in is:noted")
    func editInReader() async throws {
        var cli = try await RealUseReaderTests.sampleCache(server: nil)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-note-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        cli.environment["EDITOR"] = try editorScript(in: folder, line: "Check the ablation in section 4.")
        cli.environment["VISUAL"] = nil
        let before = try Self.editorFolders()
        try await TmuxSession.with(try cli.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9")
            try await tmux.send("e")
            try await tmux.waitFor(text: "note on \(Self.paper) saved")
            try await tmux.waitFor(text: "✎ your note is below the abstract")
            try await tmux.send("Tab")
            try await tmux.send("G")
            let shown = try await tmux.waitFor(text: "Your note (e edits it)")
            #expect(shown.contains("Check the ablation in section 4."), "\(shown)")
            // A second edit keeps the first line and adds the next.
            try await tmux.send("Escape")
            try await tmux.send("e")
            try await tmux.send("Tab")
            try await tmux.send("G")
            try await tmux.waitFor("the note with both lines") { $0.components(separatedBy: "Check the ablation in section 4.").count == 3 }
            try await tmux.send("Q")
        }
        let paper = try #require(try await cli.json(["show", Self.paper, "--json"]) as? [String: Any])
        #expect(paper["note"] as? String == "Check the ablation in section 4.\nCheck the ablation in section 4.")
        let noted = try #require(try await cli.json(["search", "is:noted", "--json"]) as? [[String: Any]])
        #expect(noted.compactMap { $0["id"] as? String } == [Self.paper])
        #expect(try Self.editorFolders() == before, "the editor's folder is removed after each edit")
    }

    static func editorFolders() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter {
            $0.hasPrefix("papers-tui-note-") && !$0.hasPrefix("papers-tui-note-e2e")
        })
    }

    @Test("note --set, --json, and a note too long is one sentence with nothing saved")
    func commandLine() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        let empty = try await cli.run(["note", Self.paper])
        #expect(empty.stdout == "no note on \(Self.paper): `papers-tui note \(Self.paper) --edit` writes one\n")
        let set = try await cli.run(["note", Self.paper, "--set", "Worth a close read.\u{1B}]52;c;aGk=\u{07}"])
        #expect(set.stdout == "note on \(Self.paper) saved (29 characters)\n", "\(set.stdout)\(set.stderr)")
        let printed = try await cli.run(["note", Self.paper])
        #expect(!printed.stdout.contains("\u{1B}"), "the note never drives the terminal")
        let json = try #require(try await cli.json(["note", Self.paper, "--json"]) as? [String: Any])
        #expect((json["note"] as? String)?.hasPrefix("Worth a close read.") == true)
        let long = try await cli.run(["note", Self.paper, "--set", String(repeating: "x", count: 32_001)])
        #expect(long.status != 0)
        #expect(long.stderr == "papers-tui: the note is 32001 characters long; a note holds at most 32000: shorten it (nothing was saved)\n")
        #expect((try await cli.json(["note", Self.paper, "--json"]) as? [String: Any])?["note"] as? String == json["note"] as? String)
    }

    @Test("t: the line holds the paper's tags, Tab completes from the tags in use, Enter saves; a bad tag stays in the line")
    func tagsInReader() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        #expect(try await cli.run(["tag", "2604.21952", "kv-cache"]).stdout == "2604.21952: kv-cache\n")
        try await TmuxSession.with(try cli.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            let opened = try await tmux.waitFor(text: "1/9")
            #expect(opened.contains("#kv-cache cs.LG"), "the row of the paper tagged before shows its tag: \(opened)")
            try await tmux.send("t")
            try await tmux.waitFor(text: "tags: ▏")
            try await tmux.send("kv")
            try await tmux.send("Tab")
            try await tmux.waitFor(text: "tags: kv-cache, ▏")
            try await tmux.send("bad!tag")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "'bad!tag' is not a tag")
            try await tmux.send("C-u")
            try await tmux.send("kv")
            try await tmux.send("Tab")
            try await tmux.send("To-Read")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "tags of \(Self.paper): kv-cache, to-read")
            try await tmux.waitFor(text: "# kv-cache · to-read")
            try await tmux.waitFor(text: "#kv-cache +1 cs.AI")
            // t again starts from the tags the paper has.
            try await tmux.send("t")
            try await tmux.waitFor(text: "tags: kv-cache, to-read, ▏")
            try await tmux.send("Escape")
            try await tmux.send("Q")
        }
        #expect(try await cli.run(["tag", Self.paper]).stdout == "\(Self.paper): kv-cache, to-read\n")
        let listed = try await cli.run(["list", "--tag", "kv-cache"])
        #expect(listed.stdout.hasPrefix("tag kv-cache · 2 papers"), "\(listed.stdout)")
    }
}
