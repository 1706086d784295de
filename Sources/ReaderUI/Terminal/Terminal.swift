/// What the reader's runtime needs from a terminal: draw a frame, read input, know the size. The
/// ncurses terminal is the real one; `MemoryTerminal` plays keys from a script and keeps the frames,
/// for tests and the benchmark, through the same runtime.
///
/// A terminal is used from the session's thread only.
public protocol Terminal: AnyObject {
    func start()
    func stop()
    var size: (width: Int, height: Int) { get }
    /// The colours it can show (0 for none).
    var colors: Int { get }
    func draw(_ frame: ScreenBuffer)
    /// Waits up to `milliseconds` for a key, returning early (with nil) when `wakeDescriptor` becomes
    /// readable: the runtime writes to it when an effect's result arrives.
    func readKey(milliseconds: Int, wakeDescriptor: Int32) -> Key?
    /// Whether the size changed since the last call.
    func takeResize() -> Bool
    /// Forgets what the terminal shows, so the next frame repaints all of it (Ctrl-L).
    func invalidate()
    /// Puts text on the system clipboard through the terminal (OSC 52).
    func copyToClipboard(_ text: String)
    /// Hands the terminal to another program (a text-mode browser) until `resume`.
    func suspend()
    /// Takes the terminal back; the next frame repaints all of it.
    func resume()
    /// Called when the runtime has drawn `frame` with no read outstanding that the frame waits for;
    /// `idle` when nothing at all is outstanding (no prefetch, search or write either). A scripted
    /// terminal waits for one of these before its next key.
    func settled(_ frame: ScreenBuffer, idle: Bool)
}

extension Terminal {
    public func settled(_ frame: ScreenBuffer, idle: Bool) {}
}
