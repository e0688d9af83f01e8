/// `ln(x)` without Foundation, the same on every platform.
///
/// x = 2^e · m with m in [√½, √2); ln m = 2·atanh(s), s = (m − 1)/(m + 1),
/// |s| ≤ 0.172, summed until the terms vanish (about 11 terms).
enum NaturalLog {
    static let ln2 = 0.693_147_180_559_945_309_417_232_121_458

    /// `ln(x)` for finite `x > 0`; `-infinity` for 0 and `nan` for negative or NaN.
    static func ln(_ x: Double) -> Double {
        guard x > 0 else { return x == 0 ? -.infinity : .nan }
        guard x.isFinite else { return x }
        var e = Int(x.exponent)
        var m = x.significand  // [1, 2)
        if m > 1.414_213_562_373_095_048_801_688_724_209_7 {
            m /= 2
            e += 1
        }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var power = s
        var sum = 0.0
        var k = 1.0
        while true {
            let term = power / k
            let next = sum + term
            if next == sum { break }
            sum = next
            power *= s2
            k += 2
        }
        return Double(e) * ln2 + 2 * sum
    }
}
