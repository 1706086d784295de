import ReaderStore

/// `S`: lists in arXiv's order, by the personal ranking, or by the preference keywords; and the
/// ranking's answers as they come back from the background.
extension Reader {
    static func cycleSort(_ state: inout AppState) -> [Effect] {
        if case .search = state.source {
            setStatus(&state, "a search lists the best match first; \(state.keymap.keyName(for: .cycleSort)) sorts the other lists")
            return []
        }
        let coldStart = switch state.ranking {
        case .needsMorePositives, .noNegatives: true
        default: false
        }
        // Leaving arXiv's order: the paper under the cursor is where the cycle comes back to.
        if state.listOrder == .arxiv { state.paperBeforeSort = state.selected?.paper.id }
        state.sort = state.sort.next
        var effects = state.sort == .relevance ? [Effect.takeLatestRanking] : []
        if state.listOrder == .arxiv || (state.sort == .relevance && coldStart) {
            // Back in arXiv's order (or a ranking that cannot sort yet): the paper that was under the
            // cursor in arXiv's order comes back, else the one under it now stays.
            let before = state.paperBeforeSort.map { [$0] }
            if state.listOrder == .arxiv { state.paperBeforeSort = nil }
            effects += reloadFollowingSelection(&state, following: before)
        } else {
            // A new order is read from its top: the point of sorting is the best first.
            state.cursor = 0
            state.listTop = 0
            state.abstractScroll = 0
            effects += reloadKeepingCursor(&state)
        }
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
                : "best keyword matches first")
        }
        return effects
    }

    /// A list is sorted by the ranking: ask for it again (trained anew when marks changed since). A
    /// day in another order has its papers scored in the background, so that `S` finds them scored
    /// (the first scoring of a day is about 150 ms; nothing when no ranking is kept).
    static func checkRankingIfSorted(_ state: AppState) -> [Effect] {
        if state.sort == .relevance { return state.isSearch ? [] : [.checkRanking] }
        guard state.source == .day, var ranked = state.query else { return [] }
        ranked.order = .relevance
        return [.warm(ranked)]
    }

    /// A star or a dismissal in a list sorted by the ranking: trained again in the background; the list
    /// is sorted by the new model at once when its cursor is at the top, else on Ctrl-L.
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
                setStatus(&state, "sorted by your ranking, learned from \(positives) papers starred, opened or seeded")
            }
            let atTop = state.cursor == 0 && state.listTop == 0
            var retrained = false
            if case .ready(_, let shown) = previous {
                // The same model the list was sorted by (to the millisecond the cache keeps): nothing to read again.
                if abs(shown.timeIntervalSince(trainedAt)) < 0.002 {
                    if state.counts.isSorted { return [] }
                } else if !atTop {
                    // Learned from marks made while reading down the list: it is not reshuffled under the reader.
                    setStatus(&state, "the ranking learned from your marks: \(state.keymap.keyName(for: .redraw)) sorts the list anew")
                    return []
                } else {
                    retrained = true
                }
            }
            // A list sorted afresh opens at its best paper; one sorted again by a model retrained (a star,
            // vectors fetched) keeps the paper under the cursor, so that a second `s` is on the same paper.
            return [.takeLatestRanking] + (atTop && !retrained ? reloadKeepingCursor(&state) : reloadFollowingSelection(&state))
        case .needsMorePositives(let have, let need):
            if asked {
                let more = need - have
                setStatus(&state, "the ranking needs \(more) more paper\(more == 1 ? "" : "s") starred or opened (it has \(have)): in arXiv's order meanwhile")
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
