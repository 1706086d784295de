/// Rows of sparse vectors stored end to end (compressed sparse rows), what the optimiser reads.
struct SparseMatrix: Sendable {
    private(set) var rowStarts: [Int] = [0]
    private(set) var columns: [Int32] = []
    private(set) var values: [Float] = []
    let columnCount: Int

    init(columnCount: Int) { self.columnCount = columnCount }

    init(rows: [SparseVector], columnCount: Int) {
        self.columnCount = columnCount
        let total = rows.reduce(0) { $0 + $1.columns.count }
        columns.reserveCapacity(total)
        values.reserveCapacity(total)
        rowStarts.reserveCapacity(rows.count + 1)
        for row in rows { append(row) }
    }

    var rowCount: Int { rowStarts.count - 1 }

    mutating func append(_ row: SparseVector) {
        columns += row.columns
        values += row.values
        rowStarts.append(columns.count)
    }

    /// The rows at `indices`, in that order.
    func rows(_ indices: [Int]) -> SparseMatrix {
        var subset = SparseMatrix(columnCount: columnCount)
        for index in indices {
            let range = rowStarts[index]..<rowStarts[index + 1]
            subset.columns += columns[range]
            subset.values += values[range]
            subset.rowStarts.append(subset.columns.count)
        }
        return subset
    }

    /// Row `row` times `weights`.
    func dot(row: Int, _ weights: UnsafeBufferPointer<Double>) -> Double {
        var sum = 0.0
        columns.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                for entry in rowStarts[row]..<rowStarts[row + 1] {
                    sum += Double(values[entry]) * weights[Int(columns[entry])]
                }
            }
        }
        return sum
    }
}
