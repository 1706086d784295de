import Foundation
import Testing

/// Runs `body` with a cache's folder that cannot be written, as a user meets a cache they may only
/// read: its files 0444 and the folder 0555. Root ignores file modes, so for root the folder is also
/// bind-mounted read-only over itself (mounting needs CAP_SYS_ADMIN, as the end-to-end tmpfs tests do).
func withReadOnlyFolder(_ folder: String, _ body: () throws -> Void) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).map { folder + "/" + $0 }
    for file in files { #expect(chmod(file, 0o444) == 0) }
    #expect(chmod(folder, 0o555) == 0)
    var mounted = false
    defer {
        if mounted { try? runTool(["umount", "-l", folder]) }
        chmod(folder, 0o755)
        for file in files { chmod(file, 0o644) }
    }
    if access(folder, W_OK) == 0 {
        try runTool(["mount", "--bind", folder, folder])
        mounted = true
        try runTool(["mount", "-o", "remount,bind,ro", folder])
    }
    #expect(access(folder, W_OK) != 0, "the folder is still writable")
    try body()
}

private func runTool(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ToolError(description: "\(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): "
            + "a read-only cache is made with a read-only bind mount when running as root")
    }
}

private struct ToolError: Error, CustomStringConvertible {
    let description: String
}
