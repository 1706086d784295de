import Foundation

/// The features of the training papers with their document frequencies: where the IDF comes from,
/// and which features get a weight of their own.
struct FeatureVocabulary {
    private(set) var table = FeatureIndexTable(minimumCapacity: 1 << 16)
    private(set) var hashes: [UInt64] = []
    private(set) var documentFrequencies: [Int32] = []
    private(set) var documentCount = 0

    init(_ documents: [FeatureCounts]) {
        for document in documents {
            documentCount += 1
            for hash in document.allHashes {
                let (index, inserted) = table.insert(hash)
                if inserted {
                    hashes.append(hash)
                    documentFrequencies.append(1)
                } else {
                    documentFrequencies[Int(index)] += 1
                }
            }
        }
    }

    /// Smoothed: `ln((1 + n) / (1 + df)) + 1`, never zero, so a feature in every paper still counts a little.
    func inverseDocumentFrequency(documentFrequency: Int) -> Float {
        Float(log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1)
    }

    /// Features seen in one paper only say nothing about others: they get no weight, and count
    /// towards a paper's length as a feature never seen does (with the IDF of one paper).
    func columns(keeping alsoKept: Set<UInt64>) -> (table: FeatureIndexTable, hashes: [UInt64], idf: [Float]) {
        var columns = FeatureIndexTable(minimumCapacity: hashes.count / 2)
        var kept: [UInt64] = []
        var idf: [Float] = []
        for (hash, frequency) in zip(hashes, documentFrequencies) where frequency > 1 || alsoKept.contains(hash) {
            columns.insert(hash)
            kept.append(hash)
            idf.append(inverseDocumentFrequency(documentFrequency: Int(frequency)))
        }
        return (columns, kept, idf)
    }
}
