import Foundation
import ReaderStore
import ReaderUI
import TOMLKit

/// Settings from `$XDG_CONFIG_HOME/papers-tui/config.toml`, overridden by the environment.
struct Config {
    var categories: [String] = []
    var endpoints = ArxivEndpoints.production
    var requestInterval: Double = 3
    /// `[arxiv] stall_timeout` and `give_up_after`: how long a silent arXiv is waited for.
    var stallTimeout = HTTPPolicy.defaultStallTimeout
    var giveUpAfter = HTTPPolicy.defaultGiveUpAfter
    var markReadOnOpen = true
    /// `[reader] list_rows`: a line or two per paper in the list.
    var listRowStyle = ListRowStyle.auto
    /// `[reader] start`: where the reader opens.
    var readerStart = ReaderStart.resume
    var themeName: String?
    var keyBindings: [String: [String]] = [:]
    /// `[rank] keywords`: preference keywords, highlighted in the reader, `-word` pushing down (`K`
    /// edits them there, `KeywordsStore` writes them back).
    var keywords: [String] = []
    /// `[rank] embeddings_url` and `embeddings_model`: where the ranking's paper vectors come from
    /// (nil: the ranking uses terms, authors and categories alone).
    var embeddings: EmbeddingSettings?
    /// `[rank] embeddings_api_key_env`: the variable holding the embeddings server's key (none is sent
    /// without it: the LLM's key is for the LLM's server).
    var embeddingsKeyVariable: String?
    /// `[library] dir`: the folder carrying stars, read, seen and dismissed marks between machines (nil: off).
    var libraryFolder: String?
    var configPath: String
    /// arXiv's web root, where PDFs and HTML versions are downloaded for the FAQ.
    var webBase = "https://arxiv.org"
    /// OpenReview's API v2 root.
    var openReviewBase = "https://api2.openreview.net"
    var llm = LLMSettings()
    var faqLanguage = FAQLanguage.en
    /// `[llm] prefetch_top`: after a sync, the FAQs of this many of the new day's papers the ranking
    /// puts first are generated (0, the default, spends no tokens unasked).
    var faqPrefetchTop = 0
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
                throw CLIError("cannot read the config file \(path): \(error.localizedDescription)", cause: error)
            }
            try config.apply(toml: text)
            if config.configAPIKey != nil, let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int,
               mode & 0o077 != 0 {
                config.warnings.append("\(path) holds an API key and other users can read it: run `chmod 600 \(path)`")
            }
        }
        try config.applyEnvironment(environment)
        for key in [config.llm.apiKey, config.configAPIKey, config.embeddings?.apiKey].compactMap({ $0 }) { ErrorLog.shared.hide(key) }
        for warning in config.warnings { Output.error("papers-tui: warning: \(warning)") }
        return config
    }

    /// A folder named in the config or on the command line, `~` standing for the home folder.
    static func folderURL(_ path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let home = UserDirectories.home(environment)
        let expanded = path == "~" ? home : path.hasPrefix("~/") ? home + path.dropFirst(1) : path
        return URL(fileURLWithPath: expanded, isDirectory: true)
    }

    static func configPath(_ environment: [String: String]) -> String {
        if let explicit = environment["PAPERS_TUI_CONFIG"], !explicit.isEmpty { return explicit }
        return UserDirectories.base("XDG_CONFIG_HOME", fallback: ".config", environment) + "/papers-tui/config.toml"
    }

    /// Where the cache lives: `--db`, else `PAPERS_TUI_DB`, else `$XDG_DATA_HOME/papers-tui/papers.sqlite`.
    static func databasePath(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["PAPERS_TUI_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return UserDirectories.base("XDG_DATA_HOME", fallback: ".local/share", environment) + "/papers-tui/papers.sqlite"
    }

    mutating func apply(toml text: String) throws {
        let parsed: TOMLTable
        do {
            parsed = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CLIError("the config file \(configPath) is not valid TOML (line \(error.source.begin.line)): \(error.description)")
        }
        var top = ConfigSection(parsed, name: "")
        if let list = try top.stringList("categories") { categories = list }
        if let value = try top.string("lang") { faqLanguage = try Self.language(value, origin: top.origin("lang")) }
        var sections: [ConfigSection] = []
        if let table = try top.table("reader") { sections.append(try apply(reader: table)) }
        if let table = try top.table("keys") { try apply(keys: table) }
        if let table = try top.table("llm") { sections.append(try apply(llm: table)) }
        if let table = try top.table("venues") { sections.append(try apply(venues: table)) }
        if let table = try top.table("arxiv") { sections.append(try apply(arxiv: table)) }
        if let table = try top.table("rank") { sections.append(try apply(rank: table)) }
        if let table = try top.table("library") { sections.append(try apply(library: table)) }
        for section in [top] + sections { warnings += section.unknownKeyWarnings() }
    }

    private mutating func apply(reader table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "reader")
        if let value = try section.bool("mark_read_on_open") { markReadOnOpen = value }
        if let value = try section.choice("list_rows", among: ListRowStyle.allCases.map(\.rawValue)) {
            listRowStyle = ListRowStyle(rawValue: value) ?? .auto
        }
        if let value = try section.choice("start", among: ReaderStart.allCases.map(\.rawValue)) {
            readerStart = ReaderStart(rawValue: value) ?? .resume
        }
        if let value = try section.choice("theme", among: ["standard", "basic", "monochrome"]) { themeName = value }
        return section
    }

    /// `command = "key"` or `command = ["key", ...]`; the names are checked by the keymap.
    private mutating func apply(keys table: TOMLTable) throws {
        var section = ConfigSection(table, name: "keys")
        for name in table.keys.sorted() {
            if let single = table[name]?.string {
                keyBindings[name] = [single]
            } else {
                keyBindings[name] = try section.stringList(name, want: "a key in quotes or a list of keys, such as \"x\" or [\"j\", \"C-n\"]")
            }
        }
    }

    private mutating func apply(rank table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "rank")
        if let list = try section.stringList("keywords", want: "a list of keywords, such as [\"diffusion\", \"kv cache\", \"-survey\"]") {
            keywords = list
            for entry in list where PreferenceKeyword(entry) == nil {
                warnings.append("config.toml [rank] keywords: \"\(entry)\" has no word to match; it is ignored")
            }
        }
        let url = try section.url("embeddings_url")
        let model = try section.string("embeddings_model")
        if let url {
            guard let model, !model.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError("\(section.origin("embeddings_url")) is set without embeddings_model: name the model, such as \"nomic-embed-text\"")
            }
            var settings = EmbeddingSettings(baseURL: url, model: model)
            if let value = try section.integer("embeddings_batch", in: 1...256) { settings.batchSize = value }
            if let value = try section.seconds("embeddings_timeout", in: 5...3600) { settings.requestTimeout = value }
            embeddings = settings
        } else if model != nil {
            throw CLIError("\(section.origin("embeddings_model")) is set without embeddings_url: give the server's API root, such as \"http://127.0.0.1:11434/v1\"")
        }
        if let value = try section.string("embeddings_api_key_env"), !value.isEmpty { embeddingsKeyVariable = value }
        return section
    }

    private mutating func apply(library table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "library")
        if let value = try section.string("dir") {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.contains("\0") else {
                throw CLIError("\(section.origin("dir")) is empty: name a folder, such as \"~/Sync/papers-tui\"")
            }
            libraryFolder = trimmed
        }
        return section
    }

    private mutating func apply(venues table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "venues")
        if let value = try section.url("openreview_url") { openReviewBase = value }
        return section
    }

    private mutating func apply(arxiv table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "arxiv")
        if let value = try section.url("web_url") { webBase = value }
        if let value = try section.url("rss_url") { endpoints.rss = value }
        if let value = try section.url("api_url") { endpoints.api = value }
        if let value = try section.url("oai_url") { endpoints.oai = value }
        if let value = try section.number("interval", in: Self.intervalRange, unit: " of seconds") { requestInterval = value }
        if let value = try section.seconds("stall_timeout", in: 1...3600) { stallTimeout = value }
        if let value = try section.seconds("give_up_after", in: 1...86_400) { giveUpAfter = value }
        return section
    }

    private mutating func apply(llm table: TOMLTable) throws -> ConfigSection {
        var section = ConfigSection(table, name: "llm")
        if let value = try section.url("base_url") { llm.baseURL = value }
        if let value = try section.string("model") {
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CLIError("\(section.origin("model")) is empty: name the model, such as \"gpt-4o-mini\"")
            }
            llm.model = value
        }
        if let value = try section.string("api_key_env"), !value.isEmpty { apiKeyVariable = value }
        if let value = try section.string("api_key"), !value.isEmpty { configAPIKey = value }
        if let value = try section.string("lang") { faqLanguage = try Self.language(value, origin: section.origin("lang")) }
        if let value = try section.integer("concurrency", in: 1...8) { llm.concurrency = value }
        if let value = try section.integer("context_tokens", in: 500...2_000_000) { llm.contextTokens = value }
        if let value = try section.integer("max_tokens", in: 16...1_000_000) { llm.maxTokens = value }
        if let value = try section.number("temperature", in: 0...2) { llm.temperature = value }
        if let value = try section.seconds("timeout", in: 10...86_400) { llm.totalTimeout = value }
        if let value = try section.seconds("idle_timeout", in: 5...3600) { llm.idleTimeout = value }
        if let value = try section.seconds("give_up_after", in: 1...86_400) { llm.giveUpAfter = value }
        if let value = try section.integer("retries", in: 0...10) { llm.maxRetries = value }
        if let value = try section.integer("prefetch_top", in: 0...100) { faqPrefetchTop = value }
        return section
    }

    /// Seconds between requests to arXiv: none (a mirror, a test) up to ten minutes.
    static let intervalRange: ClosedRange<Double> = 0...600

    static func language(_ text: String, origin: String) throws -> FAQLanguage {
        guard let language = FAQLanguage(parsing: text) else {
            throw CLIError("\(origin) is '\(text)': use en or zh")
        }
        return language
    }

    mutating func applyEnvironment(_ environment: [String: String]) throws {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        func url(_ name: String) throws -> String? {
            try value(name).map { try ConfigSection.checkedURL($0, origin: name) }
        }
        if let web = try url("PAPERS_TUI_ARXIV_WEB_URL") { webBase = web }
        if let openReview = try url("PAPERS_TUI_OPENREVIEW_URL") { openReviewBase = openReview }
        if let base = try url("OPENAI_BASE_URL") { llm.baseURL = base }
        if let model = value("PAPERS_TUI_LLM_MODEL") { llm.model = model }
        // A variable named in [llm] api_key_env is the only one read: another provider's key (OpenAI's)
        // must never be sent to the server configured here.
        llm.apiKey = value(apiKeyVariable) ?? configAPIKey
        embeddings?.apiKey = embeddingsKeyVariable.flatMap(value)
        if let rss = try url("PAPERS_TUI_ARXIV_RSS_URL") { endpoints.rss = rss }
        if let api = try url("PAPERS_TUI_ARXIV_API_URL") { endpoints.api = api }
        if let oai = try url("PAPERS_TUI_ARXIV_OAI_URL") { endpoints.oai = oai }
        if let text = value("PAPERS_TUI_ARXIV_INTERVAL") {
            guard let interval = Double(text.trimmingCharacters(in: .whitespaces)), Self.intervalRange.contains(interval) else {
                throw CLIError("PAPERS_TUI_ARXIV_INTERVAL is '\(text)': use a number of seconds from 0 to 600")
            }
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
        HTTPPolicy(minimumInterval: ConfigSection.duration(requestInterval), stallTimeout: stallTimeout, giveUpAfter: giveUpAfter)
    }
}
