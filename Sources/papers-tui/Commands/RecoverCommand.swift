import ArgumentParser
import Foundation
import ReaderStore

struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Rescue a damaged cache: save your stars and read marks, move the file aside, start a new one.",
        discussion: """
            Nothing is deleted: the old file becomes CACHE.broken-TIME, and the marks are written to
            CACHE.marks-TIME.json before anything moves. A sound cache is left alone unless --force is
            given. `recover --marks FILE` puts back the marks saved in such a file.
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Move the cache aside even when it passes SQLite's integrity check.")
    var force = false

    @Option(help: "Put back the marks saved in this file (by an earlier recover) into the cache.")
    var marks: String?

    func run() throws {
        let path = Config.databasePath(option: store.db)
        if let marks {
            try restoreMarks(from: marks, into: path)
            return
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("there is no cache at \(path): nothing to recover")
        }
        if let running = Self.processesUsing(path).first {
            throw CLIError("process \(running) has the cache open (a papers-tui still running?): quit it first, then run recover again")
        }
        switch try CacheRecovery.health(path: path) {
        case .sound where !force:
            Output.line("the cache \(path) is sound (SQLite's integrity check is ok): nothing to do; --force moves it aside anyway")
            return
        case .newer where !force:
            throw CLIError("\(path) was written by a newer papers-tui: update papers-tui rather than recover "
                + "(--force moves it aside anyway; nothing is deleted)")
        default:
            break
        }

        let stamp = Self.stamp()
        let (marks, problem) = CacheRecovery.salvageMarks(path: path)
        let marksFile = "\(path).marks-\(stamp).json"
        do {
            try MarksFile.encode(marks).write(to: URL(fileURLWithPath: marksFile), options: .atomic)
        } catch {
            throw CLIError("could not save the marks to \(marksFile) (\(error.localizedDescription)), so the cache was left as it is", cause: error)
        }
        let papers = CacheRecovery.salvagePapers(path: path, for: marks)
        let aside = try CacheRecovery.moveAside(path: path, stamp: stamp)
        Output.line("moved the old cache to \(aside)")
        do {
            try CacheRecovery.restore(marks: marks, papers: papers, into: PaperStore(path: path))
        } catch {
            throw CLIError("the new cache could not be written (\(ErrorReport.message(for: error))); your marks are saved in "
                + "\(marksFile): once that is fixed, run `papers-tui recover --marks \(marksFile)`", cause: error)
        }
        if let problem, marks.isEmpty {
            Output.line("the old cache could not be read (\(problem)), so no marks could be kept from it")
        } else {
            Output.line("kept \(Self.describe(marks)) (with \(papers.count) of their papers); they are also saved in \(marksFile)")
            if let problem {
                Output.line("reading the old cache stopped early (\(problem)): marks after that point could not be read")
            }
        }
        Output.line("run `papers-tui sync` (or `papers-tui import`) to fetch the papers again")
    }

    /// Other processes with the cache (or its WAL) open, from /proc: moving the file under a running
    /// reader would send its next marks to the old file.
    private static func processesUsing(_ path: String) -> [Int32] {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let files = FileManager.default
        let own = getpid()
        let processes = ((try? files.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap(Int32.init).filter { $0 != own }
        return processes.filter { pid in
            let descriptors = (try? files.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
            return descriptors.contains { descriptor in
                let open = (try? files.destinationOfSymbolicLink(atPath: "/proc/\(pid)/fd/\(descriptor)")) ?? ""
                return open == target || open == target + "-wal"
            }
        }
    }

    private func restoreMarks(from file: String, into path: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CLIError("cannot read \(file) (\(error.localizedDescription))", cause: error)
        }
        let saved = try MarksFile.decode(data)
        try PaperStore(path: path).restoreMarks(saved)
        Output.line("put back \(Self.describe(saved)) from \(file)")
    }

    private static func describe(_ marks: [Mark]) -> String {
        let stars = marks.count(where: \.isStarred)
        let reads = marks.count(where: \.isRead)
        let dismissals = marks.count(where: \.isDismissed)
        return "\(stars) star\(stars == 1 ? "" : "s") and \(reads) read mark\(reads == 1 ? "" : "s")"
            + (dismissals == 0 ? "" : " (and \(dismissals) paper\(dismissals == 1 ? "" : "s") dismissed)")
    }

    private static func stamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
