/// `successHistory = resolved / total · 100` over the outcomes of the input's
/// category whose timestamp lies in `[now − historyWindow, now]`.
struct SuccessHistoryComponent {
    let value: Double
    let samples: Int
    let flags: [ComponentFlag]

    init(
        outcomes: [OutcomeRecord], category: String, now: Double, configuration: ReliabilityConfiguration
    ) throws(ReliabilityError) {
        let start = now - configuration.historyWindow
        var total = 0
        var resolved = 0
        for (i, outcome) in outcomes.enumerated() {
            if outcome.timestamp > now {
                try Check.notInFuture(outcome.timestamp, now: now, field: "outcomes[\(i)].timestamp")
            }
            guard outcome.category == category, outcome.timestamp >= start else { continue }
            total += 1
            if outcome.resolved { resolved += 1 }
        }
        samples = total
        guard total >= configuration.minimumOutcomes else {
            value = configuration.insufficientData.successHistory
            flags = [.insufficientData]
            return
        }
        value = Double(resolved) / Double(total) * 100
        flags = []
    }
}
