import CNcurses
import Foundation

/// The only code that talks to ncurses: it draws a `ScreenBuffer` and reads keys. Everything else in
/// the reader is testable without a terminal.

public final class NcursesTerminal: Terminal {
    private var pairs: [Pair: Int16] = [:]
    private var started = false
    /// What the terminal shows now, so the next frame writes only the rows that changed.
    private var lastFrame: ScreenBuffer?
    public private(set) var colors = 0

    private struct Pair: Hashable {
        let foreground: Int
        let background: Int
    }

    public init() {}

    public func start() {
        setlocale(LC_ALL, "")
        // Before initscr, so the mode saved for a crash is the shell's, not ncurses' raw mode.
        TerminalRescue.install()
        initscr()
        started = true
        raw()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        // Keys are waited for in poll(2), with the runtime's wake descriptor beside standard input.
        wtimeout(shim_stdscr(), 0)
        mousemask(shim_mouse_mask(), nil)
        mouseinterval(0)
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(shim_colors())
        }
    }

    public func stop() {
        guard started else { return }
        started = false
        endwin()
    }

    public var size: (width: Int, height: Int) { (Int(shim_cols()), Int(shim_lines())) }

    /// Waits for input, or for the wake descriptor. ncurses is asked first without waiting, so keys it
    /// already holds (the rest of a pasted line) are never left waiting behind `poll`.
    public func readKey(milliseconds: Int, wakeDescriptor: Int32) -> Key? {
        if let key = takeKey() { return key }
        if resized { return nil }
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        // A signal (SIGWINCH) ends the wait early too; ncurses then reports the resize as a key.
        guard poll(&descriptors, 2, Int32(milliseconds)) > 0, descriptors[0].revents != 0 else { return nil }
        return takeKey()
    }

    private func takeKey() -> Key? {
        var character: wint_t = 0
        let result = wget_wch(shim_stdscr(), &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        switch character {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(character) + 96)))
        default:
            guard let scalar = UnicodeScalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A resize reported by ncurses, with the new size.
    public private(set) var resized = false

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_RESIZE:
            resized = true
            lastFrame = nil
            return nil
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if shim_is_wheel_up(event.bstate) != 0 { return .wheelUp }
            if shim_is_wheel_down(event.bstate) != 0 { return .wheelDown }
            if shim_is_button1(event.bstate) != 0 { return .mouseClick(row: Int(event.y), column: Int(event.x)) }
            return nil
        default:
            return nil
        }
    }

    public func takeResize() -> Bool {
        defer { resized = false }
        return resized
    }

    /// Draws a frame. Only rows that differ from the last frame are written, and ncurses sends only
    /// the cells that changed, so a streamed token costs a row or two and nothing flickers.
    public func draw(_ buffer: ScreenBuffer) {
        let window = shim_stdscr()
        let previous = lastFrame.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        lastFrame = buffer
        for row in 0..<buffer.height where previous.map({ !$0.rowEquals(buffer, row: row) }) ?? true {
            var column = 0
            var run = ""
            var runStart = 0
            var runStyle: CellStyle?
            func flush() {
                guard let style = runStyle, !run.isEmpty else { return }
                wattrset(window, Int32(bitPattern: attributes(for: style)))
                mvwaddstr(window, Int32(row), Int32(runStart), run)
                run = ""
            }
            while column < buffer.width {
                let cell = buffer[row, column]
                if cell.width == 0 {
                    column += 1
                    continue
                }
                // A cluster of several scalars (a ZWJ emoji, a flag) may be measured differently by
                // ncurses: draw it alone and place what follows explicitly.
                let isComplex = cell.text.unicodeScalars.count > 1
                if cell.style != runStyle || isComplex {
                    flush()
                    runStyle = cell.style
                    runStart = column
                }
                run += cell.text
                column += cell.width
                if isComplex {
                    flush()
                    runStart = column
                }
            }
            flush()
        }
        wattrset(window, Int32(bitPattern: shim_a_normal()))
        wnoutrefresh(window)
        doupdate()
    }

    public func suspend() {
        guard started else { return }
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard started else { return }
        reset_prog_mode()
        invalidate()
        wnoutrefresh(shim_stdscr())
        doupdate()
    }

    public func invalidate() {
        lastFrame = nil
        clearok(shim_curscr(), true)
    }

    /// OSC 52, written outside ncurses' screen model; the terminal (or tmux) puts it on the clipboard.
    public func copyToClipboard(_ text: String) {
        DescriptorWriter.write("\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}", to: STDOUT_FILENO)
    }

    private func attributes(for style: CellStyle) -> attr_t {
        var value = shim_a_normal()
        if style.bold { value |= shim_a_bold() }
        if style.dim { value |= shim_a_dim() }
        if style.reverse { value |= shim_a_reverse() }
        if style.underline { value |= shim_a_underline() }
        if colors > 0, style.foreground != nil || style.background != nil {
            value |= shim_color_pair(Int32(pair(for: style)))
        }
        return value
    }

    private func pair(for style: CellStyle) -> Int16 {
        let limit = colors
        func index(_ color: TerminalColor?) -> Int {
            guard let color else { return -1 }
            return color.index < limit ? color.index : color.index % 8
        }
        let key = Pair(foreground: index(style.foreground), background: index(style.background))
        if let known = pairs[key] { return known }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < shim_color_pairs() else { return 0 }
        init_pair(next, Int16(key.foreground), Int16(key.background))
        pairs[key] = next
        return next
    }
}
