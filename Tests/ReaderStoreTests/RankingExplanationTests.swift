import Testing
@testable import ReaderStore

@Suite("why a paper ranks where it does, in one line")
struct RankingExplanationTests {
    private let explanation = RankingExplanation(
        score: 2,
        raising: [RankingReason(source: .term, text: "surface code", contribution: 1.2),
                  RankingReason(source: .author, text: "Daniel Gottesman", contribution: 0.8),
                  RankingReason(source: .category, text: "quant-ph", contribution: 0.5),
                  RankingReason(source: .category, text: "cs.IT", contribution: 0.3)],
        lowering: [RankingReason(source: .category, text: "quant-ph", contribution: -0.9),
                   RankingReason(source: .term, text: "survey", contribution: -0.7)])

    @Test("terms, then authors, then categories; the strongest reason against when it weighs")
    func whole() {
        #expect(explanation.summary == "surface code · Daniel Gottesman · quant-ph, cs.IT; against: quant-ph")
    }

    @Test("in a list of one category, that category (or its archive's) is left out: every paper has it")
    func listCategoryLeftOut() {
        #expect(explanation.summary(leavingOut: "quant-ph") == "surface code · Daniel Gottesman · cs.IT; against: survey")
        #expect(explanation.summary(leavingOut: "cs") == "surface code · Daniel Gottesman · quant-ph; against: quant-ph")
        #expect(explanation.summary(leavingOut: "cs.I") == explanation.summary, "a prefix that is not an archive leaves nothing out")
    }
}
