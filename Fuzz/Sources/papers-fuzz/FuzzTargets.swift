import CFuzzerDriver
import Foundation
import ReaderStore
import ReaderUI

/// One libFuzzer entry point for every target; `PAPERS_FUZZ_TARGET` picks which (scripts/fuzz sets it).
/// A target may throw on bad input (that is the parser's job); it must not crash, hang or grow
/// without bound, and where a property can be checked cheaply it is checked with `preconditionFailure`.
enum FuzzTarget: String, CaseIterable {
    case atom, rss, oai, kaggle, sse, reference, query, venues, openreview, sanitize, xmlshape

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PAPERS_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("papers-fuzz: set PAPERS_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()

    func run(_ data: Data) {
        switch self {
        case .atom: _ = try? ArxivAPIParser.parse(data)
        case .rss: _ = try? ArxivRSSParser.parse(data)
        case .oai: _ = try? OAIPMHParser.parse(data)
        case .kaggle: FuzzChecks.kaggle(data)
        case .sse: FuzzChecks.sse(data)
        case .reference: FuzzChecks.reference(String(decoding: data, as: UTF8.self))
        case .query: FuzzChecks.query(String(decoding: data, as: UTF8.self))
        case .venues: _ = try? VenueListing.parse(data, edition: FuzzChecks.edition)
        case .openreview: _ = try? OpenReviewNotes.parse(data, edition: FuzzChecks.edition)
        case .sanitize: FuzzChecks.sanitize(String(decoding: data, as: UTF8.self))
        case .xmlshape: FuzzChecks.xmlShape(data)
        }
    }
}

@main
enum PapersFuzz {
    static func main() {
        _ = FuzzTarget.selected
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
            FuzzTarget.selected.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
            return 0
        })
    }
}
