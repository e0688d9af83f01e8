/// The SHA-256 compression function (FIPS 180-4 §6.2.2) over whole 64-byte blocks.
///
/// Written for speed: the working variables and the 16-word rolling message
/// schedule live in locals (registers), the round constants are read through a
/// pointer, rounds are inlined and unrolled 16 at a time, and nothing is
/// allocated per block.
enum SHA256Compression {
    /// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube
    /// roots of the first 64 primes.
    static let constants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5,
        0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3,
        0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc,
        0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
        0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13,
        0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3,
        0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5,
        0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208,
        0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    static func compress(_ state: inout SHA256State, blocks: UnsafeRawPointer, count: Int) {
        constants.withUnsafeBufferPointer { k in
            var p = blocks
            for _ in 0..<count {
                compressBlock(&state, p, k.baseAddress!)
                p += 64
            }
        }
    }

    @inline(__always)
    static func load(_ p: UnsafeRawPointer, _ i: Int) -> UInt32 {
        UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
    }

    @inline(__always)
    static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }

    @inline(__always)
    static func small0(_ x: UInt32) -> UInt32 { rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3) }

    @inline(__always)
    static func small1(_ x: UInt32) -> UInt32 { rotr(x, 17) ^ rotr(x, 19) ^ (x &>> 10) }

    /// One round: T1 = h + Σ1(e) + Ch(e,f,g) + K + W, T2 = Σ0(a) + Maj(a,b,c);
    /// d += T1, h = T1 + T2. The caller rotates the roles of a…h instead of
    /// moving eight values per round.
    @inline(__always)
    static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ k: UInt32, _ w: UInt32
    ) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ ch &+ k &+ w
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let maj = (a & b) ^ (a & c) ^ (b & c)
        d &+= t1
        h = t1 &+ s0 &+ maj
    }

    @inline(__always)
    static func compressBlock(_ state: inout SHA256State, _ p: UnsafeRawPointer, _ k: UnsafePointer<UInt32>) {
        var a = state.h0, b = state.h1, c = state.h2, d = state.h3
        var e = state.h4, f = state.h5, g = state.h6, h = state.h7
        var w0 = load(p, 0)
        var w1 = load(p, 1)
        var w2 = load(p, 2)
        var w3 = load(p, 3)
        var w4 = load(p, 4)
        var w5 = load(p, 5)
        var w6 = load(p, 6)
        var w7 = load(p, 7)
        var w8 = load(p, 8)
        var w9 = load(p, 9)
        var w10 = load(p, 10)
        var w11 = load(p, 11)
        var w12 = load(p, 12)
        var w13 = load(p, 13)
        var w14 = load(p, 14)
        var w15 = load(p, 15)
        var base = 0
        while true {
            round(a, b, c, &d, e, f, g, &h, k[base + 0], w0)
            round(h, a, b, &c, d, e, f, &g, k[base + 1], w1)
            round(g, h, a, &b, c, d, e, &f, k[base + 2], w2)
            round(f, g, h, &a, b, c, d, &e, k[base + 3], w3)
            round(e, f, g, &h, a, b, c, &d, k[base + 4], w4)
            round(d, e, f, &g, h, a, b, &c, k[base + 5], w5)
            round(c, d, e, &f, g, h, a, &b, k[base + 6], w6)
            round(b, c, d, &e, f, g, h, &a, k[base + 7], w7)
            round(a, b, c, &d, e, f, g, &h, k[base + 8], w8)
            round(h, a, b, &c, d, e, f, &g, k[base + 9], w9)
            round(g, h, a, &b, c, d, e, &f, k[base + 10], w10)
            round(f, g, h, &a, b, c, d, &e, k[base + 11], w11)
            round(e, f, g, &h, a, b, c, &d, k[base + 12], w12)
            round(d, e, f, &g, h, a, b, &c, k[base + 13], w13)
            round(c, d, e, &f, g, h, a, &b, k[base + 14], w14)
            round(b, c, d, &e, f, g, h, &a, k[base + 15], w15)
            base &+= 16
            if base == 64 { break }
            // Next 16 schedule words, in place: W[t] = σ1(W[t−2]) + W[t−7] + σ0(W[t−15]) + W[t−16].
            do {
                w0 = small1(w14) &+ w9 &+ small0(w1) &+ w0
                w1 = small1(w15) &+ w10 &+ small0(w2) &+ w1
                w2 = small1(w0) &+ w11 &+ small0(w3) &+ w2
                w3 = small1(w1) &+ w12 &+ small0(w4) &+ w3
                w4 = small1(w2) &+ w13 &+ small0(w5) &+ w4
                w5 = small1(w3) &+ w14 &+ small0(w6) &+ w5
                w6 = small1(w4) &+ w15 &+ small0(w7) &+ w6
                w7 = small1(w5) &+ w0 &+ small0(w8) &+ w7
                w8 = small1(w6) &+ w1 &+ small0(w9) &+ w8
                w9 = small1(w7) &+ w2 &+ small0(w10) &+ w9
                w10 = small1(w8) &+ w3 &+ small0(w11) &+ w10
                w11 = small1(w9) &+ w4 &+ small0(w12) &+ w11
                w12 = small1(w10) &+ w5 &+ small0(w13) &+ w12
                w13 = small1(w11) &+ w6 &+ small0(w14) &+ w13
                w14 = small1(w12) &+ w7 &+ small0(w15) &+ w14
                w15 = small1(w13) &+ w8 &+ small0(w0) &+ w15
            }
        }
        state.h0 &+= a
        state.h1 &+= b
        state.h2 &+= c
        state.h3 &+= d
        state.h4 &+= e
        state.h5 &+= f
        state.h6 &+= g
        state.h7 &+= h
    }
}
