import Foundation
@testable import ReaderStore
import Testing
@testable import ReaderUI

@Suite("the category picker's own update")
struct CategoryPickerUpdateTests {
    func picker() -> CategoryPicker {
        CategoryPicker(listed: ["cs.CL", "cs.AI"], chosen: CategoryExpression(included: ["cs.LG"], excluded: []))
    }

    @Test("it lists the day's and the chosen categories first, sorted, then the rest of the taxonomy")
    func opening() {
        let picker = picker()
        #expect(Array(picker.categories.prefix(3)) == ["cs.AI", "cs.CL", "cs.LG"])
        #expect(picker.categories.count > 100)
        #expect(picker.listed == ["cs.AI", "cs.CL"])
        #expect(picker.choices == ["cs.LG": .include])
    }

    @Test("j/k move within the list; + and - choose, Space toggles include and none")
    func choosing() {
        var picker = picker()
        #expect(picker.update(.character("k")) == .open)
        #expect(picker.cursor == 0)
        #expect(picker.update(.character("+")) == .open)
        #expect(picker.choices["cs.AI"] == .include)
        #expect(picker.update(.character(" ")) == .open)
        #expect(picker.choices["cs.AI"] == CategoryChoice.none)
        _ = picker.update(.down)
        _ = picker.update(.character("-"))
        #expect(picker.choices["cs.CL"] == .exclude)
        #expect(picker.update(.character(" ")) == .open)
        #expect(picker.choices["cs.CL"] == CategoryChoice.none)
        for _ in 0..<(picker.categories.count + 5) { _ = picker.update(.character("j")) }
        #expect(picker.cursor == picker.categories.count - 1)
        #expect(picker.update(.character("z")) == .open)
    }

    @Test("Enter applies the choice; Esc, q and c cancel")
    func closing() {
        var picker = picker()
        _ = picker.update(.character("-"))
        #expect(picker.update(.enter) == .apply(CategoryExpression(included: ["cs.LG"], excluded: ["cs.AI"])))
        for key in [Key.escape, .character("q"), .character("c")] {
            var other = self.picker()
            #expect(other.update(key) == .cancel)
        }
        var cleared = CategoryPicker(listed: ["cs.AI"], chosen: nil)
        #expect(cleared.update(.enter) == .apply(nil))
    }

    @Test("the hint line names the keys the picker reads")
    func hint() throws {
        #expect(CategoryPicker.keys.hint() == "+ include · - exclude · Space toggle · Enter apply · Esc cancel")
        var state = try ScreenFixtures.state(width: 120, height: 40)
        (state, _) = Reader.update(state, .categoriesLoaded(["cs.AI"]))
        #expect(render(state).textLines().contains { $0.contains(CategoryPicker.keys.hint()) })
        // Cancelling leaves the list as it was; applying reloads it with the choice.
        let (cancelled, none) = press(state, .character("-"), .escape)
        #expect(cancelled.overlay == nil)
        #expect(cancelled.categories == state.categories)
        #expect(none.isEmpty)
        let (applied, reload) = press(state, .character("-"), .enter)
        #expect(applied.categories == CategoryExpression(included: [], excluded: ["cs.AI"]))
        #expect(applied.status == "categories: \(try #require(applied.categories).description)")
        #expect(reload.contains { if case .loadCounts = $0 { true } else { false } })
    }
}

@Suite("the venue picker's own update")
struct VenuePickerUpdateTests {
    static let editions = [
        EditionSummary(edition: "ICLR.2025", venue: "ICLR", groups: [(name: "Oral", count: 2), (name: "Poster", count: 5)]),
        EditionSummary(edition: "ICLR.2024", venue: "ICLR", groups: [(name: "Poster", count: 3)]),
        EditionSummary(edition: "COLM.2025", venue: "COLM", groups: [(name: "Poster", count: 4)]),
    ]

    @Test("venues sum their editions; Enter goes to editions, then groups with All first")
    func levels() {
        var picker = VenuePicker(editions: Self.editions)
        #expect(picker.rows.map(\.label) == ["ICLR", "COLM"])
        #expect(picker.rows.map(\.count) == [10, 4])
        #expect(picker.update(.enter) == .open)
        #expect(picker.level == .edition(venue: "ICLR"))
        #expect(picker.rows.map(\.label) == ["ICLR.2025", "ICLR.2024"])
        #expect(picker.update(.character("l")) == .open)
        #expect(picker.level == .group(edition: "ICLR.2025"))
        #expect(picker.rows.map(\.label) == ["All", "Oral", "Poster"])
        #expect(picker.rows.map(\.count) == [7, 2, 5])
    }

    @Test("Enter on a group shows it, on All the whole edition")
    func choosing() {
        var picker = VenuePicker(editions: Self.editions)
        _ = picker.update(.enter)
        _ = picker.update(.enter)
        var all = picker
        #expect(all.update(.enter) == .show(edition: "ICLR.2025", group: nil))
        _ = picker.update(.character("j"))
        _ = picker.update(.down)
        _ = picker.update(.down)
        #expect(picker.cursor == 2)
        #expect(picker.update(.right) == .show(edition: "ICLR.2025", group: "Poster"))
    }

    @Test("Esc goes up a level with the cursor at the top, and closes at the venues; q and v close")
    func leaving() {
        var picker = VenuePicker(editions: Self.editions)
        _ = picker.update(.character("j"))
        _ = picker.update(.enter)
        _ = picker.update(.enter)
        #expect(picker.level == .group(edition: "COLM.2025"))
        #expect(picker.update(.escape) == .open)
        #expect(picker.level == .edition(venue: "COLM"))
        #expect(picker.cursor == 0)
        #expect(picker.update(.character("h")) == .open)
        #expect(picker.level == .venue)
        #expect(picker.update(.backspace) == .close)
        for key in [Key.character("q"), .character("v")] {
            var open = VenuePicker(editions: Self.editions)
            _ = open.update(.enter)
            #expect(open.update(key) == .close)
        }
    }

    @Test("in the reader: the chosen group becomes the list, the status says how to go back")
    func inTheReader() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        state = press(state, .character("j")).0
        (state, _) = Reader.update(state, .editionsLoaded(Self.editions, saved: []))
        #expect(render(state).textLines().contains { $0.contains("Enter choose · Esc up a level · q close") })
        let (shown, effects) = press(state, .enter, .enter, .down, .enter)
        #expect(shown.overlay == nil)
        #expect(shown.source == .venue(edition: "ICLR.2025", group: "Oral"))
        #expect(shown.status == "ICLR.2025 · Oral: v or q goes back to arXiv")
        #expect(shown.dayPosition == ListPosition(cursor: 1, listTop: 0))
        #expect(effects.contains { if case .loadCounts(let query) = $0 { query.scope == .venue(edition: "ICLR.2025", group: "Oral") } else { false } })
        let (none, _) = Reader.update(state, .editionsLoaded([], saved: []))
        #expect(none.status?.hasPrefix("no venues cached") == true)
    }

    @Test("saved searches follow the venues in the picker with their new matches; Enter lists one newest first and takes it as looked at")
    func savedSearches() throws {
        var state = try ScreenFixtures.state(width: 120, height: 40)
        let saved = SavedSearch(name: "agents", query: "agent", savedAt: Date(), lookedAt: Date(), newMatches: 3)
        (state, _) = Reader.update(state, .editionsLoaded(Self.editions, saved: [saved]))
        let screen = render(state).textLines().joined(separator: "\n")
        #expect(screen.contains("saved search: agents · new"))
        guard case .venuePicker(let picker) = state.overlay else { Issue.record("no picker"); return }
        let down = Array(repeating: Key.down, count: picker.rows.count - 1)
        let (shown, effects) = apply(state, (down + [.enter]).map(Action.key))
        #expect(shown.overlay == nil)
        #expect(shown.source == .search("agent sort:date"))
        #expect(shown.status == "saved search agents: 3 new since you last looked")
        #expect(effects.contains(.markSavedSearchLooked(name: "agents")))
        // Only saved searches, no venue: the picker opens all the same.
        let (only, _) = Reader.update(state, .editionsLoaded([], saved: [saved]))
        #expect(only.overlay != nil)
    }

    @Test("Ctrl-S in the search line saves the search under its text and closes the line on its results")
    func ctrlSSaves() throws {
        let state = try ScreenFixtures.state(width: 120, height: 40)
        let typed = press(state, .character("/"), .character("a"), .character("g"), .character("e")).0
        let (saved, effects) = press(typed, .control("s"))
        #expect(effects == [.saveSearch(name: "age", query: "age")])
        #expect(saved.input == nil)
        #expect(saved.isSearch)
        let (told, _) = Reader.update(saved, .searchSaved(name: "age"))
        #expect(told.status == "search saved as age: v lists it with its new matches")
        let (empty, none) = press(press(state, .character("/")).0, .control("s"))
        #expect(none.isEmpty)
        #expect(empty.status?.hasPrefix("type a search first") == true)
    }
}
