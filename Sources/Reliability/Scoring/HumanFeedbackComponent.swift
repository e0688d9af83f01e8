/// `humanFeedback = (positiveRate·100 + averageRating/5·100) / 2`, recency-weighted.
///
/// Each record weighs `0.5^(age / halfLife)`. The positive rate is the weighted
/// share of positive records among all records (neutral counts as not positive).
/// The average rating is the weighted mean over the records that carry a rating;
/// when none does, the rating half stays at its floor (rating 1 → 20) and the
/// component is flagged `ratingsMissing`.
struct HumanFeedbackComponent {
    let value: Double
    let samples: Int
    let flags: [ComponentFlag]

    static let ratingFloor = 1.0

    init(
        feedback: [FeedbackRecord], now: Double, configuration: ReliabilityConfiguration
    ) throws(ReliabilityError) {
        var total = 0.0
        var positive = 0.0
        var ratedWeight = 0.0
        var ratingSum = 0.0
        for (i, record) in feedback.enumerated() {
            if record.timestamp > now {
                try Check.notInFuture(record.timestamp, now: now, field: "feedback[\(i)].timestamp")
            }
            let w = RecencyWeight.weight(age: now - record.timestamp, halfLife: configuration.feedbackHalfLife)
            total += w
            if record.kind == .positive { positive += w }
            if let rating = record.rating {
                ratedWeight += w
                ratingSum += w * Double(rating)
            }
        }
        samples = feedback.count
        // All weights may underflow to 0 for feedback thousands of half-lives old:
        // that is no usable evidence either.
        guard feedback.count >= configuration.minimumFeedback, total > 0 else {
            value = configuration.insufficientData.humanFeedback
            flags = [.insufficientData]
            return
        }
        let positiveRate = min(1, positive / total)
        let averageRating: Double
        if ratedWeight > 0 {
            averageRating = min(5, max(1, ratingSum / ratedWeight))
            flags = []
        } else {
            averageRating = Self.ratingFloor
            flags = [.ratingsMissing]
        }
        value = (positiveRate * 100 + averageRating / 5 * 100) / 2
    }
}
