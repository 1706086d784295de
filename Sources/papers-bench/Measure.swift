import Foundation

/// Timings in milliseconds, summarised as the benchmark reports them.
struct Samples: Encodable {
    var name: String
    var values: [Double] = []

    init(_ name: String) { self.name = name }

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded(.up))
        return sorted[min(sorted.count - 1, max(0, rank))]
    }

    enum CodingKeys: String, CodingKey { case name, count, median, p99 }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(values.count, forKey: .count)
        try container.encode((median * 1000).rounded() / 1000, forKey: .median)
        try container.encode((p99 * 1000).rounded() / 1000, forKey: .p99)
    }
}

/// Milliseconds a piece of work takes, by the monotonic clock.
func time(_ work: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try work()
    return (ContinuousClock.now - start).milliseconds
}

/// Peak resident memory of this process, in megabytes.
func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs a program to its end, standard output captured (the benchmark's children are short).
func runProgram(_ path: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try? stdin.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// A benchmark that could not be measured, with why.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Duration {
    var milliseconds: Double { Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15 }
}
