import Foundation

/// Weighted, L2-regularised logistic loss with an unregularised bias:
/// `Σ cᵢ log(1 + exp(−yᵢ (xᵢ·w + b))) + λ/2 ‖w‖²`, the costs `cᵢ` summing to one. The parameter
/// vector is the weights with the bias last.
struct LogisticObjective: Sendable {
    let rows: SparseMatrix
    /// +1 or −1.
    let targets: [Double]
    let costs: [Double]
    var regularisation: Double

    /// Rows are cut into this many chunks whatever the number of cores, and their gradients summed
    /// in order, so training gives the same model on every machine.
    private static let chunkCount = 4

    var parameterCount: Int { rows.columnCount + 1 }

    /// The loss at `parameters`, its gradient written to `gradient`.
    func evaluate(_ parameters: [Double], gradient: inout [Double]) -> Double {
        let columnCount = rows.columnCount
        let rowCount = rows.rowCount
        let chunks = Self.chunkCount
        var partialGradients = [[Double]](repeating: [], count: chunks)
        var partialLosses = [Double](repeating: 0, count: chunks)
        partialGradients.withUnsafeMutableBufferPointer { partialGradients in
            partialLosses.withUnsafeMutableBufferPointer { partialLosses in
                let gradientsBase = partialGradients.baseAddress!
                let lossesBase = partialLosses.baseAddress!
                nonisolated(unsafe) let gradientsPointer = gradientsBase
                nonisolated(unsafe) let lossesPointer = lossesBase
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = rowCount * chunk / chunks
                    let end = rowCount * (chunk + 1) / chunks
                    var local = [Double](repeating: 0, count: columnCount + 1)
                    lossesPointer[chunk] = accumulate(rows: start..<end, parameters, into: &local)
                    gradientsPointer[chunk] = local
                }
            }
        }
        var loss = 0.0
        for index in gradient.indices { gradient[index] = 0 }
        for chunk in 0..<chunks {
            loss += partialLosses[chunk]
            partialGradients[chunk].withUnsafeBufferPointer { partial in
                for index in 0...columnCount { gradient[index] += partial[index] }
            }
        }
        var squares = 0.0
        for index in 0..<columnCount {
            squares += parameters[index] * parameters[index]
            gradient[index] += regularisation * parameters[index]
        }
        return loss + regularisation / 2 * squares
    }

    /// The rows' loss; their gradient added to `gradient`.
    private func accumulate(rows range: Range<Int>, _ parameters: [Double], into gradient: inout [Double]) -> Double {
        var loss = 0.0
        let biasIndex = rows.columnCount
        rows.rowStarts.withUnsafeBufferPointer { starts in
            rows.columns.withUnsafeBufferPointer { columns in
                rows.values.withUnsafeBufferPointer { values in
                    parameters.withUnsafeBufferPointer { weights in
                        gradient.withUnsafeMutableBufferPointer { gradient in
                            for row in range {
                                var margin = weights[biasIndex]
                                for entry in starts[row]..<starts[row + 1] {
                                    margin += Double(values[entry]) * weights[Int(columns[entry])]
                                }
                                let target = targets[row]
                                let signed = target * margin
                                loss += costs[row] * Self.logistic(signed)
                                // d/dmargin of log(1 + exp(−y m)) is −y / (1 + exp(y m)).
                                let slope = -costs[row] * target / (1 + exp(signed))
                                guard slope != 0 else { continue }
                                for entry in starts[row]..<starts[row + 1] {
                                    gradient[Int(columns[entry])] += slope * Double(values[entry])
                                }
                                gradient[biasIndex] += slope
                            }
                        }
                    }
                }
            }
        }
        return loss
    }

    /// `log(1 + exp(−z))` without overflow.
    static func logistic(_ z: Double) -> Double {
        z > 0 ? log1p(exp(-z)) : -z + log1p(exp(z))
    }

    /// The decision values (`x·w + b`) of every row.
    static func margins(of rows: SparseMatrix, parameters: [Double]) -> [Double] {
        parameters.withUnsafeBufferPointer { weights in
            (0..<rows.rowCount).map { rows.dot(row: $0, weights) + weights[rows.columnCount] }
        }
    }
}
