import Foundation
import Testing
import TestSupport

@Suite("a killed papers-tui leaves a sound cache")
struct CrashSafetyTests {
    /// A snapshot file of `count` papers made from the real fixture lines with fresh ids.
    static func largeSnapshot(count: Int) throws -> String {
        let lines = try Fixtures.text("arxiv/kaggle_arxiv-metadata-oai-snapshot_head200.jsonl")
            .split(separator: "\n").map(String.init)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID()).jsonl").path
        var text = ""
        for index in 0..<count {
            let line = lines[index % lines.count]
            guard let range = line.range(of: #""id":"[^"]+""#, options: .regularExpression) else { continue }
            text += line.replacingCharacters(in: range, with: String(format: "\"id\":\"2601.%05d\"", index)) + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("kill -9 in the middle of an import: integrity ok, marks kept, the next run completes")
    func killDuringImport() async throws {
        let cli = try BinaryRunner()
        _ = try await cli.run(["import", "--sample"])
        _ = try await cli.run(["star", "2604.21935"])
        _ = try await cli.run(["read", "2604.21936"])
        let snapshot = try Self.largeSnapshot(count: 15_000)
        for delay in [150, 400] {
            let process = try cli.start(["import", snapshot])
            try await Task.sleep(for: .milliseconds(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let check = try await cli.sqlite("PRAGMA integrity_check;")
            #expect(check == "ok")
        }
        let interrupted = Int(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';")) ?? -1
        #expect(interrupted < 15_000, "the kill came after the import finished: nothing was tested")
        let starred = try #require(try await cli.json(["list", "--starred", "--json"]) as? [[String: Any]])
        #expect(starred.map { $0["id"] as? String } == ["2604.21935"])
        let shown = try #require(try await cli.json(["show", "2604.21936", "--json"]) as? [String: Any])
        #expect(shown["read"] as? Bool == true)
        let finished = try await cli.run(["import", snapshot])
        #expect(finished.status == 0)
        #expect(try await cli.sqlite("SELECT COUNT(*) FROM paper WHERE id LIKE '2601.%';") == "15000")
    }
}
