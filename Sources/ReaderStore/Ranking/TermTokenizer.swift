import Foundation

/// Splits title and abstract text into hashed terms and adjacent pairs, byte by byte: lowercased,
/// accents folded, TeX commands and `$...$` math dropped, numbers and one-letter words dropped, stop
/// words dropped (a stop word or punctuation also ends a pair), then stemmed.
struct TermTokenizer: Sendable {
    var stems = true
    var dropsStopWords = true
    /// Words longer than this are junk (URLs, formulas run together) and skipped.
    static let longestWord = 40

    /// Calls `body(term, pair, surface)` for each term: its hash, the hash of the pair it ends with the
    /// term before it (0 when none), and the word as written, lowercased (for explanations). At most
    /// `limit` terms are read, so a huge abstract costs no more than a long one.
    func forEachTerm(
        in text: String, limit: Int, _ body: (_ term: UInt64, _ pair: UInt64, _ surface: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var text = Self.needsFolding(text) ? Self.folded(text) : text
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.longestWord * 2 + 8) { buffer in
                var scanner = Scanner(tokenizer: self, buffer: buffer, limit: limit)
                scanner.scan(bytes, body)
            }
        }
    }

    private static func needsFolding(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x80 }
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The state of one pass over a text.
    private struct Scanner {
        let tokenizer: TermTokenizer
        /// The word being read in the first half, its stem made in the second.
        let buffer: UnsafeMutableBufferPointer<UInt8>
        let limit: Int
        var length = 0
        var tooLong = false
        var isCommand = false
        var hasLetter = false
        var previousTerm: UInt64 = 0
        var emitted = 0

        init(tokenizer: TermTokenizer, buffer: UnsafeMutableBufferPointer<UInt8>, limit: Int) {
            self.tokenizer = tokenizer
            self.buffer = buffer
            self.limit = limit
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt64, UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
            var index = 0
            var inMath = false
            while index < bytes.count, emitted < limit {
                let byte = bytes[index]
                if inMath {
                    if byte == UInt8(ascii: "$") { inMath = false }
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    append(byte, isLetter: true)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(byte | 0x20, isLetter: true)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(byte, isLetter: false)
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                    finishWord(body)
                case UInt8(ascii: "\\"):
                    finishWord(body)
                    previousTerm = 0
                    isCommand = true
                case UInt8(ascii: "$"):
                    finishWord(body)
                    previousTerm = 0
                    inMath = true
                case 0x80...:
                    let (scalar, size) = UTF8Scalar.decode(bytes, at: index)
                    if scalar.properties.isAlphabetic {
                        for offset in 0..<size { append(bytes[index + offset], isLetter: true) }
                    } else {
                        finishWord(body)
                        previousTerm = 0
                    }
                    index += size
                    continue
                default:
                    finishWord(body)
                    previousTerm = 0
                }
                index += 1
            }
            finishWord(body)
        }

        private mutating func append(_ byte: UInt8, isLetter: Bool) {
            guard length < TermTokenizer.longestWord else {
                tooLong = true
                return
            }
            buffer[length] = byte
            length += 1
            hasLetter = hasLetter || isLetter
        }

        private mutating func finishWord(_ body: (UInt64, UInt64, UnsafeBufferPointer<UInt8>) -> Void) {
            defer {
                length = 0
                tooLong = false
                isCommand = false
                hasLetter = false
            }
            guard length > 0 else { return }
            guard !isCommand, !tooLong, hasLetter, length > 1 else {
                previousTerm = 0
                return
            }
            let surface = UnsafeBufferPointer(rebasing: buffer[0..<length])
            if tokenizer.dropsStopWords {
                var word = FeatureHash(kind: .term)
                word.add(surface)
                if StopWords.contains(word.value) {
                    previousTerm = 0
                    return
                }
            }
            let stem = UnsafeMutableBufferPointer(rebasing: buffer[TermTokenizer.longestWord..<(TermTokenizer.longestWord * 2)])
            for offset in 0..<length { stem[offset] = surface[offset] }
            let stemLength = tokenizer.stems ? SuffixStemmer.stem(stem, length: length) : length
            var term = FeatureHash(kind: .term)
            term.add(UnsafeBufferPointer(rebasing: stem[0..<stemLength]))
            let pair = previousTerm == 0 ? 0 : FeatureHash.pair(previousTerm, term.value)
            body(term.value, pair, surface)
            previousTerm = term.value
            emitted += 1
        }
    }
}
