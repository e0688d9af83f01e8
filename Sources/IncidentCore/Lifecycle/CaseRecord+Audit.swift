/// Why an audited case update did not happen.
public enum CaseUpdateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The event is illegal in the case's state (the refusal itself was audited).
    case lifecycle(LifecycleError)
    /// The audit log did not take the entry, so the state did not change (fail closed).
    case audit(AuditError)

    /// The underlying error's description.
    public var description: String {
        switch self {
        case .lifecycle(let e): e.description
        case .audit(let e): "audit log: \(e)"
        }
    }
}

extension CaseRecord {
    /// Applies `event` with the time from `clock`, writing the audit entry
    /// first: the state changes only once the log holds the transition, so
    /// every state change of a case is in the audit log.
    ///
    /// The entry is `case.transition` with `data` = `{"from", "to", "event",
    /// "attempt", "reason"?}`. An illegal event is recorded as
    /// `case.transition.refused` (best effort) and thrown as ``CaseUpdateError/lifecycle(_:)``.
    /// - Throws: ``CaseUpdateError``; the record is then unchanged.
    @discardableResult
    public mutating func apply(
        _ event: CaseEvent, reason: String? = nil, clock: any WallClock, audit: any AuditLog
    ) async throws(CaseUpdateError) -> CaseTransitionRecord {
        let now = clock.now()
        let transition: CaseTransitionRecord
        do {
            transition = try preview(event, at: now, reason: reason)
        } catch {
            var data: [String: JSONValue] = ["state": .string(state.rawValue), "event": .string(event.rawValue)]
            if let reason { data["reason"] = .string(reason) }
            _ = try? await audit.append(AuditRecord(kind: "case.transition.refused", caseID: id, data: .object(data)))
            throw .lifecycle(error)
        }
        var data: [String: JSONValue] = [
            "from": .string(transition.from.rawValue), "to": .string(transition.to.rawValue),
            "event": .string(event.rawValue),
            "attempt": .number(Double(attempts + (transition.to == .executing ? 1 : 0))),
        ]
        if let reason { data["reason"] = .string(reason) }
        do {
            _ = try await audit.append(AuditRecord(kind: "case.transition", caseID: id, data: .object(data)))
        } catch {
            throw .audit(error)
        }
        do {
            return try apply(event, at: now, reason: reason)
        } catch {
            // Unreachable: preview succeeded on the same state.
            throw .lifecycle(error)
        }
    }
}
