import Foundation

/// The XDG base directories papers-tui keeps its files in (config, cache, log), read from the environment.
public enum UserDirectories {
    public static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// `$variable` (XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME) when set, else `~/fallback`.
    public static func base(_ variable: String, fallback: String, _ environment: [String: String]) -> String {
        environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? (home(environment) + "/" + fallback)
    }
}
