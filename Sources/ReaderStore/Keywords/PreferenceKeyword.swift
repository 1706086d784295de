import Foundation

/// One of the user's preference keywords (`[rank] keywords`, or `K` in the reader), as Cool Papers
/// has them: a word or a phrase that pulls a paper up, or (written with a leading `-`) pushes it down.
public struct PreferenceKeyword: Sendable, Hashable {
    /// As the user wrote it, without the `-` and the quotes.
    public let text: String
    public let isNegative: Bool
    /// The index's forms of its words (`IndexWordForms`), matched next to each other and in order.
    let forms: [String]

    /// `diffusion`, `kv cache`, `"kv cache"`, `-survey`, `-"kv cache"`; nil for an entry with no
    /// word in it (`-`, `""`, `!!`).
    public init?(_ entry: String) {
        var text = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        isNegative = text.hasPrefix("-")
        if isNegative { text.removeFirst() }
        // A `-` inside the quotes is no word either, and would read as one that pushes down once
        // written back without them.
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"-").union(.whitespacesAndNewlines))
        forms = IndexWordForms.words(in: text).map(\.form)
        guard !forms.isEmpty else { return nil }
        self.text = text
    }

    /// As the config holds it: `-` first when it pushes down.
    public var entry: String { (isNegative ? "-" : "") + text }

    /// False when `text` cannot hold it: a form's first letters (which stemming keeps) are not in the
    /// text, case and accents ignored. Far cheaper than tokenizing a whole abstract, and true for
    /// every text the tokenizer would find it in.
    func mayOccur(in text: String) -> Bool {
        mayOccur(in: text, lowercasedASCII: Self.lowercasedASCII(text))
    }

    /// The same with `text`'s bytes lowercased once (`lowercasedASCII`, nil when it is not all ASCII).
    func mayOccur(in text: String, lowercasedASCII: [UInt8]?) -> Bool {
        forms.allSatisfy { form in
            let start = String(form.prefix(form.count > 3 ? 3 : max(1, form.count - 1)))
            guard let bytes = lowercasedASCII, start.utf8.allSatisfy({ $0 < 0x80 }) else {
                return text.range(of: start, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
            let needle = Array(start.utf8)
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { offset in
                needle.indices.allSatisfy { bytes[offset + $0] == needle[$0] }
            }
        }
    }

    /// The text's bytes with A-Z lowercased; nil when a byte is not ASCII (accents need the slow compare).
    static func lowercasedASCII(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return bytes
    }

    /// True when its forms stand next to each other, in order, among `forms`.
    func occurs(in forms: [String]) -> Bool {
        guard forms.count >= self.forms.count else { return false }
        return (0...(forms.count - self.forms.count)).contains { start in
            self.forms.indices.allSatisfy { self.forms[$0] == forms[start + $0] }
        }
    }

    /// Where it matches among `words`: each run of its forms, as indices into `words`.
    func matches(in words: [IndexWordForms.Word]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = 0
        while start + forms.count <= words.count {
            if forms.indices.allSatisfy({ forms[$0] == words[start + $0].form }) {
                found.append(start..<(start + forms.count))
                start += forms.count
            } else {
                start += 1
            }
        }
        return found
    }
}
