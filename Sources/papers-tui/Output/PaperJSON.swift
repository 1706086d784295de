import Foundation
import ReaderStore
import ReaderUI

/// The JSON shape of a paper in every `--json` (list, show, search, open, related, export).
struct PaperJSON: Encodable {
    let id: String
    let version: Int
    let title: String
    let authors: [String]
    let abstract: String
    let categories: [String]
    let primaryCategory: String
    let date: String?
    let announceType: String?
    let starred: Bool
    let read: Bool
    /// Once the reader's cursor reached it, or it was opened or marked read or seen.
    let seen: Bool
    let starredAt: String?
    let readAt: String?
    let seenAt: String?
    /// Marked "not interested" (`papers-tui dismiss`, `d` in the reader).
    let dismissed: Bool
    let dismissedAt: String?
    /// Starred or read, and announced again since at a newer version than `seen_version`.
    let changed: Bool
    let seenVersion: Int?
    let comments: String?
    let journalRef: String?
    let doi: String?
    let published: String?
    let updated: String?
    let absURL: String
    let pdfURL: String
    /// Relevance: a search result's, or the personal ranking's in a list sorted by relevance (absent otherwise).
    var score: Double?
    /// With the ranking's score: the terms, authors or categories that weigh most for the paper.
    var why: String?
    /// In a saved search's list: announced after the day it was last looked at (absent otherwise).
    var isNew: Bool?
    /// In the watched list: the watched authors and keywords the paper matches (absent otherwise).
    var watched: [String]?
    /// The venue edition (`ICLR.2025`) and group (`Oral`) listing the paper, when one does.
    let venue: String?
    let group: String?

    enum CodingKeys: String, CodingKey {
        case id, version, title, authors, abstract, categories, date, starred, read, seen, comments, doi, published, updated, score, why, watched
        case venue, group
        case isNew = "new"
        case primaryCategory = "primary_category"
        case announceType = "announce_type"
        case starredAt = "starred_at"
        case readAt = "read_at"
        case seenAt = "seen_at"
        case changed, dismissed
        case dismissedAt = "dismissed_at"
        case seenVersion = "seen_version"
        case journalRef = "journal_ref"
        case absURL = "abs_url"
        case pdfURL = "pdf_url"
    }

    init(_ listed: ListedPaper) {
        let paper = listed.paper
        id = paper.id
        version = paper.version
        title = paper.title
        authors = paper.authors
        abstract = paper.abstract
        categories = paper.categories
        primaryCategory = paper.primaryCategory
        date = listed.announceDate
        announceType = listed.announceType?.rawValue
        starred = listed.isStarred
        read = listed.isRead
        seen = listed.isSeen
        starredAt = listed.starredAt.map(Self.timestamp)
        readAt = listed.readAt.map(Self.timestamp)
        seenAt = listed.seenAt.map(Self.timestamp)
        changed = listed.isChanged
        dismissed = listed.isDismissed
        dismissedAt = listed.dismissedAt.map(Self.timestamp)
        seenVersion = listed.seenVersion
        comments = paper.comments
        journalRef = paper.journalRef
        doi = paper.doi
        published = paper.published.map(Self.timestamp)
        updated = paper.updated.map(Self.timestamp)
        absURL = paper.absURL
        pdfURL = paper.pdfURL
        venue = listed.venue?.edition
        group = listed.venue?.group
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// `show --json`: the paper's fields plus `faq`, an object or null.
struct ShowJSON: Encodable {
    let paper: PaperJSON
    let faq: FAQJSON?
    let note: String?
    let tags: [String]

    enum CodingKeys: String, CodingKey { case faq, note, tags }

    func encode(to encoder: any Encoder) throws {
        try paper.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(faq, forKey: .faq)
        try container.encode(note, forKey: .note)
        try container.encode(tags, forKey: .tags)
    }
}

struct FAQJSON: Encodable {
    let lang: String
    let model: String
    let status: String
    let source: String
    let text: String
    let note: String?
    let version: Int
    let updatedAt: String

    enum CodingKeys: String, CodingKey {
        case lang, model, status, source, text, note, version
        case updatedAt = "updated_at"
    }

    init(_ answer: FAQAnswer) {
        lang = answer.lang.rawValue
        model = answer.model
        status = answer.status.rawValue
        source = answer.source.rawValue
        text = answer.text
        note = answer.note
        version = answer.version
        updatedAt = answer.updatedAt.formatted(.iso8601)
    }
}

/// Writes to standard output without buffering surprises.
enum Output {
    /// Writes to standard output; when its reader has gone (`| head -1`) the command ends quietly with
    /// exit 0: the reader asked for no more, and a pipeline under `set -o pipefail` should not fail for it.
    static func write(_ text: String) {
        if !writeIfOpen(text) { exit(0) }
    }

    /// Writes to standard output; false once its reader has gone, for a caller with work to keep first.
    @discardableResult
    static func writeIfOpen(_ text: String) -> Bool {
        DescriptorWriter.write(text, to: STDOUT_FILENO) != .closed
    }

    static func line(_ text: String = "") {
        write(text + "\n")
    }

    /// A transient line on a terminal's standard error (overwritten by the next), else a plain line.
    static func status(_ text: String) {
        if standardErrorIsTerminal {
            errorBytes("\r\u{1B}[K\(text)")
        } else if !text.isEmpty {
            error(text)
        }
    }

    static func error(_ text: String) {
        errorBytes(text + "\n")
    }

    /// Standard error as it is, without a newline (progress bars). A closed standard error is ignored:
    /// there is nowhere left to say anything.
    static func errorBytes(_ text: String) {
        DescriptorWriter.write(text, to: STDERR_FILENO)
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardInputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
}
