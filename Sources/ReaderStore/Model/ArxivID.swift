/// An arXiv identifier without its version, in its canonical form:
/// `2411.18123` (new scheme, five digits after the dot from 1501 on) or `hep-th/9901001` (old scheme,
/// subject class dropped as arXiv's preferred external form does).
public struct ArxivID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    /// The version the input named, if any (`2411.18123v2` names 2).
    public let version: Int?

    public var description: String { value }
    public var versioned: String { version.map { "\(value)v\($0)" } ?? value }

    public static func < (lhs: ArxivID, rhs: ArxivID) -> Bool { lhs.value < rhs.value }

    /// Builds from parts already known to be valid, such as a database row.
    public init(trusted value: String, version: Int? = nil) {
        self.value = value
        self.version = version
    }
}
