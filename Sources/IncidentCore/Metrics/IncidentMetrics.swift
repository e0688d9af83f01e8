#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A sum and a count of durations, in seconds (a Prometheus summary without quantiles).
public struct DurationSummary: Sendable, Hashable {
    /// How many durations.
    public var count: Int = 0
    /// Their sum, in seconds.
    public var sum: Double = 0

    /// The mean, or `nil` when there is none.
    public var mean: Double? { count == 0 ? nil : sum / Double(count) }

    mutating func add(_ seconds: Double?) {
        guard let seconds, seconds.isFinite else { return }
        count += 1
        sum += seconds
    }

    mutating func merge(_ other: DurationSummary) {
        count += other.count
        sum += other.sum
    }
}

/// The figures of one group of cases (one hint and category, or all of them).
public struct CaseFigures: Sendable, Hashable {
    /// Cases by current state.
    public var byState: [CaseState: Int] = [:]
    /// Alert `startsAt` − fault start (T0), where T0 is known.
    public var detectionLatency = DurationSummary()
    /// Triage start − alert `startsAt` (time to acknowledge).
    public var timeToAcknowledge = DurationSummary()
    /// Resolution − alert `startsAt` (time to resolve), resolved cases only.
    public var timeToResolve = DurationSummary()
    /// Cases in a terminal state.
    public var closed = 0
    /// Resolved cases in which no person voted.
    public var resolvedAutonomously = 0
    /// Gate decisions that required an approval.
    public var approvalsRequired = 0
    /// Denials by the rule that denied (`unspecified` when a denial names none).
    public var denials: [String: Int] = [:]
    /// Plan commands judged `review`.
    public var reviews = 0
    /// Plan commands judged `block`.
    public var blocks = 0
    /// Repeated notifications suppressed into these cases.
    public var suppressedDuplicates = 0
    /// Entries into `executing`.
    public var attempts = 0

    /// All cases counted.
    public var cases: Int { byState.values.reduce(0, +) }

    /// Resolved-without-a-person as a percentage of closed cases; `nil` with none closed.
    public var autonomyPercent: Double? {
        closed == 0 ? nil : Double(resolvedAutonomously) / Double(closed) * 100
    }

    mutating func add(_ c: CaseRecord) {
        byState[c.state, default: 0] += 1
        if let t0 = c.faultStartedAt, let detected = c.detectedAt { detectionLatency.add(detected.timeIntervalSince(t0)) }
        if let detected = c.detectedAt {
            timeToAcknowledge.add(c.acknowledgedAt?.timeIntervalSince(detected))
            timeToResolve.add(c.resolvedAt?.timeIntervalSince(detected))
        }
        if c.state.isTerminal { closed += 1 }
        if c.state == .resolved, !c.hadHumanAction { resolvedAutonomously += 1 }
        for d in c.decisions {
            switch d.outcome {
            case .awaitApproval: approvalsRequired += 1
            case .deny:
                for reason in d.denialReasons.isEmpty ? ["unspecified"] : d.denialReasons { denials[reason, default: 0] += 1 }
            case .execute: break
            }
        }
        reviews += c.verdicts.filter { $0.verdict == .review }.count
        blocks += c.verdicts.filter { $0.verdict == .block }.count
        suppressedDuplicates += c.suppressedDuplicates
        attempts += c.attempts
    }

    mutating func merge(_ o: CaseFigures) {
        byState.merge(o.byState, uniquingKeysWith: +)
        detectionLatency.merge(o.detectionLatency)
        timeToAcknowledge.merge(o.timeToAcknowledge)
        timeToResolve.merge(o.timeToResolve)
        closed += o.closed
        resolvedAutonomously += o.resolvedAutonomously
        approvalsRequired += o.approvalsRequired
        denials.merge(o.denials, uniquingKeysWith: +)
        reviews += o.reviews
        blocks += o.blocks
        suppressedDuplicates += o.suppressedDuplicates
        attempts += o.attempts
    }
}

/// Incident metrics over a set of case records, per hint and category and in
/// total: detection latency, time to acknowledge and resolve (MTTA, MTTR),
/// autonomy, and guardrail figures. A pure function of the records.
public struct IncidentMetrics: Sendable, Hashable {
    /// A hint and category; `none` where a case has neither.
    public struct Group: Sendable, Hashable, Comparable {
        /// The hint.
        public var hint: String
        /// The category.
        public var category: String

        /// Orders by hint, then category.
        public static func < (a: Group, b: Group) -> Bool { (a.hint, a.category) < (b.hint, b.category) }
    }

    /// The figures per group.
    public let groups: [Group: CaseFigures]

    /// Computes the metrics of `cases`.
    public init(cases: [CaseRecord]) {
        var groups: [Group: CaseFigures] = [:]
        for c in cases {
            groups[Group(hint: c.hint ?? "none", category: c.category ?? "none"), default: CaseFigures()].add(c)
        }
        self.groups = groups
    }

    /// Every group's figures added up.
    public var total: CaseFigures {
        groups.values.reduce(into: CaseFigures()) { $0.merge($1) }
    }
}
