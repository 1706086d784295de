import ReaderStore

/// The selected paper's tags (read with its FAQ), and `t`'s line that edits them.
public struct PaperTags: Sendable, Equatable {
    public var paperID: String
    public var names: [String]
}

extension TextInput.Kind {
    var isTags: Bool {
        if case .tags = self { true } else { false }
    }
}

extension Reader {
    static func tagsLoaded(paperID: String, tags: [String], saved: Bool, _ state: inout AppState) {
        state.tags = PaperTags(paperID: paperID, names: tags)
        state.paperTags[paperID] = tags.isEmpty ? nil : tags
        // `t` pressed before the paper's tags were read: the line, still untouched, now shows them.
        if var input = state.input, case .tags(paperID, nil) = input.kind, input.text.isEmpty {
            input.kind = .tags(paperID: paperID, shown: tags)
            input.text = lineText(tags)
            state.input = input
        }
        guard saved else { return }
        setStatus(&state, tags.isEmpty ? "\(paperID) has no tags" : "tags of \(paperID): " + tags.joined(separator: ", "))
    }

    /// `t`: the line holds the paper's tags, ready for one more.
    static func editTags(_ state: inout AppState) -> [Effect] {
        guard let paper = state.selected else { return [] }
        let known = state.tags?.paperID == paper.paper.id ? state.tags?.names : nil
        var input = TextInput(kind: .tags(paperID: paper.paper.id, shown: known), returnTo: state.source)
        input.text = lineText(known ?? [])
        state.input = input
        return [.loadAllTags] + (known == nil ? [.loadNoteAndTags(paperID: paper.paper.id)] : [])
    }

    static func lineText(_ tags: [String]) -> String {
        tags.isEmpty ? "" : tags.joined(separator: ", ") + ", "
    }

    /// The tags typed, each checked: those not shown are added, and those shown and no longer typed
    /// taken off.
    static func commitTags(_ input: TextInput, paperID: String, shown: [String]?, _ state: inout AppState) -> [Effect] {
        var names: [String] = []
        for word in tagWords(input.text) {
            guard let name = TagName.normalized(word) else {
                var kept = input
                kept.problem = word.contains(" ")
                    ? "'\(word)' is not a tag: tags have no spaces (kv-cache), and commas separate them"
                    : "'\(word)' is not a tag: letters, digits and - _ . / only, at most \(TagName.maximumLength)"
                state.input = kept
                return []
            }
            if !names.contains(name) { names.append(name) }
        }
        state.input = nil
        let before = shown ?? []
        return [.changeTags(paperID: paperID, add: names.filter { !before.contains($0) }, remove: before.filter { !names.contains($0) })]
    }

    /// Tab: the word being typed becomes the most used tag it begins, that the line does not hold yet.
    static func completeTag(_ state: inout AppState) {
        guard var input = state.input else { return }
        let words = tagWords(input.text)
        let typing = input.text.last.map { $0 == "," || $0 == " " } == false ? words.last ?? "" : ""
        let lowered = typing.lowercased()
        // Only a word begun is completed: Tab on nothing would add tags one after the other.
        guard !typing.isEmpty else { return }
        guard let choice = state.knownTags.first(where: { $0.hasPrefix(lowered) && !words.dropLast().contains($0) }) else {
            var kept = input
            kept.problem = "no other tag in use begins with \(typing)"
            state.input = kept
            return
        }
        input.text = String(input.text.dropLast(typing.count)) + choice + ", "
        input.problem = nil
        state.input = input
    }

    /// The line's tags: comma-separated (a space inside one is a mistake the tag check names).
    static func tagWords(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
