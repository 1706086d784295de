import Foundation
import ReaderStore
import TOMLKit

/// Settings from `$XDG_CONFIG_HOME/papers-tui/config.toml`, overridden by the environment.
struct Config {
    var categories: [String] = []
    var endpoints = ArxivEndpoints.production
    var requestInterval: Double = 3
    var markReadOnOpen = true
    var themeName: String?
    var keyBindings: [String: [String]] = [:]
    var configPath: String

    /// Reads the config file (a missing file means defaults) and applies environment overrides.
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Config {
        let path = configPath(environment)
        var config = Config(configPath: path)
        if FileManager.default.fileExists(atPath: path) {
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw CLIError("cannot read the config file \(path): \(error.localizedDescription)")
            }
            try config.apply(toml: text)
        }
        config.applyEnvironment(environment)
        return config
    }

    static func configPath(_ environment: [String: String]) -> String {
        if let explicit = environment["PAPERS_TUI_CONFIG"], !explicit.isEmpty { return explicit }
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (homeDirectory(environment) + "/.config")
        return base + "/papers-tui/config.toml"
    }

    static func homeDirectory(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// Where the cache lives: `--db`, else `PAPERS_TUI_DB`, else `$XDG_DATA_HOME/papers-tui/papers.sqlite`.
    static func databasePath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["PAPERS_TUI_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (homeDirectory(environment) + "/.local/share")
        return base + "/papers-tui/papers.sqlite"
    }

    mutating func apply(toml text: String) throws {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CLIError("the config file \(configPath) is not valid TOML (line \(error.source.begin.line)): \(error.description)")
        }
        if let list = table["categories"]?.array {
            categories = list.compactMap { $0.string }
        }
        if let reader = table["reader"]?.table {
            if let value = reader["mark_read_on_open"]?.bool { markReadOnOpen = value }
            if let value = reader["theme"]?.string { themeName = value }
        }
        if let keys = table["keys"]?.table {
            for key in keys.keys {
                if let single = keys[key]?.string {
                    keyBindings[key] = [single]
                } else if let list = keys[key]?.array {
                    keyBindings[key] = list.compactMap { $0.string }
                }
            }
        }
        if let arxiv = table["arxiv"]?.table {
            if let value = arxiv["rss_url"]?.string { endpoints.rss = value }
            if let value = arxiv["api_url"]?.string { endpoints.api = value }
            if let value = arxiv["oai_url"]?.string { endpoints.oai = value }
            if let value = arxiv["interval"]?.double ?? arxiv["interval"]?.int.map(Double.init) {
                requestInterval = value
            }
        }
    }

    mutating func applyEnvironment(_ environment: [String: String]) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let rss = value("PAPERS_TUI_ARXIV_RSS_URL") { endpoints.rss = rss }
        if let api = value("PAPERS_TUI_ARXIV_API_URL") { endpoints.api = api }
        if let oai = value("PAPERS_TUI_ARXIV_OAI_URL") { endpoints.oai = oai }
        if let interval = value("PAPERS_TUI_ARXIV_INTERVAL").flatMap(Double.init), interval >= 0 {
            requestInterval = interval
        }
        endpoints = ArxivEndpoints(rss: endpoints.rss, api: endpoints.api, oai: endpoints.oai)
    }

    var httpPolicy: HTTPPolicy {
        HTTPPolicy(minimumInterval: .milliseconds(Int64(requestInterval * 1000)))
    }
}
