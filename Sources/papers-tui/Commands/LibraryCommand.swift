import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

/// `papers-tui library`: the same stars, reads, seen marks and dismissals on every machine, through a
/// folder a sync tool carries (`[library] dir`).
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Carry your marks between machines through a synced folder ([library] dir in config.toml).",
        discussion: """
            Each machine appends its changes to its own file in the folder (DEVICE.jsonl) and reads the
            others'; for each paper and mark the latest change wins. Any file-sync tool (Syncthing,
            Dropbox, rsync, git) can carry the folder: no file is written by two machines.
            """,
        subcommands: [LibrarySyncCommand.self, LibraryStatusCommand.self, LibraryExportCommand.self, LibraryImportCommand.self],
        defaultSubcommand: LibraryStatusCommand.self
    )
}

/// `--dir`, else `[library] dir`.
struct LibraryFolderOption: ParsableArguments {
    @Option(help: "The library folder (default: [library] dir in config.toml).")
    var dir: String?

    func folder() throws -> URL {
        guard let path = try dir ?? Config.load().libraryFolder else { throw LibraryError.notConfigured }
        return Config.folderURL(path)
    }
}

struct LibrarySyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Read the other machines' changes from the library folder, and write this one's.",
        discussion: "Then fetches from arXiv, by id, up to --fetch papers that carry a mark, note or tag and are not cached (0: none)."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var library: LibraryFolderOption

    @Option(help: "Fetch at most this many marked papers the cache lacks from arXiv (0 fetches none).")
    var fetch = 200

    func run() async throws {
        try merge()
        try await fetchMissing()
    }

    /// Papers another machine marked that this one has not synced: fetched by id, politely, so their
    /// marks show in lists. Offline, one sentence says so and the merge stands.
    private func fetchMissing() async throws {
        guard fetch > 0 else { return }
        let paperStore = try store.openStore()
        let (ids, total) = try paperStore.libraryPapersNotCached(limit: fetch)
        guard !ids.isEmpty else { return }
        let config = try Config.load()
        let sync = ArxivSync(store: paperStore, endpoints: config.endpoints, policy: config.httpPolicy) { _ in }
        do {
            _ = try await sync.lookup(ids: ids.map { ArxivID(parsing: $0) ?? ArxivID(trusted: $0) })
            let left = try paperStore.libraryPapersNotCached(limit: 0).total
            let fetched = total - left
            Output.line("library: fetched \(fetched) marked paper\(fetched == 1 ? "" : "s") this cache lacked"
                + (left > 0 ? " (\(left) not fetched: arXiv does not know them, or run library sync again)" : ""))
        } catch {
            Output.error("papers-tui: warning: \(total) marked paper\(total == 1 ? " is" : "s are") not in this cache and could not be fetched "
                + "(\(Sanitize.terminalText("\(error)"))): the marks are kept; `papers-tui library sync` fetches them later")
        }
    }

    private func merge() throws {
        let folder = try library.folder()
        let paperStore = try store.openStore()
        let onTerminal = Output.standardErrorIsTerminal
        let progress: @Sendable (String, Int, Int) -> Void = { device, done, total in
            guard onTerminal else { return }
            Output.errorBytes("\r\u{1B}[Klibrary: applying \(device)'s changes: \(done)/\(total)…")
        }
        defer { if onTerminal { Output.errorBytes("\r\u{1B}[K") } }
        var summary = try LibrarySync.run(store: paperStore, folder: folder, progress: progress)
        let git = LibraryGit.detect(folder)
        if let git {
            // Written and committed first, so a pull that fails halfway leaves this device's changes in a commit.
            try git.commit(LibraryLogFile.name(device: summary.device), device: summary.device)
            try git.pull()
            let pulled = try LibrarySync.run(store: paperStore, folder: folder, progress: progress)
            summary.merged = summary.merged + pulled.merged
            summary.otherDevices = pulled.otherDevices
            summary.written += pulled.written
            summary.renewedFrom = summary.renewedFrom ?? pulled.renewedFrom
            summary.device = pulled.device
            try git.commit(LibraryLogFile.name(device: summary.device), device: summary.device)
            try git.push()
        }
        if onTerminal { Output.errorBytes("\r\u{1B}[K") }
        for line in LibraryOutput.lines(summary) { Output.line(line) }
        for warning in summary.merged.warnings { Output.error("papers-tui: warning: \(warning)") }
        if let old = summary.renewedFrom {
            Output.error("note: another copy of this cache also wrote as device \(old) (a copied or restored cache file): this one now writes as \(summary.device)")
        }
        if let git { Output.line("git: pulled from and pushed to \(Sanitize.terminalText(git.remote))") }
    }
}

struct LibraryStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "This machine's device id, the folder, and what waits to be written.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var library: LibraryFolderOption

    func run() throws {
        let paperStore = try store.openStore()
        let device = try paperStore.libraryDevice()
        let folder = try? library.folder()
        var isFolder: ObjCBool = false
        let missing = folder.map { !FileManager.default.fileExists(atPath: $0.path, isDirectory: &isFolder) || !isFolder.boolValue } ?? false
        Output.line("folder: \(folder.map { Sanitize.terminalText($0.path) } ?? "none (set [library] dir in config.toml)")"
            + (missing ? " (it does not exist: create it, or mount the disk it is on)" : ""))
        Output.line("device: \(device ?? "none yet (the first `papers-tui library sync` makes one)")")
        Output.line("changes waiting to be written: \(try paperStore.pendingLibraryChanges())")
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() {
            guard let other = LibraryLogFile.device(fileName: name) else { continue }
            let size = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int64) ?? 0
            let read = try paperStore.libraryCursor(file: name)
            let whose = other == device ? "this machine" : "read to byte \(read)"
            Output.line("  \(other): \(size) bytes, \(whose)")
        }
    }
}

struct LibraryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every mark to a new file, for `papers-tui library import` on another machine."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "A file that does not exist yet.") var file: String

    func run() throws {
        let count = try LibrarySync.export(try store.openStore(), to: URL(fileURLWithPath: file))
        Output.line("wrote \(count) change\(count == 1 ? "" : "s") (marks, notes and tags) to \(Sanitize.terminalText(file))")
    }
}

struct LibraryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Apply a file written by `papers-tui library export` (or a device's log): later changes win."
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The file to read.") var file: String

    func run() throws {
        let counts = try LibrarySync.importFile(URL(fileURLWithPath: file), into: try store.openStore())
        Output.line("applied \(counts.applied) change\(counts.applied == 1 ? "" : "s"), \(counts.unchanged) already here or older")
        for warning in counts.warnings { Output.error("papers-tui: warning: \(warning)") }
    }
}

enum LibraryOutput {
    static func lines(_ summary: LibrarySyncSummary) -> [String] {
        let devices = summary.otherDevices == 1 ? "1 other device" : "\(summary.otherDevices) other devices"
        return ["library: wrote \(summary.written) change\(summary.written == 1 ? "" : "s"); read \(devices): "
            + "applied \(summary.merged.applied), \(summary.merged.unchanged) already here or older"]
    }

}
