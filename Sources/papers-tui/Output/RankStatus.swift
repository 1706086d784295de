import Foundation
import ReaderStore

/// What `rank status` and `rank train` print about the ranking model.
struct RankStatus {
    let stored: StoredRankingModel?
    let readiness: RankingReadiness

    static func coldStart(have: Int, need: Int) -> String {
        let more = need - have
        return "the ranking needs \(more) more starred paper\(more == 1 ? "" : "s") (it has \(have) of \(need)): "
            + "star papers you want more of (`s` in the reader, `papers-tui star ID`), or seed it (`papers-tui rank seed --author NAME`)"
    }

    var lines: [String] {
        var lines: [String] = []
        if case .needsMorePositives(let have, let need) = readiness { lines.append(Self.coldStart(have: have, need: need)) }
        guard let stored else {
            if readiness.isReady { lines.append("not trained yet: `papers-tui rank train`, or any `papers-tui list --sort relevance`, trains it") }
            return lines
        }
        let report = stored.model.report
        lines.append("trained \(Self.minute(stored.trainedAt)) from \(report.stars) starred or seeded, \(report.opened) opened, "
            + "\(report.dismissed) dismissed and \(report.skipped) skipped papers, and \(report.randomNegatives) random cached papers")
        if let validation = report.validation {
            lines.append("validation (\(Self.method(validation.method)), \(validation.heldOutPositives) positives and "
                + "\(validation.heldOutNegatives) negatives held out): AUC \(Self.fixed(validation.areaUnderCurve)), "
                + "balanced accuracy \(Self.fixed(validation.balancedAccuracy))")
        } else {
            lines.append("validation: too few marks to hold any out")
        }
        lines.append("\(stored.model.featureCount) features, L2 regularisation \(report.regularisation)")
        if let embeddingModel = stored.model.embeddingModel {
            lines.append("embeddings: \(CLIText.plain(embeddingModel)) vectors for \(report.embedded) of the papers it learned from "
                + "(labelled and random), compared with the centroid of the ones you kept")
        } else {
            lines.append("embeddings: not used (no [rank] embeddings_url, or fewer than half the papers you marked have a vector: "
                + "`papers-tui rank embed`)")
        }
        lines.append(stored.isCurrent ? "current: no mark changed since"
            : "marks or vectors changed since: the next ranked list trains it again (or `papers-tui rank train`)")
        return lines
    }

    func json() throws -> String {
        var object: [String: Any] = [:]
        switch readiness {
        case .ready: object["state"] = stored == nil ? "untrained" : "trained"
        case .needsMorePositives(let have, let need):
            object["state"] = "needs_more_positives"
            object["positives"] = have
            object["positives_needed"] = need
        }
        if let stored {
            let report = stored.model.report
            object["current"] = stored.isCurrent
            object["trained_at"] = ISO8601DateFormatter().string(from: stored.trainedAt)
            object["labels"] = ["stars": report.stars, "opened": report.opened, "dismissed": report.dismissed,
                                "skipped": report.skipped, "random": report.randomNegatives]
            object["regularisation"] = report.regularisation
            object["features"] = stored.model.featureCount
            if let embeddingModel = stored.model.embeddingModel {
                object["embeddings"] = ["model": embeddingModel, "papers": report.embedded] as [String: Any]
            } else {
                object["embeddings"] = NSNull()
            }
            if let validation = report.validation {
                object["validation"] = [
                    "method": Self.method(validation.method), "auc": validation.areaUnderCurve,
                    "balanced_accuracy": validation.balancedAccuracy, "held_out_positives": validation.heldOutPositives,
                    "held_out_negatives": validation.heldOutNegatives,
                ] as [String: Any]
            }
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    private static func method(_ method: ValidationScore.Method) -> String {
        switch method {
        case .timeOrdered: "time-ordered"
        case .folds(let count): "\(count)-fold"
        }
    }

    private static func fixed(_ value: Double) -> String { String(format: "%.2f", value) }

    private static func minute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
