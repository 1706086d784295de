import ArgumentParser
import Foundation
import ReaderStore

struct RankEmbedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed",
        abstract: "Fetch paper vectors from [rank] embeddings_url for the ranking, then train it again.",
        discussion: """
            The papers you starred, read or dismissed come first, then the lists of the ten newest days. The reader \
            does this after every sync; vectors already kept are not asked for again.
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Papers asked for at most.")
    var limit = EmbeddingPass.defaultLimit

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let config = try Config.load()
        guard let settings = config.embeddings else {
            throw CLIError("no embeddings server is configured: set [rank] embeddings_url and embeddings_model in \(config.configPath)")
        }
        let paperStore = try store.openStore()
        let onTerminal = Output.standardErrorIsTerminal
        let name = CLIText.plain(settings.model)
        let summary = await EmbeddingPass.run(store: paperStore, client: EmbeddingsClient(settings: settings), limit: limit) { done, wanted in
            if onTerminal { Output.errorBytes("\r\u{1B}[Kembedding papers with \(name): \(done)/\(wanted)") }
        }
        if onTerminal { Output.errorBytes("\r\u{1B}[K") }
        let coverage = try paperStore.embeddingCoverage(model: settings.model)
        if let failure = summary.failure {
            let goOn = summary.embedded > 0 ? " (run it again to go on)" : ""
            throw CLIError("\(failure); \(summary.embedded) of \(summary.wanted) papers embedded, \(coverage.papers) in all\(goOn)")
        }
        Output.line("embedded \(summary.embedded) paper\(summary.embedded == 1 ? "" : "s"); \(coverage.papers) have a vector from "
            + name + (coverage.dimension.map { " (\($0) numbers each)" } ?? ""))
        guard summary.embedded > 0 else { return }
        switch try paperStore.trainRanking() {
        case .ranked(let model, _):
            let used = model.embeddingModel == nil ? "without vectors (too few of your marked papers have one yet)"
                : "with the vectors of \(model.report.embedded) of its papers"
            Output.line("ranking trained again \(used)")
        case .needsMorePositives(let have, let need):
            Output.line("note: \(RankStatus.coldStart(have: have, need: need))")
        case .noNegatives:
            break
        }
    }
}
