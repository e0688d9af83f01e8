/// Half-life decay without Foundation: `0.5^(age / halfLife)`.
///
/// Written out (scaling by a power of two plus a Taylor series on the fraction)
/// so that it is the same on every platform and needs nothing beyond the
/// standard library. Non-increasing in `age`; 1 at age 0.
enum RecencyWeight {
    static func weight(age: Double, halfLife: Double) -> Double {
        exp2Negative(max(0, age) / halfLife)
    }

    /// `2^-t` for `t ≥ 0`, accurate to a few units in the last place.
    static func exp2Negative(_ t: Double) -> Double {
        if t <= 0 { return 1 }
        if t >= 1100 { return 0 }
        let whole = t.rounded(.down)
        let fraction = t - whole  // 0 ≤ fraction < 1
        // e^(-y) with y = fraction · ln 2 in [0, 0.694): the alternating series
        // converges fast; stop once a term no longer changes the sum (≤ 20 terms).
        let y = fraction * 0.693_147_180_559_945_309_417_232_121_458
        var term = 1.0
        var sum = 1.0
        var k = 1.0
        while k <= 24 {
            term *= -y / k
            let next = sum + term
            if next == sum { break }
            sum = next
            k += 1
        }
        return sum * Double(sign: .plus, exponent: -Int(whole), significand: 1)
    }
}
