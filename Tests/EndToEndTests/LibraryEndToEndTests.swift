import Foundation
import Testing
import TestSupport

/// Two "devices" (each a cache, a home and a config of its own) and one library folder, through the
/// built binary: `library sync` both ways, the reader keeping the folder in step under tmux, and a
/// merge killed halfway.
@Suite("library: the same marks on two machines, through the binary")
struct LibraryEndToEndTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("papers-tui-library-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func device() async throws -> BinaryRunner {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        try cli.writeConfig("[library]\ndir = \"\(folder.path)\"\n")
        return cli
    }

    func starred(_ cli: BinaryRunner, _ id: String) async throws -> Bool {
        let paper = try #require(try await cli.json(["show", id, "--json"]) as? [String: Any])
        return paper["starred"] as? Bool == true
    }

    static let paper = "2604.21935"

    @Test("star on A, sync A then B: starred on B; unstar on B later, sync B then A: unstarred on A")
    func starThenUnstar() async throws {
        let a = try await device(), b = try await device()
        #expect(try await a.run(["star", Self.paper]).status == 0)
        let sent = try await a.run(["library", "sync"])
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.hasPrefix("library: wrote "), "\(sent.stdout)")
        let received = try await b.run(["library", "sync"])
        #expect(received.stdout.contains("read 1 other device: applied "), "\(received.stdout)")
        #expect(try await starred(b, Self.paper))

        #expect(try await b.run(["unstar", Self.paper]).status == 0)
        _ = try await b.run(["library", "sync"])
        _ = try await a.run(["library", "sync"])
        #expect(try await !starred(a, Self.paper))
        let status = try await a.run(["library", "status"])
        #expect(status.stdout.contains("changes waiting to be written: 0"), "\(status.stdout)")
        #expect(status.stdout.contains("read to byte"), "B's log is listed: \(status.stdout)")
    }

    @Test("a paper starred on A that B has not synced is fetched by id as B merges, and shows starred")
    func fetchesNamedPapers() async throws {
        let a = try await device()
        #expect(try await a.run(["star", "1201.4869"]).stderr.contains("not in the cache yet"))
        _ = try await a.run(["library", "sync"])
        let routes = ScriptedRoutes()
        routes.on("/api/query", .init(status: 200, headers: [("Content-Type", "application/atom+xml")],
                                      body: try Fixtures.data("arxiv/arxiv_api_query_au-del_maestro_10entries_2016classic.xml")))
        let server = try await LoopbackServer.start { routes.respond($0) }
        defer { Task { await server.stop() } }
        let b = try BinaryRunner(server: server)
        _ = try await b.run(["import", "--sample"])
        try b.writeConfig("[library]\ndir = \"\(folder.path)\"\n")
        let merged = try await b.run(["library", "sync"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout.contains("library: fetched 1 marked paper this cache lacked"), "\(merged.stdout)")
        #expect(server.requests.filter { $0.path == "/api/query" }.first?.query["id_list"] == "1201.4869")
        #expect(try await starred(b, "1201.4869"))
        // Nothing is left to fetch: the next sync asks arXiv nothing.
        _ = try await b.run(["library", "sync"])
        #expect(server.requests.filter { $0.path == "/api/query" }.count == 1)
    }

    @Test("no folder set, or a folder that is not there: one sentence each, and the star waits")
    func notConfigured() async throws {
        let cli = try await RealUseReaderTests.sampleCache(server: nil)
        let unset = try await cli.run(["library", "sync"])
        #expect(unset.status != 0)
        #expect(unset.stderr == "papers-tui: no library folder is set: add `[library] dir = \"~/Sync/papers-tui\"` to config.toml (a folder a sync tool or git carries between machines)\n")
        let gone = folder.appendingPathComponent("unmounted").path
        try cli.writeConfig("[library]\ndir = \"\(gone)\"\n")
        _ = try await cli.run(["star", Self.paper])
        let missing = try await cli.run(["library", "sync"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("the library folder \(gone) does not exist"), "\(missing.stderr)")
        try FileManager.default.createDirectory(atPath: gone, withIntermediateDirectories: true)
        let later = try await cli.run(["library", "sync"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.hasPrefix("library: wrote "), "\(later.stdout)")
        let log = try FileManager.default.contentsOfDirectory(atPath: gone).filter { $0.hasSuffix(".jsonl") }
        #expect(log.count == 1)
        let text = try String(contentsOfFile: gone + "/" + log[0], encoding: .utf8)
        #expect(text.contains("\"paper\":\"\(Self.paper)\",\"field\":\"star\""), "\(text)")
    }

    @Test("export to a new file, import on another machine; the file is never overwritten")
    func exportImport() async throws {
        let a = try await device(), b = try await device()
        _ = try await a.run(["star", Self.paper])
        let file = folder.appendingPathComponent("moving.jsonl.export").path
        let exported = try await a.run(["library", "export", file])
        #expect(exported.status == 0, "\(exported.stderr)")
        let again = try await a.run(["library", "export", file])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists: give a new file name"))
        let imported = try await b.run(["library", "import", file])
        #expect(imported.stdout.hasPrefix("applied "), "\(imported.stdout) \(imported.stderr)")
        #expect(try await starred(b, Self.paper))
    }

    @Test("the reader applies a star made on another machine within seconds, and writes its own to the folder")
    func readerKeepsInStep() async throws {
        let a = try await device(), b = try await device()
        try await TmuxSession.with(try a.readerCommand(["--date", "2026-04-27"]), width: 120, height: 40) { tmux in
            try await tmux.waitFor(text: "1/9")
            _ = try await b.run(["star", Self.paper])
            _ = try await b.run(["library", "sync"])
            let applied = try await tmux.waitFor(text: "from other machines applied", seconds: 15)
            #expect(applied.contains("library: "), "\(applied)")
            try await tmux.waitFor(text: "★ 1", seconds: 5)
            // The last paper of the day is starred here, and reaches B through the folder.
            try await tmux.send("G")
            try await tmux.send("s")
            try await tmux.waitFor(text: "★ 2", seconds: 5)
            var reached = false
            for _ in 0..<30 where !reached {
                try await Task.sleep(for: .milliseconds(500))
                _ = try await b.run(["library", "sync"])
                let list = try #require(try await b.json(["list", "--date", "2026-04-27", "--json"]) as? [[String: Any]])
                reached = list.filter { $0["starred"] as? Bool == true }.count == 2
            }
            #expect(reached, "the star given in the reader was written to the folder")
            // A damaged line in B's log is skipped, and the reader says so once.
            let status = try await b.run(["library", "status"]).stdout
            let device = try #require(status.split(separator: "\n").first { $0.hasPrefix("device: ") }?.dropFirst("device: ".count))
            let handle = try FileHandle(forWritingTo: folder.appendingPathComponent(device + ".jsonl"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("not a change\n".utf8))
            try handle.close()
            try await tmux.waitFor(text: "1 line is not a change papers-tui can read and was skipped", seconds: 10)
            try await tmux.send("Q")
        }
    }

    @Test("a merge of 60,000 changes killed halfway keeps none of them, and the next sync applies them all")
    func killedMidMerge() async throws {
        let cli = try await device()
        var text = ""
        let count = 60_000
        for index in 0..<count {
            let id = String(format: "2301.%05d", index)
            text += "{\"v\":1,\"device\":\"dbig\",\"clock\":\(1_700_000_000_000 + index),\"seq\":\(index + 1),\"paper\":\"\(id)\","
                + "\"field\":\"star\",\"value\":\"2025-01-01 10:00:00.000\"}\n"
        }
        try Data(text.utf8).write(to: folder.appendingPathComponent("dbig.jsonl"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try BinaryRunner.binaryPath())
        process.arguments = ["library", "sync", "--fetch", "0"]
        process.environment = cli.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = Self.exitStatus(of: process)
        try process.run()
        try await Task.sleep(for: .milliseconds(150))
        let killedEarly = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        _ = await exited.value
        let afterKill = Int(try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE starred_at IS NOT NULL")
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        #expect(afterKill == 0 || afterKill == count, "all or nothing, not \(afterKill)")
        #expect(killedEarly, "the merge was still running when killed (else this test checks nothing)")
        let started = ContinuousClock.now
        let rerun = try await cli.run(["library", "sync", "--fetch", "0"])
        let took = ContinuousClock.now - started
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let after = try await cli.sqlite("SELECT COUNT(*) FROM mark WHERE starred_at IS NOT NULL")
        #expect(after.trimmingCharacters(in: .whitespacesAndNewlines) == "\(count)")
        print("library merge of \(count) changes (debug build): \(took)")
    }

    /// The process's exit status once it ends, waited for without holding a thread of the shared
    /// pool (set before `run`, so the end is never missed).
    static func exitStatus(of process: Process) -> Task<Int32, Never> {
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        process.terminationHandler = { ended in
            continuation.yield(ended.terminationStatus)
            continuation.finish()
        }
        return Task { await stream.first { _ in true } ?? -1 }
    }

    @discardableResult
    static func git(_ arguments: [String], in folder: URL? = nil) async throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + (folder.map { ["-C", $0.path] } ?? []) + arguments
        process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory(),
                               "GIT_CONFIG_NOSYSTEM": "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exited = exitStatus(of: process)
        try process.run()
        return await exited.value
    }

    @Test("a git repository as the folder: library sync commits, pushes and pulls through a real bare remote")
    func gitTransport() async throws {
        let remote = folder.appendingPathComponent("remote.git")
        #expect(try await Self.git(["init", "-q", "--bare", remote.path]) == 0)
        let folderA = folder.appendingPathComponent("a"), folderB = folder.appendingPathComponent("b")
        #expect(try await Self.git(["clone", "-q", remote.path, folderA.path]) == 0)
        #expect(try await Self.git(["clone", "-q", remote.path, folderB.path]) == 0)
        let a = try await RealUseReaderTests.sampleCache(server: nil), b = try await RealUseReaderTests.sampleCache(server: nil)
        try a.writeConfig("[library]\ndir = \"\(folderA.path)\"\n")
        try b.writeConfig("[library]\ndir = \"\(folderB.path)\"\n")

        _ = try await a.run(["star", Self.paper])
        let first = try await a.run(["library", "sync"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("git: pulled from and pushed to origin"), "\(first.stdout)")
        let second = try await b.run(["library", "sync"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(try await starred(b, Self.paper), "B pulled A's log: \(second.stdout)")

        _ = try await b.run(["unstar", Self.paper])
        _ = try await a.run(["read", "2604.21953"])
        #expect(try await b.run(["library", "sync"]).status == 0)
        // A's read is committed while B pushed meanwhile: the pull merges two devices' files, no conflict.
        let third = try await a.run(["library", "sync"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try await !starred(a, Self.paper))
        #expect(try await b.run(["library", "sync"]).status == 0)
        let paper = try #require(try await b.json(["show", "2604.21953", "--json"]) as? [String: Any])
        #expect(paper["read"] as? Bool == true)

        // A remote that went away: one sentence, and the change stays committed for the next sync.
        #expect(try await Self.git(["remote", "set-url", "origin", folder.appendingPathComponent("gone.git").path], in: folderA) == 0)
        _ = try await a.run(["star", "2604.22002"])
        let offline = try await a.run(["library", "sync"])
        #expect(offline.status != 0)
        #expect(offline.stderr.hasPrefix("papers-tui: git could not reach the remote origin: "), "\(offline.stderr)")
        #expect(offline.stderr.contains("nothing was lost"))
        let logs = try FileManager.default.contentsOfDirectory(atPath: folderA.path).filter { $0.hasSuffix(".jsonl") }
        let log = try logs.map { try String(contentsOf: folderA.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(log.contains("2604.22002"))
    }
}
