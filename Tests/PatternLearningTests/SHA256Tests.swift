import PatternLearning
import Testing
import VigilTestKit

@Suite struct SHA256Tests {
    /// FIPS 180-4 / NIST CSRC example vectors.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ])
    func fipsVectors(message: String, digest: String) {
        #expect(SHA256.hash(message.utf8).hex == digest)
        // Byte by byte through the streaming interface, too.
        var h = SHA256()
        for b in message.utf8 { h.update(CollectionOfOne(b)) }
        #expect(h.finalize().hex == digest)
    }

    @Test func oneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000)).hex == expected)
        var h = SHA256()
        let chunk = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { h.update(chunk) }
        #expect(h.finalize().hex == expected)
    }

    /// Lengths around the padding boundaries (55/56/63/64 bytes) against the oracle.
    @Test(arguments: [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 4097])
    func paddingBoundariesMatchSha256sum(length: Int) throws {
        var r = SplitMix64(seed: UInt64(length))
        let bytes = r.bytes(length)
        let oracle = try #require(sha256sumOracle(bytes), "sha256sum is not available")
        #expect(SHA256.hash(bytes).hex == oracle, "length \(length)")
    }

    @Test(arguments: seeds)
    func anyChunkingEqualsOneShot(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<250 {
            let bytes = r.bytes(r.chance(0.8) ? r.int(0...300) : r.int(0...5000))
            let expected = SHA256.hash(bytes)
            var h = SHA256()
            var i = 0
            while i < bytes.count {
                let n = min(bytes.count - i, r.chance(0.3) ? r.int(0...3) : r.int(0...200))
                if r.chance(0.5) {
                    bytes[i..<(i + n)].withUnsafeBytes { h.update(bytes: $0) }
                } else {
                    h.update(bytes[i..<(i + n)])  // ArraySlice path
                }
                i += n
            }
            #expect(h.finalize() == expected, "seed \(seed): \(bytes.count) bytes")
            // A non-contiguous sequence takes the copying path.
            #expect(SHA256.hash(bytes.lazy.map { $0 }) == expected, "seed \(seed): lazy sequence")
        }
    }

    @Test(arguments: seeds)
    func finalizeDoesNotConsumeTheHasher(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<200 {
            let a = r.bytes(r.int(0...150))
            let b = r.bytes(r.int(0...150))
            var h = SHA256()
            h.update(a)
            #expect(h.finalize() == SHA256.hash(a), "seed \(seed)")
            h.update(b)
            #expect(h.finalize() == SHA256.hash(a + b), "seed \(seed)")
        }
    }

    @Test(arguments: seeds)
    func randomInputsMatchSha256sum(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let bytes = r.bytes(r.int(0...100_000))
        let oracle = try #require(sha256sumOracle(bytes), "sha256sum is not available")
        #expect(SHA256.hash(bytes).hex == oracle, "seed \(seed)")
    }

    @Test func digestHexRoundTrip() throws {
        let d = SHA256.hash("abc".utf8)
        #expect(SHA256Digest(hex: d.hex) == d)
        #expect(SHA256Digest(hex: d.hex.uppercased()) == d)
        #expect(SHA256Digest(bytes: d.bytes) == d)
        #expect(d.bytes.count == 32 && d.bytes.first == 0xba && d.bytes.last == 0xad)
        #expect(d.description == d.hex)
    }

    @Test(arguments: ["", "abc", String(repeating: "0", count: 63), String(repeating: "0", count: 65),
                      String(repeating: "g", count: 64), String(repeating: "0", count: 62) + " 0"])
    func digestRejectsBadHex(text: String) {
        #expect(SHA256Digest(hex: text) == nil)
    }

    @Test(arguments: seeds)
    func digestOrderIsByteOrder(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        for _ in 0..<500 {
            let a = SHA256Digest(bytes: r.bytes(32))!
            var bb = a.bytes
            if r.chance(0.5) { bb = r.bytes(32) } else { bb[r.int(0..<32)] = UInt8(truncatingIfNeeded: r.next()) }
            let b = SHA256Digest(bytes: bb)!
            #expect((a < b) == a.bytes.lexicographicallyPrecedes(b.bytes), "seed \(seed)")
        }
    }
}
