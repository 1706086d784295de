import Foundation

/// Remembers text a frame derived from a paper (cleaned titles, the abstract laid out at a width), so
/// the next frame, drawn for a key that moved the cursor, does not derive it again. Keys hold every
/// input of the derivation, so a remembered value is always what would be computed; when full, it
/// starts over rather than tracking age.
final class RenderMemo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let known = lock.withLock({ values[key] }) { return known }
        let made = make()
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = made
        }
        return made
    }
}
