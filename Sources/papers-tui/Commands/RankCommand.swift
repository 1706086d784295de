import ArgumentParser
import Foundation
import ReaderStore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Your personal ranking, learned on this machine from your stars, reads and dismissals.",
        discussion: "`papers-tui list --sort relevance` ranks a list by it; it is trained again whenever marks changed.",
        subcommands: [RankStatusCommand.self, RankTrainCommand.self, RankSeedCommand.self, RankEmbedCommand.self],
        defaultSubcommand: RankStatusCommand.self
    )
}

struct RankStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The labels the ranking learned from, when it was trained and how well it did on held-out marks."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON: {state, current, trained_at, labels: {stars, opened, dismissed, skipped, random}, validation: {method, auc, balanced_accuracy, held_out_positives, held_out_negatives}, regularisation, features, embeddings: {model, papers} or null}.")
    var json = false

    func run() throws {
        let paperStore = try store.openStore()
        let stored = try paperStore.rankingModel()
        let readiness = PersonalRanker.readiness(of: try paperStore.rankingEvidence().labels)
        let status = RankStatus(stored: stored, readiness: readiness)
        if json {
            Output.line(try status.json())
        } else {
            status.lines.forEach(Output.line)
        }
    }
}

struct RankTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the ranking now from the marks in the cache (lists ranked by relevance do it when marks changed)."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        let paperStore = try store.openStore()
        switch try paperStore.trainRanking() {
        case .ranked(let model, _):
            RankStatus(stored: StoredRankingModel(model: model, trainedAt: model.report.trainedAt, isCurrent: true),
                       readiness: .ready(positives: model.report.positives)).lines.forEach(Output.line)
            if paperStore.isReadOnly { Output.error("note: the cache is read-only, so the model was not kept") }
        case .needsMorePositives(let have, let need):
            throw CLIError(RankStatus.coldStart(have: have, need: need))
        case .noNegatives:
            throw CLIError("the ranking has nothing to compare your papers with: sync a day's list first (`papers-tui sync`)")
        }
    }
}

struct RankSeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Give the ranking papers to start from without starring them: by id, an author's, or a BibTeX library's.",
        discussion: "Seeds count as starred for the ranking only; `--clear` takes them all back."
    )

    @OptionGroup var store: StoreOptions

    @Option(parsing: .upToNextOption, help: "arXiv ids or URLs of papers you like.")
    var ids: [String] = []

    @Option(help: "Every cached paper listing this author (any case or accents).")
    var author: String?

    @Option(help: ArgumentHelp("A BibTeX file (a Zotero, JabRef or Google Scholar export): its papers in the cache, found by arXiv id, DOI or title.", valueName: "file"))
    var bibtex: String?

    @Flag(help: "Take every seed back.")
    var clear = false

    func run() throws {
        let paperStore = try store.openStore()
        if clear {
            guard ids.isEmpty, author == nil, bibtex == nil else { throw CLIError("--clear takes every seed back: give it alone") }
            let removed = try paperStore.clearRankingSeeds()
            Output.line("took back \(removed) seed\(removed == 1 ? "" : "s")")
            return
        }
        guard !ids.isEmpty || author != nil || bibtex != nil else {
            throw CLIError("give papers to seed with: --ids 2504.17886 ..., --author \"Daniel Gottesman\", or --bibtex library.bib")
        }
        var wanted = try ids.map(PaperIDArgument.parse)
        if let author {
            let found = try paperStore.paperIDs(byAuthor: author)
            if found.isEmpty { throw CLIError("no cached paper lists the author '\(CLIText.plain(author))': sync their field first, or check the spelling") }
            wanted += found
        }
        if let bibtex { wanted += try LibrarySeeds.paperIDs(in: bibtex, store: paperStore) }
        let unknown = try paperStore.uncachedIDs(wanted)
        let added = try paperStore.addRankingSeeds(wanted)
        let total = try paperStore.rankingSeedCount()
        Output.line("seeded \(added) paper\(added == 1 ? "" : "s") (\(total) seed\(total == 1 ? "" : "s") in all; nothing starred)")
        if !unknown.isEmpty { Output.error("note: not in the cache, so not seeded: \(unknown.joined(separator: " "))") }
    }
}
