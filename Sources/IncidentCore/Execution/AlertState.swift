#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// What is known about an alert right now.
public enum AlertObservation: Sendable, Hashable {
    /// It is firing.
    case firing
    /// It is not firing, and has not been since `since`.
    case clear(since: Date)
    /// Nothing is known (never seen, source unreachable). Never counts as clear.
    case unknown
}

/// The verification seam: is the alert firing, or clear and since when?
/// Backed by Alertmanager's API, the intake's view, or a simulation.
public protocol AlertState: Sendable {
    /// The current observation of the alert with `fingerprint`.
    func observe(_ fingerprint: AlertFingerprint) async -> AlertObservation
}

/// The answer to "did the alert clear and stay clear?".
public enum VerificationOutcome: Sendable, Hashable {
    /// Every alert has been clear for the whole window.
    case verified
    /// Not yet: some alert is firing, unknown, or clear for less than the window.
    case pending(reason: String)
}

/// Verification as a pure function of observations and the time.
public enum AlertVerification {
    /// `verified` only when every fingerprint is clear and has been for at
    /// least `window` seconds at `now`; an unknown alert keeps it pending (fail closed).
    public static func evaluate(
        _ observations: [AlertFingerprint: AlertObservation], now: Date, window: TimeInterval
    ) -> VerificationOutcome {
        guard !observations.isEmpty else { return .pending(reason: "no alert to verify") }
        for (fp, o) in observations.sorted(by: { $0.key < $1.key }) {
            switch o {
            case .firing:
                return .pending(reason: "alert \(fp) is firing")
            case .unknown:
                return .pending(reason: "alert \(fp) state is unknown")
            case .clear(let since):
                let held = now.timeIntervalSince(since)
                if held < window {
                    return .pending(reason: "alert \(fp) clear for \(Int(held.rounded(.down))) s of \(Int(window)) s")
                }
            }
        }
        return .verified
    }
}

/// Alert states set by hand: simulations and tests. Unset alerts are `unknown`.
public final class InMemoryAlertState: AlertState {
    private let states = Mutex<[AlertFingerprint: AlertObservation]>([:])

    /// No alerts known.
    public init() {}

    /// The stored observation.
    public func observe(_ fingerprint: AlertFingerprint) async -> AlertObservation {
        states.withLock { $0[fingerprint] ?? .unknown }
    }

    /// Marks the alert firing.
    public func setFiring(_ fingerprint: AlertFingerprint) {
        states.withLock { $0[fingerprint] = .firing }
    }

    /// Marks the alert clear since `since` (kept if it is already clear).
    public func setClear(_ fingerprint: AlertFingerprint, since: Date) {
        states.withLock { s in
            if case .clear = s[fingerprint] { return }
            s[fingerprint] = .clear(since: since)
        }
    }
}
