import ReaderStore

/// `S`: lists in arXiv's order, by the personal ranking, or by the preference keywords; and the
/// ranking's answers as they come back from the background.
extension Reader {
    static func cycleSort(_ state: inout AppState) -> [Effect] {
        if case .search = state.source {
            setStatus(&state, "a search lists the best match first; \(state.keymap.keyName(for: .cycleSort)) sorts the other lists")
            return []
        }
        // Taken before the list asked for changes, which leaves the rows held without a selection.
        let following = followedPapers(state)
        state.sort = state.sort.next
        var effects = reloadFollowingSelection(&state, following: following)
        let top = state.keymap.keyName(for: .top)
        switch state.sort {
        case .arxiv:
            setStatus(&state, "in arXiv's order")
        case .relevance:
            state.ranking = .training
            setStatus(&state, "sorting by your ranking…")
            effects.append(.checkRanking)
        case .keywords:
            setStatus(&state, state.keywords.isEmpty
                ? "no preference keywords yet (\(state.keymap.keyName(for: .editKeywords)) sets some): in arXiv's order"
                : "best keyword matches first (\(top): the top)")
        }
        return effects
    }

    /// A list is sorted by the ranking: ask for it again (trained anew when marks changed since).
    static func checkRankingIfSorted(_ state: AppState) -> [Effect] {
        state.sort == .relevance && !state.isSearch ? [.checkRanking] : []
    }

    /// A star or a dismissal in a list sorted by the ranking: trained again in the background, and the
    /// list sorted anew once it is, the cursor on the same paper.
    static func retrainIfSorted(after effects: [Effect], _ state: AppState) -> [Effect] {
        guard state.sort == .relevance, !state.isSearch, effects.contains(where: {
            if case .applyMark(let change, _) = $0 { change != .read && change != .unread } else { false }
        }) else { return effects }
        return effects + [.checkRankingAfterMarks]
    }

    static func rankingChecked(_ ranking: RankingState, _ state: inout AppState) -> [Effect] {
        let previous = state.ranking
        state.ranking = ranking
        guard state.sort == .relevance, !state.isSearch else { return [] }
        let asked = previous == .training
        switch ranking {
        case .ready(let positives, let trainedAt):
            if asked {
                setStatus(&state, "sorted by your ranking, learned from \(positives) papers starred or opened "
                    + "(\(state.keymap.keyName(for: .top)): the top)")
            }
            if case .ready(_, let shown) = previous {
                // The same model the list was sorted by (to the millisecond the cache keeps): nothing to read again.
                let same = abs(shown.timeIntervalSince(trainedAt)) < 0.002
                if same, state.counts.isSorted { return [] }
                if !same { setStatus(&state, "the ranking learned from your marks: the list is sorted again") }
            }
            // At the top of the list (just opened, or gone back there) it stays at the top: the best first.
            if state.cursor == 0 { return reloadKeepingCursor(&state) }
            return reloadFollowingSelection(&state)
        case .needsMorePositives(let have, let need):
            if asked {
                setStatus(&state, "the ranking needs \(need - have) more ★ (it has \(have)): listed in arXiv's order meanwhile")
            }
            return []
        case .noNegatives:
            if asked { setStatus(&state, "the ranking has no other papers to compare yours with yet: sync a day first") }
            return []
        case .failed(let message):
            setStatus(&state, message, isError: true)
            return []
        case .unknown, .training:
            return []
        }
    }
}
