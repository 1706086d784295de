import Foundation

/// The recorded real payloads in `shared/fixtures`, which sits beside the package's folder.
public enum Fixtures {
    /// The package root, found from this file's own path (Tests/TestSupport/Fixtures.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    public static func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// The bytes of a fixture; a missing one is an error naming the path, never a silent skip.
    public static func data(_ relative: String) throws -> Data {
        let url = url(relative)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw MissingFixture(path: url.path)
        }
        return data
    }

    public static func text(_ relative: String) throws -> String {
        String(decoding: try data(relative), as: UTF8.self)
    }

    public struct MissingFixture: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "fixture \(path) is missing: the tests need ../shared/fixtures beside the checkout" }
    }
}
