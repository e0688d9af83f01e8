/// Writes metric families in the Prometheus text exposition format (0.0.4):
/// `# HELP` and `# TYPE` once per family before its samples, label values
/// escaped (`\\`, `\"`, `\n`), HELP text escaped (`\\`, `\n`), series sorted
/// so the output is deterministic.
public struct PrometheusExposition: Sendable {
    /// A metric type.
    public enum MetricType: String, Sendable {
        /// A value that only goes up.
        case counter
        /// A value that goes up and down.
        case gauge
        /// A sum and count (quantiles optional).
        case summary
    }

    /// One sample: the family name plus `suffix` (`_sum`, `_count`, or empty).
    public struct Sample: Sendable, Hashable {
        /// Appended to the family name.
        public var suffix: String
        /// Label name → value.
        public var labels: [String: String]
        /// The value.
        public var value: Double

        /// Creates a sample.
        public init(suffix: String = "", labels: [String: String] = [:], value: Double) {
            self.suffix = suffix
            self.labels = labels
            self.value = value
        }
    }

    /// The text so far.
    public private(set) var text = ""

    /// An empty exposition.
    public init() {}

    /// Appends a family. Families with no samples are skipped.
    public mutating func family(_ name: String, help: String, type: MetricType, samples: [Sample]) {
        guard !samples.isEmpty else { return }
        text += "# HELP \(name) \(Self.escapeHelp(help))\n# TYPE \(name) \(type.rawValue)\n"
        let lines = samples.map { s -> String in
            let labels = s.labels.keys.sorted().map { "\($0)=\"\(Self.escapeLabel(s.labels[$0]!))\"" }.joined(separator: ",")
            return name + s.suffix + (labels.isEmpty ? "" : "{\(labels)}") + " " + Self.format(s.value)
        }
        for line in lines.sorted() { text += line + "\n" }
    }

    /// A label value with `\`, `"` and newline escaped.
    public static func escapeLabel(_ value: String) -> String { escape(value, quotes: true) }

    /// HELP text with `\` and newline escaped.
    public static func escapeHelp(_ text: String) -> String { escape(text, quotes: false) }

    static func escape(_ text: String, quotes: Bool) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\"" where quotes: out += "\\\""
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Integers without a fraction; `NaN`, `+Inf`, `-Inf` as Prometheus spells them.
    public static func format(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "+Inf" : "-Inf" }
        return JSONValue.numberText(v)
    }
}

extension IncidentMetrics {
    /// The metrics in Prometheus text format, per hint and category (labels
    /// `hint`, `category`), autonomy also without labels for all cases.
    public func prometheusText() -> String {
        var out = PrometheusExposition()
        let sorted = groups.sorted { $0.key < $1.key }
        func labels(_ g: Group, _ extra: [String: String] = [:]) -> [String: String] {
            extra.merging(["hint": g.hint, "category": g.category]) { a, _ in a }
        }
        func per(_ f: (CaseFigures) -> Int) -> [PrometheusExposition.Sample] {
            sorted.map { .init(labels: labels($0.key), value: Double(f($0.value))) }
        }
        func summary(_ f: (CaseFigures) -> DurationSummary) -> [PrometheusExposition.Sample] {
            sorted.flatMap { g, figures -> [PrometheusExposition.Sample] in
                let s = f(figures)
                return s.count == 0 ? [] : [.init(suffix: "_sum", labels: labels(g), value: s.sum), .init(suffix: "_count", labels: labels(g), value: Double(s.count))]
            }
        }
        out.family(
            "vigil_cases", help: "Cases by hint, category and current state.", type: .gauge,
            samples: sorted.flatMap { g, f in f.byState.map { .init(labels: labels(g, ["state": $0.key.rawValue]), value: Double($0.value)) } })
        out.family(
            "vigil_detection_latency_seconds", help: "Alert startsAt minus the fault's start (T0), where T0 is known.",
            type: .summary, samples: summary(\.detectionLatency))
        out.family(
            "vigil_time_to_acknowledge_seconds", help: "Triage start minus alert startsAt (MTTA = sum / count).",
            type: .summary, samples: summary(\.timeToAcknowledge))
        out.family(
            "vigil_time_to_resolve_seconds", help: "Resolution minus alert startsAt, resolved cases (MTTR = sum / count).",
            type: .summary, samples: summary(\.timeToResolve))
        var autonomy = sorted.compactMap { g, f in f.autonomyPercent.map { PrometheusExposition.Sample(labels: labels(g), value: $0) } }
        if let all = total.autonomyPercent { autonomy.append(.init(value: all)) }
        out.family(
            "vigil_autonomy_percent", help: "Closed cases resolved with no human action, in percent.", type: .gauge,
            samples: autonomy)
        out.family(
            "vigil_approvals_required_total", help: "Gate decisions that required a human approval.", type: .counter,
            samples: per(\.approvalsRequired))
        out.family(
            "vigil_guardrail_denials_total", help: "Gate denials by the rule that denied.", type: .counter,
            samples: sorted.flatMap { g, f in f.denials.map { .init(labels: labels(g, ["reason": $0.key]), value: Double($0.value)) } })
        out.family(
            "vigil_command_verdicts_total", help: "Plan commands judged review or block by the verdict engine.",
            type: .counter,
            samples: sorted.flatMap { g, f in
                [PrometheusExposition.Sample(labels: labels(g, ["verdict": "review"]), value: Double(f.reviews)),
                 .init(labels: labels(g, ["verdict": "block"]), value: Double(f.blocks))]
            })
        out.family(
            "vigil_suppressed_duplicates_total", help: "Repeated alert notifications attached to an open case.",
            type: .counter, samples: per(\.suppressedDuplicates))
        out.family(
            "vigil_remediation_attempts_total", help: "Times cases entered executing.", type: .counter,
            samples: per(\.attempts))
        return out.text
    }
}
