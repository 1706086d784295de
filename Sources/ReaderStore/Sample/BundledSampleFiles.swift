import Foundation

/// The sample's feeds in the resource bundle SwiftPM puts beside the binary, one `<category>.xml`
/// each. `Bundle.module` traps when that bundle is missing (a binary copied elsewhere without it),
/// so the place it looks first is checked before, and a missing sample is a sentence instead.
enum BundledSampleFiles {
    #if os(macOS)
    static let bundleName = "papers-tui_ReaderStore.bundle"
    #else
    static let bundleName = "papers-tui_ReaderStore.resources"
    #endif

    /// The feeds in the order of their names, each with the category it lists.
    static func feeds() throws(FeedError) -> [(category: String, url: URL)] {
        guard let folder = bundle()?.url(forResource: "BundledSample", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else {
            throw FeedError.badInput("the bundled sample is missing (\(bundleName) belongs beside the papers-tui binary, in "
                + "\(Bundle.main.bundleURL.path)): copy it there along with the binary, or fetch papers with `papers-tui sync`")
        }
        return files.filter { $0.pathExtension == "xml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { ($0.deletingPathExtension().lastPathComponent, $0) }
    }

    static func contents(of url: URL) throws(FeedError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ErrorCauses.shared.noted(FeedError.badInput("the bundled sample's \(url.lastPathComponent) cannot be read: "
                + "reinstall papers-tui, or fetch papers with `papers-tui sync`"), causedBy: error)
        }
    }

    /// `Bundle.module` when its bundle is where it looks first (beside the binary), or beside a test bundle.
    private static func bundle() -> Bundle? {
        var places = [Bundle.main.bundleURL]
        #if os(macOS)
        // `swift test` on macOS runs the tests inside Xcode's xctest tool; the bundle sits by the test bundle.
        places.append(Bundle(for: Token.self).bundleURL.deletingLastPathComponent())
        #endif
        guard places.contains(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent(bundleName).path) })
        else { return nil }
        return Bundle.module
    }

    private final class Token {}
}
