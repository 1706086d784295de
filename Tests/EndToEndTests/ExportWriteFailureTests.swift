import Foundation
import Testing
import TestSupport

/// An export to a file on a full disk ends with a sentence (no trap), and the file it would have
/// replaced is left as it was.
@Suite("an export file that cannot be written")
struct ExportWriteFailureTests {
    @Test("export -o onto a full disk: exit 1, one sentence, the earlier file kept")
    func fullDisk() async throws {
        let cli = try BinaryRunner()
        #expect(try await cli.run(["import", "--sample"]).status == 0)
        try await TmpfsMount.with(megabytes: 1) { mount in
            let target = mount.folder.appendingPathComponent("papers.json")
            try Data("the earlier export\n".utf8).write(to: target)
            // Leave a few pages free: the export (about 50 papers with their abstracts) does not fit.
            let filler = mount.folder.appendingPathComponent("filler")
            _ = FileManager.default.createFile(atPath: filler.path, contents: Data(count: 1_048_576 - 24_576))
            let result = try await cli.run(["export", "--date", "2025-04-28", "--format", "json", "-o", target.path])
            #expect(result.status == 1, "exit \(result.status): \(result.stderr)")
            #expect(result.stderr == "papers-tui: cannot write \(target.path): no space left on device (nothing was replaced)\n")
            #expect(try String(contentsOf: target, encoding: .utf8) == "the earlier export\n")
        }
    }
}
