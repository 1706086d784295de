import Foundation

/// An error in full for the log. Our sentence enums describe themselves as the sentence, which the
/// log already has, so they are written as their case and associated values instead:
/// `ReaderStore.FeedError.unreachable(service: "arXiv", reason: "connection refused")`. Any other
/// error is `String(reflecting:)` (GRDB's `DatabaseError` with its result code and statement, NIO's
/// connection errors).
enum ErrorDetail {
    static func of(_ error: any Error) -> String {
        let full = String(reflecting: error)
        let mirror = Mirror(reflecting: error)
        guard full == String(describing: error), mirror.displayStyle == .enum else { return full }
        let typeName = String(reflecting: type(of: error))
        guard let payload = mirror.children.first, let caseName = payload.label else { return typeName }
        let values = String(reflecting: payload.value)
        return "\(typeName).\(caseName)" + (Mirror(reflecting: payload.value).displayStyle == .tuple ? values : "(\(values))")
    }
}
