/// L-BFGS with a backtracking (Armijo) line search, for the smooth convex losses the ranker fits.
struct LimitedMemoryBFGS {
    var memory = 8
    var maximumIterations = 200
    /// Converged when the largest gradient entry is below this.
    var gradientTolerance = 1e-6
    /// ... or when an iteration lowers the loss by less than this, relatively.
    var relativeDecrease = 1e-9

    struct Outcome {
        var parameters: [Double]
        var loss: Double
        var iterations: Int
        var evaluations: Int
    }

    /// Minimises `evaluate(x, &gradient)`, starting from `start`.
    func minimise(from start: [Double], _ evaluate: (_ x: [Double], _ gradient: inout [Double]) -> Double) -> Outcome {
        let count = start.count
        var point = start
        var gradient = [Double](repeating: 0, count: count)
        var loss = evaluate(point, &gradient)
        var evaluations = 1
        var steps: [[Double]] = []
        var changes: [[Double]] = []
        var curvatures: [Double] = []
        var direction = [Double](repeating: 0, count: count)
        var trial = [Double](repeating: 0, count: count)
        var trialGradient = [Double](repeating: 0, count: count)
        var iteration = 0
        while iteration < maximumIterations, Self.largest(gradient) > gradientTolerance {
            iteration += 1
            searchDirection(gradient, steps, changes, curvatures, into: &direction)
            var slope = Self.dot(direction, gradient)
            if slope >= 0 {
                // The curvature pairs no longer describe the loss: start again from steepest descent.
                steps.removeAll()
                changes.removeAll()
                curvatures.removeAll()
                for index in 0..<count { direction[index] = -gradient[index] }
                slope = Self.dot(direction, gradient)
            }
            var stepLength = steps.isEmpty ? min(1, 1 / max(1e-12, Self.dot(gradient, gradient).squareRoot())) : 1
            var trialLoss = loss
            var accepted = false
            for _ in 0..<30 {
                for index in 0..<count { trial[index] = point[index] + stepLength * direction[index] }
                trialLoss = evaluate(trial, &trialGradient)
                evaluations += 1
                if trialLoss.isFinite, trialLoss <= loss + 1e-4 * stepLength * slope {
                    accepted = true
                    break
                }
                stepLength *= 0.5
            }
            guard accepted else { break }
            var step = [Double](repeating: 0, count: count)
            var change = [Double](repeating: 0, count: count)
            for index in 0..<count {
                step[index] = trial[index] - point[index]
                change[index] = trialGradient[index] - gradient[index]
            }
            let curvature = Self.dot(step, change)
            if curvature > 1e-12 {
                if steps.count == memory {
                    steps.removeFirst()
                    changes.removeFirst()
                    curvatures.removeFirst()
                }
                steps.append(step)
                changes.append(change)
                curvatures.append(curvature)
            }
            let decrease = loss - trialLoss
            swap(&point, &trial)
            swap(&gradient, &trialGradient)
            loss = trialLoss
            if decrease <= relativeDecrease * max(1, abs(loss)) { break }
        }
        return Outcome(parameters: point, loss: loss, iterations: iteration, evaluations: evaluations)
    }

    /// −H·g by the two-loop recursion over the remembered steps.
    private func searchDirection(
        _ gradient: [Double], _ steps: [[Double]], _ changes: [[Double]], _ curvatures: [Double], into direction: inout [Double]
    ) {
        for index in direction.indices { direction[index] = -gradient[index] }
        guard !steps.isEmpty else { return }
        var alphas = [Double](repeating: 0, count: steps.count)
        for pair in stride(from: steps.count - 1, through: 0, by: -1) {
            alphas[pair] = Self.dot(steps[pair], direction) / curvatures[pair]
            Self.add(-alphas[pair], changes[pair], to: &direction)
        }
        let last = steps.count - 1
        let scale = curvatures[last] / max(1e-300, Self.dot(changes[last], changes[last]))
        for index in direction.indices { direction[index] *= scale }
        for pair in 0..<steps.count {
            let beta = Self.dot(changes[pair], direction) / curvatures[pair]
            Self.add(alphas[pair] - beta, steps[pair], to: &direction)
        }
    }

    static func dot(_ left: [Double], _ right: [Double]) -> Double {
        left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                var sum = 0.0
                for index in 0..<left.count { sum += left[index] * right[index] }
                return sum
            }
        }
    }

    private static func add(_ factor: Double, _ vector: [Double], to target: inout [Double]) {
        vector.withUnsafeBufferPointer { vector in
            target.withUnsafeMutableBufferPointer { target in
                for index in 0..<vector.count { target[index] += factor * vector[index] }
            }
        }
    }

    private static func largest(_ vector: [Double]) -> Double {
        vector.reduce(0) { max($0, abs($1)) }
    }
}
