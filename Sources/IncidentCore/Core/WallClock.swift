#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// The source of "now" for every engine in IncidentCore. Engines never read the
/// wall clock themselves; tests inject a ``ManualClock``.
public protocol WallClock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system's wall clock.
public struct SystemClock: WallClock {
    /// Creates the system clock.
    public init() {}

    /// `Date()`.
    public func now() -> Date { Date() }
}

/// A clock that only moves when told to, for tests and simulations.
public final class ManualClock: WallClock {
    private let current: Mutex<Date>

    /// A clock reading `start`.
    public init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        current = Mutex(start)
    }

    /// The current reading.
    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds` (negative values are rejected and ignored).
    public func advance(by seconds: TimeInterval) {
        guard seconds >= 0, seconds.isFinite else { return }
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Sets the clock to `date` if it is not earlier than the current reading.
    public func set(_ date: Date) {
        current.withLock { if date >= $0 { $0 = date } }
    }
}
