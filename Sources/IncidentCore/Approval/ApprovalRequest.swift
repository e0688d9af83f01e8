#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Something an approver (or the clock) does to an approval request.
public enum ApprovalEvent: Sendable, Hashable {
    /// Approve `steps` (0-based plan indexes; `nil` = every step), optionally with a comment.
    case approve(approver: String, steps: Set<Int>? = nil, comment: String? = nil)
    /// Deny the whole request, saying why. Any single denial denies at once.
    case deny(approver: String, comment: String)
    /// The clock passed the expiry (no vote needed).
    case expire
}

/// One recorded vote.
public struct ApprovalVote: Sendable, Hashable, Codable {
    /// Who voted.
    public let approver: String
    /// Whether it approved.
    public let approved: Bool
    /// The steps approved (sorted), empty for a denial.
    public let steps: [Int]
    /// What the approver said.
    public let comment: String?
    /// When (to the second).
    public let at: Date

    init(approver: String, approved: Bool, steps: [Int], comment: String?, at: Date) {
        self.approver = approver
        self.approved = approved
        self.steps = steps
        self.comment = comment
        self.at = UTCTime(at).date
    }

    enum CodingKeys: String, CodingKey {
        case approver, approved, steps, comment, at
    }

    /// Decodes a vote; `at` is ISO 8601 UTC.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .at)
        guard let at = UTCTime.parseInstant(text) else {
            throw PolicyError(
                .invalidValue, field: FieldPath(codingPath: decoder.codingPath).key("at").text, "'\(text)' is not a UTC instant")
        }
        self.init(
            approver: try c.decode(String.self, forKey: .approver), approved: try c.decode(Bool.self, forKey: .approved),
            steps: try c.decode([Int].self, forKey: .steps), comment: try c.decodeIfPresent(String.self, forKey: .comment),
            at: at.date)
    }

    /// Encodes a vote with `at` as ISO 8601 UTC.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(approver, forKey: .approver)
        try c.encode(approved, forKey: .approved)
        try c.encode(steps, forKey: .steps)
        try c.encodeIfPresent(comment, forKey: .comment)
        try c.encode(UTCTime(at).iso8601, forKey: .at)
    }
}

/// Where a request stands.
public enum ApprovalStatus: Sendable, Hashable, Codable {
    /// Waiting: `approvals` of the `quorum` needed are in.
    case pending(approvals: Int, quorum: Int)
    /// Approved: these steps (sorted plan indexes) may be authorised.
    case approved(steps: [Int])
    /// Denied by `by` (an approver, or `quorum` when no step gathered enough approvals).
    case denied(by: String, comment: String)
    /// Expired before reaching a decision.
    case expired

    /// Whether no further vote can change it.
    public var isFinal: Bool {
        if case .pending = self { return false }
        return true
    }
}

/// A request for humans to approve a decision's actions: which actions, the
/// decision that required approval, who may approve, until when, and a dry-run
/// preview of exactly what would run.
///
/// A pure state machine: ``handle(_:at:)`` applies a vote or the expiry and
/// returns the new status; errors change nothing except that a vote arriving
/// after the expiry moves the request to `expired`. M-of-N: a step is approved
/// once `quorum` distinct approvers approved it; the request resolves when
/// `quorum` approvals are in, approving the steps all of them chose (a subset
/// of the plan may be approved). Any denial denies at once.
///
/// Created by ``RemediationGate/requestApproval(for:)``; authorised by
/// ``RemediationGate/authorize(_:)-(ApprovalRequest)``.
public struct ApprovalRequest: Sendable, Hashable {
    /// The request's id (the decision's id with `/approval`).
    public let id: String
    /// The decision that required approval.
    public let decision: RemediationDecision
    /// Who may vote.
    public let approvers: [String]
    /// How many must approve.
    public let quorum: Int
    /// When the request was opened.
    public let createdAt: Date
    /// When it expires.
    public let expiresAt: Date
    /// Exactly what would run.
    public let preview: DryRunPreview
    /// The votes so far, in order.
    public private(set) var votes: [ApprovalVote] = []
    /// Where the request stands.
    public private(set) var status: ApprovalStatus

    init(decision: RemediationDecision, createdAt: Date, ttlSeconds: Int) {
        id = "\(decision.id)/approval"
        self.decision = decision
        approvers = decision.approvers
        quorum = decision.approvalQuorum
        self.createdAt = UTCTime(createdAt).date
        expiresAt = self.createdAt.addingTimeInterval(Double(ttlSeconds))
        preview = DryRunPreview(steps: decision.steps)
        status = .pending(approvals: 0, quorum: decision.approvalQuorum)
    }

    /// Applies `event` at `now` and returns the new status.
    ///
    /// - Throws: ``ApprovalError``: `unknownApprover`, `duplicateVote`, `expired`
    ///   (the request is now expired), `alreadyDecided`, `invalidSelection`,
    ///   `commentRequired`.
    @discardableResult
    public mutating func handle(_ event: ApprovalEvent, at now: Date) throws(ApprovalError) -> ApprovalStatus {
        let voter: String
        switch event {
        case .expire: voter = "(clock)"
        case .approve(let a, _, _), .deny(let a, _): voter = a
        }
        guard case .pending = status else {
            if case .expire = event { return status }
            throw ApprovalError(.alreadyDecided, approver: voter, "the request is already \(status.word)")
        }
        if now >= expiresAt {
            status = .expired
            if case .expire = event { return status }
            throw ApprovalError(.expired, approver: voter, "the request expired at \(UTCTime(expiresAt).iso8601)")
        }
        switch event {
        case .expire:
            return status
        case .deny(let approver, let comment):
            try checkVoter(approver)
            guard !PolicyText.trimmed(comment).isEmpty else {
                throw ApprovalError(.commentRequired, approver: approver, "a denial must say why")
            }
            votes.append(ApprovalVote(approver: approver, approved: false, steps: [], comment: comment, at: now))
            status = .denied(by: approver, comment: comment)
        case .approve(let approver, let chosen, let comment):
            try checkVoter(approver)
            let all = Set(decision.steps.map(\.index))
            let steps = chosen ?? all
            guard !steps.isEmpty, steps.isSubset(of: all) else {
                let bad = steps.subtracting(all).sorted().map(String.init).joined(separator: ", ")
                throw ApprovalError(
                    .invalidSelection, approver: approver,
                    steps.isEmpty ? "an approval must name at least one step" : "no step \(bad) in a \(all.count)-step plan")
            }
            votes.append(ApprovalVote(approver: approver, approved: true, steps: steps.sorted(), comment: comment, at: now))
            let approvals = votes.filter(\.approved)
            if approvals.count < quorum {
                status = .pending(approvals: approvals.count, quorum: quorum)
            } else {
                var counts: [Int: Int] = [:]
                for v in approvals { for s in v.steps { counts[s, default: 0] += 1 } }
                let agreed = counts.filter { $0.value >= quorum }.map(\.key).sorted()
                status =
                    agreed.isEmpty
                    ? .denied(by: "quorum", comment: "no step was approved by \(quorum) approvers") : .approved(steps: agreed)
            }
        }
        return status
    }

    private func checkVoter(_ approver: String) throws(ApprovalError) {
        guard approvers.contains(approver) else {
            throw ApprovalError(
                .unknownApprover, approver: approver,
                "'\(approver)' may not vote; approvers are \(approvers.joined(separator: ", "))")
        }
        guard !votes.contains(where: { $0.approver == approver }) else {
            throw ApprovalError(.duplicateVote, approver: approver, "'\(approver)' already voted")
        }
    }

    /// Who approved step `index` (in vote order).
    public func approvers(ofStep index: Int) -> [String] {
        votes.filter { $0.approved && $0.steps.contains(index) }.map(\.approver)
    }
}

extension ApprovalStatus {
    var word: String {
        switch self {
        case .pending: "pending"
        case .approved: "approved"
        case .denied: "denied"
        case .expired: "expired"
        }
    }
}

extension ApprovalRequest: Codable {
    enum CodingKeys: String, CodingKey {
        case id
        case decisionID = "decision_id"
        case caseID = "case_id"
        case approvers, quorum
        case createdAt = "created_at"
        case expiresAt = "expires_at"
        case preview, votes, status, decision
    }

    /// Decodes a request record by replaying its votes, and rejects a stored
    /// status the votes do not produce. The decision inside is not sealed, so a
    /// gate will not authorise a decoded request.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let path = FieldPath(codingPath: decoder.codingPath)
        let decision = try c.decode(RemediationDecision.self, forKey: .decision)
        func instant(_ key: CodingKeys) throws -> Date {
            let text = try c.decode(String.self, forKey: key)
            guard let t = UTCTime.parseInstant(text) else {
                throw PolicyError(.invalidValue, field: path.key(key.rawValue).text, "'\(text)' is not a UTC instant")
            }
            return t.date
        }
        let created = try instant(.createdAt)
        let expires = try instant(.expiresAt)
        self.init(decision: decision, createdAt: created, ttlSeconds: max(0, Int(expires.timeIntervalSince(created))))
        for (i, v) in try c.decode([ApprovalVote].self, forKey: .votes).enumerated() {
            let event: ApprovalEvent =
                v.approved
                ? .approve(approver: v.approver, steps: Set(v.steps), comment: v.comment)
                : .deny(approver: v.approver, comment: v.comment ?? "")
            do {
                try handle(event, at: v.at)
            } catch {
                throw PolicyError(.inconsistent, field: path.key("votes").index(i).text, "replaying the vote failed: \(error)")
            }
        }
        let stored = try c.decode(ApprovalStatus.self, forKey: .status)
        if stored != status, !(stored == .expired && !status.isFinal) {
            throw PolicyError(.inconsistent, field: path.key("status").text, "the votes give \(status.word), not \(stored.word)")
        }
        if stored == .expired { status = .expired }
    }

    /// Encodes the request as a record.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(decision.id, forKey: .decisionID)
        try c.encode(decision.caseID, forKey: .caseID)
        try c.encode(approvers, forKey: .approvers)
        try c.encode(quorum, forKey: .quorum)
        try c.encode(UTCTime(createdAt).iso8601, forKey: .createdAt)
        try c.encode(UTCTime(expiresAt).iso8601, forKey: .expiresAt)
        try c.encode(preview, forKey: .preview)
        try c.encode(votes, forKey: .votes)
        try c.encode(status, forKey: .status)
        try c.encode(decision, forKey: .decision)
    }
}
