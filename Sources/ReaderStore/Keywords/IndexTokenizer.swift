import Foundation
import GRDB

/// SQLite's own FTS5 tokenizer, run outside any table: the tokens of a text and the bytes each came
/// from. An in-memory database lends it, since SQLite hands tokenizers out per connection.
final class IndexTokenizer: @unchecked Sendable {
    struct Token: Equatable {
        let form: String
        let bytes: Range<Int>
    }

    /// As `paper_fts` and `faq_fts` were created (Migrations v1 and v3); `keywords match what a
    /// search finds` in the tests holds the two together.
    static let descriptor = FTS5TokenizerDescriptor.porter(wrapping: .unicode61(diacritics: .remove))

    static let shared = IndexTokenizer()

    private let queue = try? DatabaseQueue()
    /// Made on first use and kept; touched only on `queue`.
    private var tokenizer: (any FTS5Tokenizer)?

    /// The tokens of each text; none when SQLite cannot lend a tokenizer (then nothing matches).
    func tokens(of texts: [String]) -> [[Token]] {
        let none = texts.map { _ in [Token]() }
        guard let queue else { return none }
        return (try? queue.inDatabase { db in
            let tokenizer = try self.tokenizer ?? db.makeTokenizer(Self.descriptor)
            self.tokenizer = tokenizer
            return try texts.map { try Self.tokens(of: $0, with: tokenizer) }
        }) ?? none
    }

    private final class Collected {
        var tokens: [Token] = []
    }

    private static func tokens(of text: String, with tokenizer: any FTS5Tokenizer) throws -> [Token] {
        let collected = Collected()
        let code = text.utf8CString.withUnsafeBufferPointer { buffer in
            // `collected` is reached only through the context pointer while the tokenizer runs.
            withExtendedLifetime(collected) { tokenizer.tokenize(
                context: Unmanaged.passUnretained(collected).toOpaque(), tokenization: .document,
                pText: buffer.baseAddress, nText: CInt(buffer.count - 1)
            ) { context, _, token, length, start, end in
                guard let context, let token else { return ResultCode.SQLITE_OK.rawValue }
                let form = String(decoding: UnsafeRawBufferPointer(start: token, count: Int(length)), as: UTF8.self)
                Unmanaged<Collected>.fromOpaque(context).takeUnretainedValue().tokens
                    .append(Token(form: form, bytes: Int(start)..<Int(end)))
                return ResultCode.SQLITE_OK.rawValue
            } }
        }
        guard code == ResultCode.SQLITE_OK.rawValue else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
        return collected.tokens
    }
}
