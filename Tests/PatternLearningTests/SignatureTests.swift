import Foundation
import PatternLearning
import Testing
import VigilTestKit

@Suite struct SignatureTests {
    /// The seed example. The expected hash was computed outside this code, with
    /// `printf 'vigil-pattern-v1\nnetwork\nconnectivity\ntimeout\nvlan\n' | sha256sum`
    /// and with Python's hashlib (see Docs/PatternLearning.md).
    @Test func seedExample() throws {
        let sig = try PatternSignature(category: "network", terms: ["vlan", "connectivity", "timeout"])
        #expect(sig.terms == ["connectivity", "timeout", "vlan"])
        #expect(sig.canonicalEncoding == Array("vigil-pattern-v1\nnetwork\nconnectivity\ntimeout\nvlan\n".utf8))
        #expect(sig.hash.hex == "296f9b735e54d9bce8d7a0261cf5cc482713f3e09bda7fed1bc52f7d99e19566")
        #expect(sig.hash.hex == sha256sumOracle(sig.canonicalEncoding))
    }

    @Test(arguments: seeds)
    func orderAndDuplicatesDoNotMatter(seed: UInt64) throws {
        var r = SplitMix64(seed: seed)
        let vocabulary = ["vlan", "timeout", "dns", "oom", "disk", "wal", "tls", "api", "a-b", "z", "é", "日本"]
        for _ in 0..<300 {
            let terms = (0..<r.int(1...8)).map { _ in r.pick(vocabulary) }
            let a = try PatternSignature(category: "network", terms: terms)
            let b = try PatternSignature(category: "network", terms: terms.shuffled(using: &r) + terms.prefix(2))
            #expect(a == b, "seed \(seed): \(terms)")
            #expect(a.terms == Array(Set(terms)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }, "seed \(seed)")
            // The hash is the SHA-256 of the documented bytes, rebuilt here by hand.
            var canonical = Array("vigil-pattern-v1\nnetwork\n".utf8)
            for t in a.terms { canonical += Array(t.utf8) + [0x0A] }
            #expect(a.hash == SHA256.hash(canonical), "seed \(seed)")
            let other = try PatternSignature(category: "database", terms: terms)
            #expect(other.hash != a.hash, "seed \(seed): category ignored")
        }
    }

    @Test(arguments: ["", "Network", "net work", "-net", "net/work", String(repeating: "n", count: 65), "ü"])
    func invalidCategory(category: String) {
        #expect { try PatternSignature(category: category, terms: ["vlan"]) } throws: {
            ($0 as? PatternLearningError)?.code == .invalidCategory
        }
    }

    @Test(arguments: [[""], ["a b"], ["a\nb"], ["tab\t"], [String(repeating: "x", count: 65)], ["del\u{7F}"]])
    func invalidTerm(terms: [String]) {
        #expect { try PatternSignature(category: "network", terms: terms) } throws: {
            ($0 as? PatternLearningError)?.code == .invalidTerm
        }
    }

    @Test func termCountLimits() {
        #expect { try PatternSignature(category: "network", terms: [String]()) } throws: {
            ($0 as? PatternLearningError)?.code == .noKeyTerms
        }
        #expect { try PatternSignature(category: "network", terms: (0...64).map { "t\($0)" }) } throws: {
            ($0 as? PatternLearningError)?.code == .tooLarge
        }
    }

    @Test func codableRoundTripAndTamperedHash() throws {
        let sig = try PatternSignature(category: "network", terms: ["vlan", "timeout"])
        let data = try JSONEncoder().encode(sig)
        #expect(try JSONDecoder().decode(PatternSignature.self, from: data) == sig)
        let tampered = try #require(String(data: data, encoding: .utf8))
            .replacingOccurrences(of: sig.hash.hex, with: String(repeating: "0", count: 64))
        #expect(throws: PatternLearningError.self) {
            try JSONDecoder().decode(PatternSignature.self, from: Data(tampered.utf8))
        }
        let badTerms = #"{"category":"network","terms":["a b"]}"#
        #expect(throws: PatternLearningError.self) {
            try JSONDecoder().decode(PatternSignature.self, from: Data(badTerms.utf8))
        }
    }
}
