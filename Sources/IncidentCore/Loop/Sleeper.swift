#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How the remediation loop waits (retry backoff, verification polls). Injected
/// like the clock, so a simulation or a test waits in virtual time.
public protocol Sleeper: Sendable {
    /// Returns after `seconds` have passed on the loop's clock (at once for `seconds <= 0`).
    func sleep(seconds: Double) async
}

/// Waits in real time with `Task.sleep`; returns early if the task is cancelled.
public struct SystemSleeper: Sleeper {
    /// Creates the sleeper.
    public init() {}

    /// Sleeps for `seconds` of real time.
    public func sleep(seconds: Double) async {
        guard seconds > 0, seconds.isFinite else { return }
        try? await Task.sleep(nanoseconds: UInt64(min(seconds, 1e9) * 1e9))
    }
}

extension ManualClock: Sleeper {
    /// Moves the clock forward by `seconds` and returns at once: virtual time.
    public func sleep(seconds: Double) async {
        advance(by: max(0, seconds))
    }
}
