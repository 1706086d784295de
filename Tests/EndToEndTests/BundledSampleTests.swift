import Foundation
import Testing
import TestSupport

/// The sample ships in the resource bundle beside the binary; a binary copied without it says so
/// in one sentence where the sample is asked for, and works otherwise.
@Suite("the bundled sample's resource bundle")
struct BundledSampleTests {
    /// A runner of a copy of the binary in a folder of its own, without the resource bundle.
    static func copiedBinary() async throws -> BinaryRunner {
        var cli = try BinaryRunner()
        let folder = (cli.database as NSString).deletingLastPathComponent + "/bin"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // Copied by cp, not in this process: a test starting a program meanwhile would inherit the
        // copy's open descriptor, and the copy could not be run ("text file busy").
        try await cli.tool(["cp", try BinaryRunner.binaryPath(), folder + "/papers-tui"])
        cli.executable = folder + "/papers-tui"
        return cli
    }

    static let missing = "papers-tui: the bundled sample is missing (papers-tui_ReaderStore.resources belongs beside the papers-tui binary"

    @Test("the built binary loads the sample from the bundle beside it")
    func loadsFromBundle() async throws {
        let cli = try BinaryRunner()
        let loaded = try await cli.run(["import", "--sample"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("90 new papers"))
    }

    @Test("import --sample without the bundle: one sentence, exit 1, and other commands still work")
    func importWithoutBundle() async throws {
        let cli = try await Self.copiedBinary()
        let result = try await cli.run(["import", "--sample"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix(Self.missing), "\(result.stderr)")
        let listed = try await cli.run(["list"])
        #expect(listed.stderr.hasPrefix("papers-tui: the cache has no lists yet"), "\(listed.stderr)")
    }

    @Test("the empty cache's offer of the sample, accepted without the bundle: one sentence, exit 1")
    func offerWithoutBundle() async throws {
        let cli = try await Self.copiedBinary()
        let command = try cli.readerCommand().replacingOccurrences(of: "\"", with: "\\\"")
        try await TmuxSession.with("sh -c \"\(command); echo EXITED-\\$?; sleep 30\"", width: 200, height: 20) { tmux in
            try await tmux.waitFor(text: "[Y/n]")
            try await tmux.send("Enter")
            let screen = try await tmux.waitFor(text: "EXITED-")
            #expect(screen.contains(Self.missing), "\(screen)")
            #expect(screen.contains("EXITED-1"), "\(screen)")
        }
    }
}
