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
    /// arXiv's web root, where PDFs and HTML versions are downloaded for the FAQ.
    var webBase = "https://arxiv.org"
    /// OpenReview's API v2 root.
    var openReviewBase = "https://api2.openreview.net"
    var llm = LLMSettings()
    var faqLanguage = FAQLanguage.en
    /// The environment variable holding the API key.
    var apiKeyVariable = "OPENAI_API_KEY"
    /// A key written in config.toml itself (discouraged: the environment is better).
    var configAPIKey: String?
    /// Things worth saying on standard error, such as a key in a file others can read.
    var warnings: [String] = []

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
            if config.configAPIKey != nil, let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int,
               mode & 0o077 != 0 {
                config.warnings.append("\(path) holds an API key and other users can read it: run `chmod 600 \(path)`")
            }
        }
        try config.applyEnvironment(environment)
        for warning in config.warnings { Output.error("papers-tui: warning: \(warning)") }
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
        if let value = table["lang"]?.string { faqLanguage = try Self.language(value, origin: "lang in config.toml") }
        if let llmTable = table["llm"]?.table { try apply(llm: llmTable) }
        if let venues = table["venues"]?.table { applyVenues(venues) }
        if let arxiv = table["arxiv"]?.table {
            if let value = arxiv["web_url"]?.string { webBase = value }
            if let value = arxiv["rss_url"]?.string { endpoints.rss = value }
            if let value = arxiv["api_url"]?.string { endpoints.api = value }
            if let value = arxiv["oai_url"]?.string { endpoints.oai = value }
            if let value = arxiv["interval"]?.double ?? arxiv["interval"]?.int.map(Double.init) {
                requestInterval = value
            }
        }
    }

    private mutating func applyVenues(_ table: TOMLTable) {
        if let value = table["openreview_url"]?.string { openReviewBase = value }
    }

    private mutating func apply(llm table: TOMLTable) throws {
        if let value = table["base_url"]?.string { llm.baseURL = value }
        if let value = table["model"]?.string { llm.model = value }
        if let value = table["api_key_env"]?.string, !value.isEmpty { apiKeyVariable = value }
        if let value = table["api_key"]?.string, !value.isEmpty { configAPIKey = value }
        if let value = table["lang"]?.string { faqLanguage = try Self.language(value, origin: "[llm] lang in config.toml") }
        if let value = table["concurrency"]?.int { llm.concurrency = max(1, min(value, 8)) }
        if let value = table["context_tokens"]?.int { llm.contextTokens = max(500, value) }
        if let value = table["max_tokens"]?.int { llm.maxTokens = max(16, value) }
        if let value = table["temperature"]?.double ?? table["temperature"]?.int.map(Double.init) { llm.temperature = value }
        if let value = table["timeout"]?.int { llm.totalTimeout = .seconds(max(10, value)) }
        if let value = table["idle_timeout"]?.int { llm.idleTimeout = .seconds(max(5, value)) }
        if let value = table["retries"]?.int { llm.maxRetries = max(0, min(value, 10)) }
    }

    static func language(_ text: String, origin: String) throws -> FAQLanguage {
        guard let language = FAQLanguage(parsing: text) else {
            throw CLIError("\(origin) is '\(text)': use en or zh")
        }
        return language
    }

    mutating func applyEnvironment(_ environment: [String: String]) throws {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let web = value("PAPERS_TUI_ARXIV_WEB_URL") { webBase = web }
        if let openReview = value("PAPERS_TUI_OPENREVIEW_URL") { openReviewBase = openReview }
        if let base = value("OPENAI_BASE_URL") { llm.baseURL = base }
        if let model = value("PAPERS_TUI_LLM_MODEL") { llm.model = model }
        // A variable named in [llm] api_key_env is the only one read: another provider's key (OpenAI's)
        // must never be sent to the server configured here.
        llm.apiKey = value(apiKeyVariable) ?? configAPIKey
        if let rss = value("PAPERS_TUI_ARXIV_RSS_URL") { endpoints.rss = rss }
        if let api = value("PAPERS_TUI_ARXIV_API_URL") { endpoints.api = api }
        if let oai = value("PAPERS_TUI_ARXIV_OAI_URL") { endpoints.oai = oai }
        if let interval = value("PAPERS_TUI_ARXIV_INTERVAL").flatMap(Double.init), interval >= 0 {
            requestInterval = interval
        }
        endpoints = ArxivEndpoints(rss: endpoints.rss, api: endpoints.api, oai: endpoints.oai)
    }

    /// The FAQ settings ready to use, or the sentence saying what is missing.
    func llmSettings() throws -> LLMSettings {
        if llm.apiKey == nil, llm.baseURL == LLMSettings.defaultBaseURL {
            throw CLIError(LLMError.missingKey(server: llm.serverName).description
                + ", or point OPENAI_BASE_URL at a local server such as Ollama (http://localhost:11434/v1)")
        }
        return llm
    }

    var httpPolicy: HTTPPolicy {
        HTTPPolicy(minimumInterval: .milliseconds(Int64(requestInterval * 1000)))
    }
}
