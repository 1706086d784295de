import Foundation

extension BinaryRunner {
    /// Writes `text` as this runner's config.toml (under its XDG_CONFIG_HOME).
    func writeConfig(_ text: String) throws {
        guard let home = environment["XDG_CONFIG_HOME"] else { throw RunnerError("the runner has no XDG_CONFIG_HOME") }
        let folder = URL(fileURLWithPath: home).appendingPathComponent("papers-tui")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }
}
