import Foundation
import Testing
import TestSupport

/// Preference keywords through the built binary: `K` in a real terminal (tmux) adds one, the list
/// lights it up, and config.toml keeps every other line; `list --sort keywords` orders by them.
@Suite("preference keywords, through the binary")
struct KeywordsEndToEndTests {
    static let config = """
        # papers-tui settings, written by hand
        [reader]
        mark_read_on_open = false   # I mark papers myself

        [rank]
        # what I want to see first
        keywords = ["diffusion"]  # more later
        [venues]
        openreview_url = "https://api2.openreview.net"

        """

    static func configPath(_ cli: BinaryRunner) throws -> String {
        try #require(cli.environment["XDG_CONFIG_HOME"]) + "/papers-tui/config.toml"
    }

    /// The screen with its colours as escape sequences: whether a style starts right at `word`.
    static func styleStarts(at word: String, in styled: String) -> Bool {
        styled.range(of: "\u{1B}\\[[0-9;]*m" + word, options: .regularExpression) != nil
    }

    @Test("K adds a keyword: the list lights it up at once, and config.toml changes only on its keywords line")
    func addKeywordWithK() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(Self.config)
        let path = try Self.configPath(cli)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1")
            #expect(!Self.styleStarts(at: "Adaptive", in: try await tmux.captureStyled()))
            try await tmux.send("K")
            try await tmux.waitFor(text: "keywords: diffusion▏")
            try await tmux.send("-l", ", adaptive")
            try await tmux.waitFor(text: "keywords: diffusion, adaptive▏")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "keywords saved in \(path)")
            let styled = try await tmux.captureStyled()
            #expect(Self.styleStarts(at: "Adaptive", in: styled), "\(styled)")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        let expected = Self.config.replacingOccurrences(
            of: #"keywords = ["diffusion"]  # more later"#, with: #"keywords = [ "diffusion", "adaptive" ]  # more later"#)
        #expect(saved == expected)
        // The next reader, and the CLI, read the keywords back.
        let sorted = try await cli.run(["list", "--date", "2026-04-27", "--sort", "keywords", "--json"])
        #expect(sorted.status == 0, "\(sorted.stderr)")
        let papers = try #require(try JSONSerialization.jsonObject(with: Data(sorted.stdout.utf8)) as? [[String: Any]])
        #expect((papers.first?["title"] as? String)?.contains("Adaptive") == true)
        #expect(papers.count == 9)
    }

    @Test("keywords written where K does not rewrite them: the file is left alone and the status line says so")
    func refusesToRewrite() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let config = "rank.keywords = [\"diffusion\"]\n"
        try cli.writeConfig(config)
        let path = try Self.configPath(cli)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 200, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1")
            try await tmux.send("K")
            try await tmux.waitFor(text: "keywords: diffusion▏")
            try await tmux.send("-l", " agent")
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "keywords not saved")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == config)
    }

    @Test("a config with no [rank], no final newline, mode 600, reached through a symbolic link: the table is added to the file the link names")
    func addsTheTable() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let path = try Self.configPath(cli)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let real = (path as NSString).deletingLastPathComponent + "/dotfiles-config.toml"
        let original = "# mine\n[reader]\nmark_read_on_open = false"
        try original.write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: real)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 200, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1")
            try await tmux.send("K")
            try await tmux.waitFor(text: "keywords: ▏")
            try await tmux.send("-l", "--", #"-survey "kv cache""#)
            try await tmux.send("Enter")
            try await tmux.waitFor(text: "keywords saved in")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == original + "\n\n[rank]\nkeywords = [ \"-survey\", \"kv cache\" ]\n")
        #expect(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int == 0o600)
    }

    @Test("list --sort keywords: the best match first, pushed-down papers last; without keywords it says how to set them")
    func listSortKeywords() async throws {
        let cli = try await MorningRoutineTests.sampleCache()
        let missing = try await cli.run(["list", "--date", "2026-04-27", "--sort", "keywords"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("[rank] keywords"))
        #expect(try await cli.run(["list", "--sort", "stars"]).stderr.contains("--sort"))
        try cli.writeConfig("[rank]\nkeywords = [\"agent\", \"-math\"]\n")
        let sorted = try await cli.run(["list", "--date", "2026-04-27", "--sort", "keywords", "--json"])
        #expect(sorted.status == 0, "\(sorted.stderr)")
        let titles = try #require(try JSONSerialization.jsonObject(with: Data(sorted.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["title"] as? String }
        #expect(titles.count == 9)
        #expect(titles.first?.localizedCaseInsensitiveContains("agent") == true)
        #expect(titles.last?.hasPrefix("Math Takes Two") == true)
        let limited = try await cli.run(["list", "--date", "2026-04-27", "--sort", "keywords", "--limit", "2", "--offset", "1", "--json"])
        let page = try #require(try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["title"] as? String }
        #expect(page == Array(titles[1...2]))
    }
}

/// `Ctrl-E` in the `K` line, with a scripted `$EDITOR` that edits the file it is given as a user would.
@Suite("preference keywords in $EDITOR, through the binary")
struct KeywordsInEditorTests {
    /// A shell script as the editor, run as `sh SCRIPT` (`$EDITOR` may carry arguments): executing a
    /// file just written fails with ETXTBSY while a process forked meanwhile by a parallel test still
    /// holds it open for writing. It checks it was given the keywords one per line, drops
    /// `diffusion`, adds a phrase and a push-down, and notes the file's folder for the test.
    private func editorScript(in folder: URL, status: Int = 0) throws -> String {
        let script = folder.appendingPathComponent("editor.sh")
        try """
            #!/bin/sh
            file="$1"
            dirname "$file" > "\(folder.path)/edited-folder"
            grep -qx 'diffusion' "$file" || exit 3
            grep -v '^diffusion$' "$file" > "$file.new" && mv "$file.new" "$file"
            printf 'kv cache\\n-survey\\n' >> "$file"
            exit \(status)
            """.write(to: script, atomically: true, encoding: .utf8)
        return "/bin/sh " + script.path
    }

    @Test("Ctrl-E hands the keywords to $EDITOR one per line; what it saves is saved to config.toml; its file is removed")
    func editsInEditor() async throws {
        var cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(KeywordsEndToEndTests.config)
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        cli.environment["EDITOR"] = try editorScript(in: folder)
        cli.environment["VISUAL"] = nil
        let path = try KeywordsEndToEndTests.configPath(cli)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1")
            try await tmux.send("K")
            try await tmux.waitFor(text: "Ctrl-E in $EDITOR")
            try await tmux.send("C-e")
            try await tmux.waitFor(text: "keywords saved in \(path)")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains(#"keywords = [ "kv cache", "-survey" ]  # more later"#), "\(saved)")
        let edited = try String(contentsOf: folder.appendingPathComponent("edited-folder"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!edited.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: edited), "the keywords file's folder is left: \(edited)")
    }

    @Test("an editor that fails changes nothing and says so; the K line stays open with its keywords")
    func failingEditor() async throws {
        var cli = try await MorningRoutineTests.sampleCache()
        try cli.writeConfig(KeywordsEndToEndTests.config)
        let folder = URL(fileURLWithPath: cli.database).deletingLastPathComponent()
        cli.environment["EDITOR"] = try editorScript(in: folder, status: 1)
        let path = try KeywordsEndToEndTests.configPath(cli)
        try await TmuxSession.with(try MorningRoutineTests.reader(cli, ["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9 · seen 1")
            try await tmux.send("K")
            try await tmux.waitFor(text: "keywords: diffusion▏")
            try await tmux.send("C-e")
            try await tmux.waitFor(text: "failed with exit status 1: keywords unchanged")
            try await tmux.waitFor(text: "keywords: diffusion▏")
            try await tmux.send("Escape")
            try await tmux.send("Q")
            try await tmux.waitFor(text: "EXITED-0")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == KeywordsEndToEndTests.config)
    }
}
