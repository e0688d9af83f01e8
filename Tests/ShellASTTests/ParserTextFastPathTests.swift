import Testing
import VigilTestKit

@testable import ShellAST

/// The parser's text of a byte range (16-byte loads, shifted near the end of the
/// buffer and masked to the range) equals the text copied byte by byte, for every
/// range of random buffers: ASCII and not, shorter and longer than 16 bytes.
@Suite struct ParserTextFastPathTests {
    @Test(arguments: PropertySeeds.make())
    func loadedTextEqualsCopiedText(seed: UInt64) {
        var r = SplitMix64(seed: seed)
        let alphabet: [UInt8] = Array("ab -_./=\"'$".utf8) + [0x00, 0x7F, 0x80, 0xA9, 0xC3, 0xFF]
        for i in 0..<100 {
            let bytes = (0..<r.int(0...40)).map { _ in r.pick(alphabet) }
            bytes.withUnsafeBufferPointer { buf in
                let parser = Parser(buf, maxDepth: 64)
                for start in 0...buf.count {
                    for stop in start...min(buf.count, start + 20) {
                        let loaded = parser.text(start, stop)
                        let copied = Parser.copiedText(UnsafeBufferPointer(rebasing: buf[start..<stop]))
                        if loaded != copied {
                            Issue.record("seed \(seed) case \(i): \(bytes) \(start)..<\(stop)")
                            return
                        }
                    }
                }
            }
        }
    }
}
