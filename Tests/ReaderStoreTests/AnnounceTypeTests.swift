import Testing
@testable import ReaderStore

@Suite("announce types")
struct AnnounceTypeTests {
    @Test("seen from a paper's primary category, a listing is new or a replacement", arguments: [
        (.new, .new),
        (.cross, .new),
        (.replace, .replace),
        (.replaceCross, .replace),
    ] as [(AnnounceType, AnnounceType)])
    func fromPrimary(type: AnnounceType, expected: AnnounceType) {
        #expect(type.relative(toPrimary: true) == expected)
    }

    @Test("seen from any other category, a listing is a cross-list", arguments: [
        (.new, .cross),
        (.cross, .cross),
        (.replace, .replaceCross),
        (.replaceCross, .replaceCross),
    ] as [(AnnounceType, AnnounceType)])
    func fromElsewhere(type: AnnounceType, expected: AnnounceType) {
        #expect(type.relative(toPrimary: false) == expected)
    }

    @Test("the raw values are the words arXiv's feeds use")
    func rawValues() {
        #expect(AnnounceType.allCases.map(\.rawValue) == ["new", "cross", "replace", "replace-cross"])
        #expect(AnnounceType.allCases.map(\.rank) == [0, 1, 2, 3])
        #expect(AnnounceType.allCases.filter(\.isReplacement) == [.replace, .replaceCross])
    }
}
