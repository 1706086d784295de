import Foundation
import Testing
@testable import ReaderStore
@testable import ReaderUI

@Suite("t: the tag line")
struct TagLineTests {
    @Test("the line starts from the paper's tags; what is typed is added, what is deleted taken off")
    func fromShownTags() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        let id = try #require(state.selected?.paper.id)
        state = Reader.update(state, .tagsLoaded(paperID: id, tags: ["kv-cache", "old"])).0
        state = Reader.update(state, .allTagsLoaded(["kv-cache", "llm", "old"])).0
        var (line, effects) = press(state, .character("t"))
        #expect(line.input?.text == "kv-cache, old, ")
        #expect(effects == [.loadAllTags])
        line.input?.text = "kv-cache, "
        line = type(line, "l").0
        line = press(line, .tab).0
        #expect(line.input?.text == "kv-cache, llm, ")
        let (saved, changes) = press(line, .enter)
        #expect(saved.input == nil)
        #expect(changes == [.changeTags(paperID: id, add: ["llm"], remove: ["old"])])
    }

    @Test("t before the paper's tags were read: they fill the untouched line when they come, and an early Enter only adds")
    func beforeTagsArrive() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let id = try #require(state.selected?.paper.id)
        let (line, effects) = press(state, .character("t"))
        #expect(line.input?.text == "")
        #expect(effects.contains(.loadNoteAndTags(paperID: id)), "the tags are asked for")
        let filled = Reader.update(line, .tagsLoaded(paperID: id, tags: ["kept"])).0
        #expect(filled.input?.text == "kept, ")
        let early = type(line, "new").0
        let (_, changes) = press(early, .enter)
        #expect(changes == [.changeTags(paperID: id, add: ["new"], remove: [])], "a tag not shown is never taken off")
    }

    @Test("a change from elsewhere reads the shown paper's note and tags again")
    func outsideChange() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let id = try #require(state.selected?.paper.id)
        #expect(Reader.update(state, .storeChanged).1.contains(.loadNoteAndTags(paperID: id)))
    }

    @Test("a space inside a tag and Tab on nothing: the line says what to do instead")
    func spacesAndEmptyTab() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state = Reader.update(state, .allTagsLoaded(["kv-cache"])).0
        let empty = press(press(state, .character("t")).0, .tab).0
        #expect(empty.input?.text == "", "Tab completes a word begun, and adds nothing on its own")
        let spaced = type(empty, "health misinfo").0
        let (kept, effects) = press(spaced, .enter)
        #expect(effects.isEmpty)
        #expect(kept.input?.problem?.contains("tags have no spaces") == true)
    }

    @Test("a word that cannot be a tag keeps the line open and says why")
    func badTag() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let line = type(press(state, .character("t")).0, "two%words").0
        let (kept, effects) = press(line, .enter)
        #expect(effects.isEmpty)
        #expect(kept.input?.problem?.contains("'two%words' is not a tag") == true)
    }
}
