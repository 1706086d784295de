import Foundation

/// Tells an OAI-PMH harvest that is getting somewhere from a server that leads it round in circles:
/// one once sent the same resumption token 448 times in 20 s.
struct HarvestLoopCheck {
    let maxPages: Int
    let maxEmptyPages: Int
    private var tokens = Set<String>()
    private var emptyPagesInARow = 0

    init(maxPages: Int, maxEmptyPages: Int) {
        self.maxPages = maxPages
        self.maxEmptyPages = maxEmptyPages
    }

    /// A token already asked with (the one a resumed harvest starts from).
    mutating func seen(_ token: String) {
        tokens.insert(token)
    }

    /// Throws when `page`, arriving after `pages` others, shows the harvest would go on without end.
    mutating func check(_ page: OAIPage, after pages: Int) throws(FeedError) {
        let source = "the OAI-PMH server"
        guard let token = page.resumptionToken else { return }
        guard tokens.insert(token).inserted else {
            throw .endlessPaging(source: source, detail: "sent the resumption token of an earlier page again (page \(pages + 1))")
        }
        emptyPagesInARow = page.recordCount == 0 ? emptyPagesInARow + 1 : 0
        if emptyPagesInARow >= maxEmptyPages {
            throw .endlessPaging(source: source, detail: "sent \(emptyPagesInARow) pages in a row without records (page \(pages + 1))")
        }
        if pages + 1 >= maxPages {
            throw .endlessPaging(source: source, detail: "kept sending pages past \(maxPages)")
        }
    }
}
