extension ReliabilityScore: Codable {
    enum CodingKeys: String, CodingKey {
        case overall = "overall_score"
        case level = "confidence_level"
        case breakdown
        case components
    }

    struct BreakdownKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Encodes `overall_score`, `confidence_level`, `breakdown` (each factor as a
    /// percentage string such as `"85%"`, at most one decimal) and `components`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(overall, forKey: .overall)
        try c.encode(level, forKey: .level)
        var b = c.nestedContainer(keyedBy: BreakdownKey.self, forKey: .breakdown)
        for component in components {
            try b.encode(Self.percent(component.value), forKey: BreakdownKey(stringValue: component.factor.rawValue))
        }
        try c.encode(components, forKey: .components)
    }

    /// Decodes a score, requiring the `components` array (the percentage strings
    /// of `breakdown` are rounded and cannot be decoded exactly) and checking that
    /// it holds each factor once, with values in 0…100 and a level that matches
    /// `overall_score`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let overall = try c.decode(Double.self, forKey: .overall)
        let level = try c.decode(ConfidenceLevel.self, forKey: .level)
        let components = try c.decode([ReliabilityComponent].self, forKey: .components)
        try Check.number(overall, in: 0...100, field: "overall_score")
        guard components.map(\.factor) == ReliabilityFactor.allCases else {
            throw ReliabilityError(
                .invalidEncoding, field: "components", value: "\(components.map(\.factor.rawValue))",
                expectation: "one entry per factor, in the order \(ReliabilityFactor.allCases.map(\.rawValue))")
        }
        guard ConfidenceLevel(score: overall) == level else {
            throw ReliabilityError(
                .invalidEncoding, field: "confidence_level", value: level.rawValue,
                expectation: "the level of overall_score \(overall)")
        }
        self.init(overall: overall, level: level, components: components)
    }

    /// `value` rounded to one decimal, without a trailing `.0`, followed by `%`.
    static func percent(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 {
            return "\(Int(tenths / 10))%"
        }
        return "\(tenths / 10)%"
    }
}

extension ReliabilityComponent: Codable {
    enum CodingKeys: String, CodingKey {
        case factor, value, weight, contribution, samples, flags
    }

    /// Encodes factor, value, weight, contribution, samples and flags.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(factor, forKey: .factor)
        try c.encode(value, forKey: .value)
        try c.encode(weight, forKey: .weight)
        try c.encode(contribution, forKey: .contribution)
        try c.encode(samples, forKey: .samples)
        try c.encode(flags, forKey: .flags)
    }

    /// Decodes a component, checking value 0…100, weight 0…1 and samples ≥ 0.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let factor = try c.decode(ReliabilityFactor.self, forKey: .factor)
        let value = try c.decode(Double.self, forKey: .value)
        let weight = try c.decode(Double.self, forKey: .weight)
        let samples = try c.decode(Int.self, forKey: .samples)
        let flags = try c.decode([ComponentFlag].self, forKey: .flags)
        try Check.number(value, in: 0...100, field: "components.\(factor.rawValue).value")
        try Check.number(weight, in: 0...1, field: "components.\(factor.rawValue).weight")
        guard samples >= 0 else {
            throw ReliabilityError(
                .outOfRange, field: "components.\(factor.rawValue).samples", value: "\(samples)",
                expectation: "a count ≥ 0")
        }
        self.init(factor: factor, value: value, weight: weight, samples: samples, flags: Array(Set(flags)).sorted {
            $0.rawValue < $1.rawValue
        })
    }
}
