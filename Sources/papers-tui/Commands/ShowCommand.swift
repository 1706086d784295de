import ArgumentParser
import Foundation
import ReaderStore
import ReaderUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one paper from the cache.")

    @OptionGroup var store: StoreOptions

    @Argument(help: "An arXiv id or URL.")
    var id: String

    @Flag(help: "Print a JSON object.")
    var json = false

    @Option(help: "The FAQ language to include: en or zh (default from config, else en).")
    var lang: String?

    func run() throws {
        let parsed = try PaperIDArgument.parse(id)
        let paperStore = try store.openStore()
        guard let listed = try paperStore.paper(id: parsed) else {
            throw CLIError("\(parsed) is not in the cache: run `papers-tui open \(parsed)`")
        }
        let config = try Config.load()
        let language = try lang.map { try Config.language($0, origin: "--lang") } ?? config.faqLanguage
        let faq = try paperStore.faq(
            paperID: listed.paper.id, lang: language,
            preferring: FAQKey(version: listed.paper.version, model: config.llm.model))
        let note = try paperStore.note(for: listed.paper.id)
        let tags = try paperStore.tags(for: listed.paper.id)
        if json {
            let data = try PaperJSON.encoder().encode(ShowJSON(paper: PaperJSON(listed), faq: faq.map(FAQJSON.init), note: note?.text, tags: tags))
            Output.line(String(decoding: data, as: UTF8.self))
        } else {
            Output.line(ListPrinter.details(listed))
            if !tags.isEmpty { Output.line("Tags: " + tags.joined(separator: ", ")) }
            if let note { Output.line("\nNote:\n\n" + CLIText.paragraphs(note.text)) }
            if let faq {
                let state = faq.isComplete ? "" : ", incomplete: `papers-tui faq \(listed.paper.id) --refresh` finishes it"
                Output.line("\nFAQ (\(CLIText.plain(faq.model)), from \(faq.source.label)\(state)):\n")
                Output.line(CLIText.paragraphs(faq.text))
            }
        }
    }
}

/// A paper in the cache by any name: an arXiv id or URL, or a venue paper's id (`zkIeKmVjwf@OpenReview`,
/// `11127@NeurIPS.2018`) or URL.
enum PaperIDArgument {
    static func parse(_ raw: String) throws -> String {
        switch PaperReference(parsing: raw) {
        case let reference?: return reference.paperID
        case nil:
            let text = raw.trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, VenueEdition(parsing: String(parts[1])) != nil,
               parts[0].allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
                return text
            }
            throw CLIError("'\(raw)' is not a paper id: expected \(PaperReference.expected), or a venue paper id such as abc123@OpenReview")
        }
    }
}
