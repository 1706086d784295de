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
