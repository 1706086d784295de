import ArgumentParser
import Foundation
import ReaderStore

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Your personal ranking, learned on this machine from your stars, reads and dismissals.",
        discussion: "`papers-tui list --sort relevance` ranks a list by it; it is trained again whenever marks changed.",
        subcommands: [RankStatusCommand.self, RankTrainCommand.self],
        defaultSubcommand: RankStatusCommand.self
    )
}

struct RankStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "The labels the ranking learned from, when it was trained and how well it did on held-out marks."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Print JSON: {state, current, trained_at, labels: {stars, opened, dismissed, skipped, random}, validation: {method, auc, balanced_accuracy, held_out_positives, held_out_negatives}, regularisation, features}.")
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
