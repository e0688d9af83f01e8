import PatternLearning

/// How the loop turns an alert into a pattern: its name and `summary`
/// annotation are the title, its `description` annotation the body, and the
/// normaliser's key terms with the case's category make the signature. Use it
/// to import past tickets so their statistics count for new alerts.
public enum AlertPattern {
    /// The alert's key terms, or `nil` when it has none.
    public static func terms(of alert: AlertmanagerAlert, normalizer: TicketNormalizer = .standard) -> [String]? {
        let title = [alert.labels["alertname"], alert.annotations["summary"]].compactMap { $0 }.joined(separator: " ")
        let body = alert.annotations["description"] ?? ""
        guard let terms = try? normalizer.keyTerms(title: title, description: body), !terms.isEmpty else { return nil }
        return terms
    }

    /// The alert's pattern signature in `category`, or `nil` when it has no key terms.
    public static func signature(
        of alert: AlertmanagerAlert, category: String, normalizer: TicketNormalizer = .standard
    ) -> PatternSignature? {
        terms(of: alert, normalizer: normalizer).flatMap { try? PatternSignature(category: category, terms: $0) }
    }
}
