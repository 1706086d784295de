import Foundation
import Testing
@testable import ReaderUI
import ReaderStore

@Suite("Ctrl-E in the K line: the keywords one per line for $EDITOR, and back")
struct KeywordsEditorTests {
    @Test("one entry per line, push-downs kept; back, phrases are quoted, comments and blank lines left out")
    func roundTrip() {
        let lines = KeywordsEditor.fileLines(#"diffusion, "kv cache", -survey"#)
        #expect(lines == ["diffusion", "kv cache", "-survey"])
        let file = KeywordsEditor.header + lines.joined(separator: "\n") + "\n\n# a note\n  speculative decoding  \n-\"large, models\"\n"
        #expect(KeywordsEditor.line(fromFile: file) == #"diffusion, "kv cache", -survey, "speculative decoding", -"large, models""#)
        #expect(KeywordsEditor.line(fromFile: KeywordsEditor.header) == "")
        // A line that does not read is handed over whole, to be fixed in the editor.
        #expect(KeywordsEditor.fileLines(#"diffusion, "kv"#) == [#"diffusion, "kv"#])
    }

    @Test("Ctrl-E in the K line asks for the editor with the line as typed; in a search it does nothing")
    func controlE() {
        var state = AppState(width: 120, height: 40, day: "2026-04-27", categories: nil)
        state.keywords = PreferenceKeywords(entries: ["diffusion"])
        var (next, effects) = Reader.update(state, .key(.character("K")))
        (next, effects) = Reader.update(next, .key(.character("x")))
        (next, effects) = Reader.update(next, .key(.control("e")))
        #expect(effects == [.editKeywordsInEditor("diffusionx")])
        (next, effects) = Reader.update(next, .keywordsEdited(#"diffusion, "kv cache""#))
        #expect(next.input == nil)
        #expect(next.keywords.entries == ["diffusion", "kv cache"])
        #expect(effects.contains(.saveKeywords(["diffusion", "kv cache"])))

        var search = AppState(width: 120, height: 40, day: "2026-04-27", categories: nil)
        (search, _) = Reader.update(search, .key(.character("/")))
        let (_, none) = Reader.update(search, .key(.control("e")))
        #expect(none.isEmpty)
    }
}
