import Foundation

extension Array where Element: Sendable {
    /// `map` over the available cores, in contiguous chunks; the results are in order.
    func parallelMap<Result: Sendable>(minimumChunk: Int = 64, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let chunks = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount * 2, count / Swift.max(1, minimumChunk)))
        guard chunks > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialised in
            nonisolated(unsafe) let output = buffer.baseAddress!
            withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = input.count * chunk / chunks
                    let end = input.count * (chunk + 1) / chunks
                    for index in start..<end { (output + index).initialize(to: transform(input[index])) }
                }
            }
            initialised = count
        }
    }
}
