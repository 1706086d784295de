import Testing
@testable import ReaderUI

@Suite("the screen buffer")
struct ScreenBufferTests {
    @Test("overwriting half of a wide character blanks the other half")
    func halfWideCharacters() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.write("中文字", row: 0, column: 0, limit: 10, style: .plain)
        buffer.write("x", row: 0, column: 1, limit: 1, style: .plain)
        #expect(buffer.textLines() == [" x文字"])
        buffer.fill(row: 0, column: 4, width: 1, style: .plain)
        #expect(buffer.textLines() == [" x文"])
        for column in 0..<10 where buffer[0, column].width == 0 {
            #expect(buffer[0, column - 1].width == 2)
        }
    }

    @Test("a wide character never straddles the limit, and controls are dropped")
    func limits() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let used = buffer.write("ab中\u{1B}文", row: 0, column: 0, limit: 5, style: .plain)
        #expect(used == 4)
        #expect(buffer.textLines() == ["ab中"])
    }
}
