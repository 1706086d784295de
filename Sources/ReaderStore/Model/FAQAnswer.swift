import Foundation

/// The language an FAQ is written in; each is its own generation, not a translation.
public enum FAQLanguage: String, Sendable, CaseIterable, Codable {
    case en, zh

    public init?(parsing text: String) {
        switch text.lowercased() {
        case "en", "english": self = .en
        case "zh", "cn", "chinese", "zh-cn": self = .zh
        default: return nil
        }
    }
}

/// What an answer was generated from, best first.
public enum FullTextSource: String, Sendable, Codable {
    case pdf, html, abstract

    public var label: String {
        switch self {
        case .pdf: "the PDF"
        case .html: "the HTML version"
        case .abstract: "the abstract only"
        }
    }
}

/// Text extracted from a paper, kept so a regeneration does not download it again.
public struct FullText: Sendable, Equatable {
    public var source: FullTextSource
    public var text: String

    public init(source: FullTextSource, text: String) {
        self.source = source
        self.text = text
    }
}

/// A generated FAQ, complete or (after a stop or a broken stream) partial, keyed by paper, version,
/// language, model and prompt version.
public struct FAQAnswer: Sendable, Equatable {
    public enum Status: String, Sendable, Codable {
        case complete, incomplete
    }

    public var paperID: String
    public var version: Int
    public var lang: FAQLanguage
    public var model: String
    public var promptVersion: Int
    public var status: Status
    public var source: FullTextSource
    public var text: String
    /// Why an incomplete answer stopped.
    public var note: String?
    public var updatedAt: Date

    public init(paperID: String, version: Int, lang: FAQLanguage, model: String, promptVersion: Int,
                status: Status, source: FullTextSource, text: String, note: String? = nil, updatedAt: Date = Date()) {
        self.paperID = paperID
        self.version = version
        self.lang = lang
        self.model = model
        self.promptVersion = promptVersion
        self.status = status
        self.source = source
        self.text = text
        self.note = note
        self.updatedAt = updatedAt
    }

    public var isComplete: Bool { status == .complete }
}

/// The parts of an answer's key that come from the paper and the settings rather than the request.
public struct FAQKey: Sendable, Equatable {
    public var version: Int
    public var model: String
    public var promptVersion: Int

    public init(version: Int, model: String, promptVersion: Int) {
        self.version = version
        self.model = model
        self.promptVersion = promptVersion
    }
}
