import ReaderStore

/// `K` opens the preference keywords in the status line as one line (`KeywordLine`); Enter shows them
/// at once and asks for them to be saved to config.toml, Esc leaves them as they were.
extension Reader {
    static func editKeywords(_ state: inout AppState) -> [Effect] {
        state.input = TextInput(kind: .keywords, text: KeywordLine.format(state.keywords), returnTo: state.source)
        return []
    }

    /// What is wrong with the line, said while it is typed (an open quote is only a phrase begun).
    static func checkKeywordsAsTyped(_ state: inout AppState) {
        guard var input = state.input else { return }
        do {
            _ = try KeywordLine.parse(input.text)
            input.problem = nil
        } catch .unclosedQuote {
            input.problem = nil
        } catch {
            input.problem = error.description
        }
        state.input = input
    }

    /// Back from `$EDITOR`: the line it gave, saved as Enter saves the line typed (or, when it does not
    /// read, left open with what is wrong).
    static func keywordsEdited(_ line: String, _ state: inout AppState) -> [Effect] {
        guard var input = state.input, input.kind == .keywords else { return [] }
        input.text = line
        return commitKeywords(input, &state)
    }

    static func commitKeywords(_ input: TextInput, _ state: inout AppState) -> [Effect] {
        let keywords: PreferenceKeywords
        do {
            keywords = try KeywordLine.parse(input.text)
        } catch {
            var kept = input
            kept.problem = error.description
            state.input = kept
            return []
        }
        state.input = nil
        guard keywords != state.keywords else {
            setStatus(&state, "keywords unchanged")
            return []
        }
        // Taken before the list asked for changes (sorted by keywords, the new ones sort it anew).
        let following = followedPapers(state)
        state.keywords = keywords
        setStatus(&state, keywords.isEmpty ? "no keywords: saving…" : "keywords: \(KeywordLine.format(keywords)): saving…")
        let resorted = state.sort == .keywords && !state.isSearch ? reloadFollowingSelection(&state, following: following) : []
        return resorted + [.saveKeywords(keywords.entries)]
    }
}
