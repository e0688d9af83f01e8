/// What an alert is about, in the vocabulary of policies and rule tables: a
/// hint (`disk_full`) and optionally a policy category (`storage`).
public struct AlertClassification: Sendable, Hashable, Codable {
    /// The policy hint, e.g. `frontend_down`.
    public var hint: String
    /// The policy category, e.g. `storage`, if the table names one.
    public var category: String?

    /// Creates a classification.
    public init(hint: String, category: String? = nil) {
        self.hint = hint
        self.category = category
    }
}

/// One row of an ``AlertHintTable``: labels that must all be equal, and the
/// classification they give.
public struct AlertHintRule: Sendable, Hashable, Codable {
    /// Label name → required value; every pair must match. Empty matches any alert.
    public var match: [String: String]
    /// The hint (lower-case letters, digits and `_`).
    public var hint: String
    /// The policy category, if any.
    public var category: String?

    /// Creates a rule.
    public init(match: [String: String], hint: String, category: String? = nil) {
        self.match = match
        self.hint = hint
        self.category = category
    }

    /// Whether every matcher equals the alert's label.
    public func matches(_ labels: [String: String]) -> Bool {
        match.allSatisfy { labels[$0.key] == $0.value }
    }
}

/// The configurable label → hint mapping. Rules are tried in order; the first
/// match wins; no match means the alert has no hint (and no rule-based plan).
///
/// ```swift
/// let table = AlertHintTable(rules: [.init(match: ["alertname": "FrontendDown"], hint: "frontend_down")])
/// table.classify(["alertname": "FrontendDown", "job": "web"])?.hint  // "frontend_down"
/// ```
public struct AlertHintTable: Sendable, Hashable, Codable {
    /// The rules, in order.
    public private(set) var rules: [AlertHintRule]

    /// Creates a table.
    /// - Throws: ``JSONShapeError`` naming the first rule whose hint is not a
    ///   non-empty run of `a-z`, `0-9` and `_`.
    public init(rules: [AlertHintRule]) throws(JSONShapeError) {
        for (i, rule) in rules.enumerated() {
            let ok =
                !rule.hint.isEmpty
                && rule.hint.utf8.allSatisfy { b in
                    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                        || b == UInt8(ascii: "_")
                }
            guard ok else {
                throw JSONShapeError(path: "rules[\(i)].hint", message: "expected lower-case letters, digits and _, found \"\(rule.hint)\"")
            }
        }
        self.rules = rules
    }

    /// Decodes `{"rules": [...]}` and validates it as ``init(rules:)`` does.
    public init(from decoder: any Decoder) throws {
        enum Keys: String, CodingKey { case rules }
        let rules = try decoder.container(keyedBy: Keys.self).decode([AlertHintRule].self, forKey: .rules)
        do {
            try self.init(rules: rules)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// The first matching rule's classification, or `nil`.
    public func classify(_ labels: [String: String]) -> AlertClassification? {
        rules.first { $0.matches(labels) }.map { AlertClassification(hint: $0.hint, category: $0.category) }
    }

    /// The PoC's scenarios and the common node-exporter / kube-state-metrics names:
    /// disk full (`storage`), missing container and frontend down (`availability`).
    public static let standard: AlertHintTable = try! AlertHintTable(rules: [
        AlertHintRule(match: ["alertname": "FrontendDown"], hint: "frontend_down", category: "availability"),
        AlertHintRule(match: ["alertname": "DiskFull"], hint: "disk_full", category: "storage"),
        AlertHintRule(match: ["alertname": "NodeFilesystemSpaceFillingUp"], hint: "disk_full", category: "storage"),
        AlertHintRule(match: ["alertname": "NodeFilesystemAlmostOutOfSpace"], hint: "disk_full", category: "storage"),
        AlertHintRule(match: ["alertname": "ContainerMissing"], hint: "container_missing", category: "availability"),
        AlertHintRule(match: ["alertname": "ContainerAbsent"], hint: "container_missing", category: "availability"),
    ])
}
