import Foundation

/// The model as bytes for the cache: `PTRANKER`, the format version, the length of the body, the
/// body, and a 64-bit checksum of everything before it. Bytes from another version, cut short or
/// altered are refused with an error (`RankingError`); the caller trains again.
extension RankingModel {
    public static let formatVersion: UInt32 = 2
    private static let magic = Array("PTRANKER".utf8)
    private static let headerSize = 8 + 4 + 8
    private static let largestFeatureCount = 50_000_000

    public func serialized() -> Data {
        var body = ModelByteWriter()
        body.write(settings.termWeight)
        body.write(settings.authorWeight)
        body.write(settings.categoryWeight)
        body.write(settings.embeddingWeight)
        body.write(settings.minimumEmbeddedShare)
        body.write(UInt32(settings.titleRepeats))
        body.write(UInt32(settings.maximumAbstractTerms))
        body.write(UInt32(settings.maximumAuthors))
        body.write(bias)
        body.write(unseenInverseDocumentFrequency)
        write(report, to: &body)
        body.write(UInt32(hashes.count))
        for hash in hashes { body.write(hash) }
        for value in inverseDocumentFrequencies { body.write(value) }
        for value in weights { body.write(value) }
        write(embedding, to: &body)

        var whole = ModelByteWriter()
        for byte in Self.magic { whole.write(byte) }
        whole.write(Self.formatVersion)
        whole.write(UInt64(body.bytes.count))
        var bytes = whole.bytes + body.bytes
        var checksum = ModelByteWriter()
        checksum.write(Self.checksum(bytes))
        bytes += checksum.bytes
        return Data(bytes)
    }

    public init(serialized data: Data) throws(RankingError) {
        let bytes = [UInt8](data)
        guard bytes.count >= Self.headerSize + 8, Array(bytes[0..<8]) == Self.magic else {
            throw .damagedModel("not a papers-tui ranking model")
        }
        var reader = ModelByteReader(bytes)
        _ = try reader.read(UInt64.self)
        let version = try reader.read(UInt32.self)
        guard version == Self.formatVersion else { throw .unsupportedModelVersion(found: version, supported: Self.formatVersion) }
        let bodyLength = try reader.read(UInt64.self)
        guard bodyLength == UInt64(bytes.count - Self.headerSize - 8) else { throw .damagedModel("the length does not match") }
        var trailer = ModelByteReader(Array(bytes.suffix(8)))
        guard try trailer.read(UInt64.self) == Self.checksum(bytes.dropLast(8)) else { throw .damagedModel("the checksum does not match") }

        var settings = FeatureSettings()
        settings.termWeight = try reader.readDouble()
        settings.authorWeight = try reader.readDouble()
        settings.categoryWeight = try reader.readDouble()
        settings.embeddingWeight = try reader.readDouble()
        settings.minimumEmbeddedShare = try reader.readDouble()
        settings.titleRepeats = try reader.readSetting(0...16)
        settings.maximumAbstractTerms = try reader.readSetting(1...1_000_000)
        settings.maximumAuthors = try reader.readSetting(0...100_000)
        let bias = try reader.readDouble()
        let unseen = try reader.readFloat()
        let report = try Self.readReport(&reader)
        let count = try reader.readCount(itemSize: 16, atMost: Self.largestFeatureCount)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(count)
        for _ in 0..<count { hashes.append(try reader.read(UInt64.self)) }
        var idf: [Float] = []
        idf.reserveCapacity(count)
        for _ in 0..<count { idf.append(try reader.readFloat()) }
        var weights: [Float] = []
        weights.reserveCapacity(count)
        for _ in 0..<count { weights.append(try reader.readFloat()) }
        let embedding = try Self.readEmbedding(&reader)
        guard reader.remaining == 8 else { throw .damagedModel("\(reader.remaining - 8) bytes left over") }
        guard Set(hashes).count == hashes.count else { throw .damagedModel("a feature stored twice") }
        self.init(
            settings: settings, hashes: hashes, inverseDocumentFrequencies: idf, weights: weights, bias: bias,
            unseenInverseDocumentFrequency: unseen, embedding: embedding, report: report)
    }

    private func write(_ embedding: EmbeddingFeatures?, to writer: inout ModelByteWriter) {
        guard let embedding else {
            writer.write(UInt8(0))
            return
        }
        writer.write(UInt8(1))
        let name = Array(embedding.model.utf8)
        writer.write(UInt32(name.count))
        for byte in name { writer.write(byte) }
        writer.write(embedding.scale)
        writer.write(embedding.weights.positive)
        writer.write(embedding.weights.negative)
        writer.write(UInt32(clamping: embedding.positiveCount))
        writer.write(UInt32(clamping: embedding.negativeCount))
        writer.write(UInt32(embedding.dimension))
        for values in [embedding.mean, embedding.positiveSum, embedding.negativeSum] {
            for value in values { writer.write(value) }
        }
    }

    private static func readEmbedding(_ reader: inout ModelByteReader) throws(RankingError) -> EmbeddingFeatures? {
        switch try reader.read(UInt8.self) {
        case 0: return nil
        case 1: break
        case let other: throw .damagedModel("an unknown embeddings flag \(other)")
        }
        let nameLength = try reader.readCount(itemSize: 1, atMost: 4_096)
        var name: [UInt8] = []
        for _ in 0..<nameLength { name.append(try reader.read(UInt8.self)) }
        let scale = try reader.readFloat()
        let weights = (positive: try reader.readFloat(), negative: try reader.readFloat())
        let positiveCount = try reader.readSetting(0...Int(UInt32.max))
        let negativeCount = try reader.readSetting(0...Int(UInt32.max))
        let dimension = try reader.readCount(itemSize: 12, atMost: 65_536)
        func vector() throws(RankingError) -> [Float] {
            var values: [Float] = []
            values.reserveCapacity(dimension)
            for _ in 0..<dimension { values.append(try reader.readFloat()) }
            return values
        }
        let mean = try vector()
        let positiveSum = try vector()
        let negativeSum = try vector()
        return EmbeddingFeatures(
            model: String(decoding: name, as: UTF8.self), mean: mean, positiveSum: positiveSum, positiveCount: positiveCount,
            negativeSum: negativeSum, negativeCount: negativeCount, weights: weights, scale: scale)
    }

    private func write(_ report: TrainingReport, to writer: inout ModelByteWriter) {
        for count in [report.stars, report.opened, report.dismissed, report.skipped, report.randomNegatives, report.iterations,
                      report.embedded] {
            writer.write(UInt32(clamping: count))
        }
        writer.write(report.regularisation)
        writer.write(report.trainedAt.timeIntervalSince1970)
        guard let validation = report.validation else {
            writer.write(UInt8(0))
            return
        }
        switch validation.method {
        case .timeOrdered:
            writer.write(UInt8(1))
            writer.write(UInt32(0))
        case .folds(let count):
            writer.write(UInt8(2))
            writer.write(UInt32(clamping: count))
        }
        writer.write(validation.areaUnderCurve)
        writer.write(validation.balancedAccuracy)
        writer.write(UInt32(clamping: validation.heldOutPositives))
        writer.write(UInt32(clamping: validation.heldOutNegatives))
    }

    private static func readReport(_ reader: inout ModelByteReader) throws(RankingError) -> TrainingReport {
        var report = TrainingReport()
        let counts = 0...Int(UInt32.max)
        report.stars = try reader.readSetting(counts)
        report.opened = try reader.readSetting(counts)
        report.dismissed = try reader.readSetting(counts)
        report.skipped = try reader.readSetting(counts)
        report.randomNegatives = try reader.readSetting(counts)
        report.iterations = try reader.readSetting(counts)
        report.embedded = try reader.readSetting(counts)
        report.regularisation = try reader.readDouble()
        report.trainedAt = Date(timeIntervalSince1970: try reader.readDouble())
        let method: ValidationScore.Method
        switch try reader.read(UInt8.self) {
        case 0: return report
        case 1:
            _ = try reader.read(UInt32.self)
            method = .timeOrdered
        case 2: method = .folds(try reader.readSetting(1...1_000))
        case let other: throw .damagedModel("an unknown validation method \(other)")
        }
        report.validation = ValidationScore(
            method: method, areaUnderCurve: try reader.readDouble(), balancedAccuracy: try reader.readDouble(),
            heldOutPositives: try reader.readSetting(counts), heldOutNegatives: try reader.readSetting(counts))
        return report
    }

    private static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FeatureHash(kind: .term)
        for byte in bytes { hash.add(byte) }
        return hash.value
    }
}
