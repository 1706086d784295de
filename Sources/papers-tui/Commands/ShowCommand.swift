import ArgumentParser
import Foundation
import ReaderStore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one paper from the cache.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "An arXiv id or URL.")
    var id: String

    @Flag(help: "Print a JSON object.")
    var json = false

    func run() throws {
        let parsed = try ArxivIDArgument.parse(id)
        let paperStore = try store.openStore()
        guard let listed = try paperStore.paper(id: parsed.value) else {
            throw CLIError("\(parsed.value) is not in the cache: run `papers-tui sync --id \(parsed.value)`")
        }
        if json {
            let data = try PaperJSON.encoder().encode(PaperJSON(listed))
            Output.line(String(decoding: data, as: UTF8.self))
        } else {
            Output.line(ListPrinter.details(listed))
        }
    }
}

enum ArxivIDArgument {
    static func parse(_ raw: String) throws -> ArxivID {
        guard let id = ArxivID(parsing: raw) else {
            throw CLIError("'\(raw)' is not an arXiv id (expected e.g. 2411.18123, hep-th/9901001 or an arxiv.org URL)")
        }
        return id
    }
}
