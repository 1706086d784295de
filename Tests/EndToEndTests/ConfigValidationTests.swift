import Foundation
import Testing
import TestSupport

/// Every config value is checked: a bad one ends the command with one sentence naming the key and
/// what it takes (never a trap, never a raw EncodingError, never silently ignored).
@Suite("config values through the binary")
struct ConfigValidationTests {
    static func run(config: String, environment: [String: String] = [:], command: [String] = ["list"], sample: Bool = false)
        async throws -> BinaryRunner.Result {
        var cli = try BinaryRunner()
        if sample { #expect(try await cli.run(["import", "--sample"]).status == 0) }
        try cli.writeConfig(config)
        cli.environment.merge(environment) { _, new in new }
        return try await cli.run(command)
    }

    static let badValues: [(config: String, sentence: String)] = [
        ("[arxiv]\ninterval = 1e300", "config.toml [arxiv] interval is 1e+300: use a number of seconds from 0 to 600"),
        ("[arxiv]\ninterval = inf", "config.toml [arxiv] interval is inf: use a number of seconds from 0 to 600"),
        ("[arxiv]\ninterval = nan", "config.toml [arxiv] interval is nan: use a number of seconds from 0 to 600"),
        ("[arxiv]\ninterval = 9223372036854775807",
         "config.toml [arxiv] interval is 9223372036854775807: use a number of seconds from 0 to 600"),
        ("[llm]\ntimeout = 9223372036854775807",
         "config.toml [llm] timeout is 9223372036854775807: use a number of seconds from 10 to 86400"),
        ("[llm]\nidle_timeout = 9223372036854775807",
         "config.toml [llm] idle_timeout is 9223372036854775807: use a number of seconds from 5 to 3600"),
        ("[llm]\ntemperature = nan", "config.toml [llm] temperature is nan: use a number from 0 to 2"),
        ("[llm]\nconcurrency = \"two\"", "config.toml [llm] concurrency is \"two\" (a string): use a whole number from 1 to 8"),
        ("[llm]\nconcurrency = 0", "config.toml [llm] concurrency is 0: use a whole number from 1 to 8"),
        ("[llm]\nmax_tokens = -5", "config.toml [llm] max_tokens is -5: use a whole number from 16 to 1000000"),
        ("[llm]\nretries = 2.5", "config.toml [llm] retries is 2.5 (a floating-point number): use a whole number from 0 to 10"),
        ("[llm]\nbase_url = \"file:///etc/passwd\"", "config.toml [llm] base_url is \"file:///etc/passwd\": use an http:// or https:// URL with a host"),
        ("[reader]\nmark_read_on_open = \"yes\"", "config.toml [reader] mark_read_on_open is \"yes\" (a string): use true or false"),
        ("[reader]\ntheme = \"neon\"", "config.toml [reader] theme is \"neon\": use \"standard\", \"basic\" or \"monochrome\""),
        ("lang = \"fr\"", "config.toml lang is 'fr': use en or zh"),
        ("categories = \"cs.AI\"", "config.toml categories is \"cs.AI\" (a string): use a list of strings, such as [\"cs.AI\", \"cs.CL\"]"),
        ("[arxiv]\ngive_up_after = 0", "config.toml [arxiv] give_up_after is 0: use a number of seconds from 1 to 86400"),
    ]

    @Test("a bad value is one sentence naming the key and its range, with exit 1", arguments: badValues.indices)
    func badValue(index: Int) async throws {
        let (config, sentence) = Self.badValues[index]
        let result = try await Self.run(config: config)
        #expect(result.status == 1, "\(config): exit \(result.status), \(result.stderr)")
        #expect(result.stderr == "papers-tui: \(sentence)\n", "\(config)")
    }

    @Test("PAPERS_TUI_ARXIV_INTERVAL=inf and a non-http OPENAI_BASE_URL are refused with a sentence")
    func badEnvironment() async throws {
        let interval = try await Self.run(config: "", environment: ["PAPERS_TUI_ARXIV_INTERVAL": "inf"])
        #expect(interval.status == 1)
        #expect(interval.stderr == "papers-tui: PAPERS_TUI_ARXIV_INTERVAL is 'inf': use a number of seconds from 0 to 600\n")
        let base = try await Self.run(config: "", environment: ["OPENAI_BASE_URL": "localhost:11434"])
        #expect(base.status == 1)
        #expect(base.stderr.hasPrefix("papers-tui: OPENAI_BASE_URL is \"localhost:11434\": use an http:// or https:// URL"))
    }

    @Test("an unknown key is a warning naming the nearest known key; the command still runs")
    func unknownKey() async throws {
        let result = try await Self.run(config: "[llm]\ntemprature = 0.2\n[arxiv]\nfoo = 1", sample: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("papers-tui: warning: config.toml [llm] has no key \"temprature\" (did you mean \"temperature\"?); it is ignored"))
        #expect(result.stderr.contains("config.toml [arxiv] has no key \"foo\"; it is ignored"))
    }

    @Test("[keys] star = \"x\" alone clashes with stop-faq's x, and the reader says so before it starts")
    func keyClash() async throws {
        let result = try await Self.run(config: "[keys]\nstar = \"x\"", command: [])
        #expect(result.status == 1)
        #expect(result.stderr == "papers-tui: config.toml [keys] binds x to star, but x is stop-faq's key by default: "
            + "bind stop-faq to another key in [keys] too\n")
        let wrongType = try await Self.run(config: "[keys]\nstar = 3", command: [])
        #expect(wrongType.status == 1)
        #expect(wrongType.stderr.hasPrefix("papers-tui: config.toml [keys] star is 3 (an integer): use a key in quotes"))
    }
}
