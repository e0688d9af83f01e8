/// The scorer's result: the overall score, its level and every component.
///
/// Encodes to the JSON shape the seed system used, plus a `components` array
/// with weights, sample counts and flags:
///
/// ```json
/// {"overall_score": 87.4, "confidence_level": "high",
///  "breakdown": {"ai_confidence": "92%", "human_validation": "85%",
///                "success_history": "90%", "pattern_recognition": "82%"},
///  "components": [{"factor": "ai_confidence", "value": 92, "weight": 0.25, ...}, ...]}
/// ```
public struct ReliabilityScore: Sendable, Hashable {
    /// The weighted sum of the components, 0…100, quantised to 1e-6 so that
    /// floating-point noise cannot move a score across a level boundary.
    public let overall: Double
    /// The level of `overall`.
    public let level: ConfidenceLevel
    /// The four components, in `ReliabilityFactor.allCases` order.
    public let components: [ReliabilityComponent]

    init(components: [ReliabilityComponent]) {
        var sum = 0.0
        for c in components { sum += c.contribution }
        let clamped = min(100, max(0, sum))
        let quantised = (clamped * 1e6).rounded() / 1e6
        self.overall = quantised
        self.level = ConfidenceLevel(score: quantised)
        self.components = components
    }

    init(overall: Double, level: ConfidenceLevel, components: [ReliabilityComponent]) {
        self.overall = overall
        self.level = level
        self.components = components
    }

    /// The component of one factor.
    public subscript(factor: ReliabilityFactor) -> ReliabilityComponent {
        // `components` always holds the four factors in order.
        components[ReliabilityFactor.allCases.firstIndex(of: factor)!]
    }

    /// The factors that lacked evidence and took their conservative value.
    public var insufficientData: [ReliabilityFactor] {
        components.filter(\.insufficientData).map(\.factor)
    }
}
