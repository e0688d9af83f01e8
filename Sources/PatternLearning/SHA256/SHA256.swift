/// SHA-256 (FIPS 180-4), written here so the package needs no crypto library.
///
/// Streaming: feed bytes in any chunks with `update`, then `finalize()`.
/// One-shot: `SHA256.hash(_:)`. Both give the same digest for the same bytes.
///
/// ```swift
/// var h = SHA256()
/// h.update("ab".utf8)
/// h.update("c".utf8)
/// h.finalize().hex  // "ba7816bf…f20015ad", same as SHA256.hash("abc".utf8)
/// ```
///
/// Messages up to 2^61 − 1 bytes are supported (the FIPS limit is 2^64 bits).
/// - Complexity: O(n) in the bytes hashed; no allocation per block.
public struct SHA256: Sendable {
    var state = SHA256State.initial
    var block = SHA256Block()
    var blockCount = 0
    var totalBytes: UInt64 = 0

    /// A fresh hasher.
    public init() {}

    /// Hashes more bytes.
    public mutating func update(bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress, bytes.count > 0 else { return }
        var remaining = bytes.count
        totalBytes &+= UInt64(remaining)
        if blockCount > 0 {
            let take = min(64 - blockCount, remaining)
            block.append(p, count: take, at: blockCount)
            blockCount += take
            p += take
            remaining -= take
            guard blockCount == 64 else { return }
            block.compress(into: &state)
            blockCount = 0
        }
        let whole = remaining / 64
        if whole > 0 {
            SHA256Compression.compress(&state, blocks: p, count: whole)
            p += whole * 64
            remaining -= whole * 64
        }
        if remaining > 0 {
            block.append(p, count: remaining, at: 0)
            blockCount = remaining
        }
    }

    /// Hashes more bytes from any sequence (contiguous storage is hashed in
    /// place; other sequences are copied in 4 KiB chunks).
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(bytes: UnsafeRawBufferPointer(buffer))
        }
        if done != nil { return }
        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for b in bytes {
            chunk.append(b)
            if chunk.count == 4096 {
                chunk.withUnsafeBytes { update(bytes: $0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        chunk.withUnsafeBytes { update(bytes: $0) }
    }

    /// The digest of everything hashed so far. The hasher is left unchanged,
    /// so more bytes may follow (giving the digest of the longer message).
    public func finalize() -> SHA256Digest {
        var state = self.state
        var block = self.block
        let bitLength = totalBytes &* 8
        var count = blockCount
        block.set(0x80, at: count)
        count += 1
        if count > 56 {
            block.zero(from: count, to: 64)
            block.compress(into: &state)
            count = 0
        }
        block.zero(from: count, to: 56)
        block.setBigEndian(bitLength, at: 56)
        block.compress(into: &state)
        return state.digest
    }

    /// The digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> SHA256Digest {
        var h = SHA256()
        h.update(bytes)
        return h.finalize()
    }

    /// The digest of the bytes in `buffer`.
    public static func hash(bytes buffer: UnsafeRawBufferPointer) -> SHA256Digest {
        var h = SHA256()
        h.update(bytes: buffer)
        return h.finalize()
    }
}

/// One 64-byte block kept inline (eight words, no heap allocation).
struct SHA256Block: Sendable {
    var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)

    mutating func append(_ source: UnsafeRawPointer, count: Int, at offset: Int) {
        withUnsafeMutableBytes(of: &words) { dst in
            dst.baseAddress!.advanced(by: offset).copyMemory(from: source, byteCount: count)
        }
    }

    mutating func set(_ byte: UInt8, at offset: Int) {
        withUnsafeMutableBytes(of: &words) { $0[offset] = byte }
    }

    mutating func zero(from start: Int, to end: Int) {
        withUnsafeMutableBytes(of: &words) { dst in
            for i in start..<end { dst[i] = 0 }
        }
    }

    mutating func setBigEndian(_ value: UInt64, at offset: Int) {
        withUnsafeMutableBytes(of: &words) { dst in
            dst.storeBytes(of: value.bigEndian, toByteOffset: offset, as: UInt64.self)
        }
    }

    func compress(into state: inout SHA256State) {
        withUnsafeBytes(of: words) { SHA256Compression.compress(&state, blocks: $0.baseAddress!, count: 1) }
    }
}

/// The eight working words H0…H7.
struct SHA256State: Sendable {
    var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

    /// FIPS 180-4 §5.3.3: the first 32 bits of the fractional parts of the
    /// square roots of the first eight primes.
    static let initial = SHA256State(
        h0: 0x6a09_e667, h1: 0xbb67_ae85, h2: 0x3c6e_f372, h3: 0xa54f_f53a,
        h4: 0x510e_527f, h5: 0x9b05_688c, h6: 0x1f83_d9ab, h7: 0x5be0_cd19)

    var digest: SHA256Digest {
        SHA256Digest(
            w0: UInt64(h0) << 32 | UInt64(h1), w1: UInt64(h2) << 32 | UInt64(h3),
            w2: UInt64(h4) << 32 | UInt64(h5), w3: UInt64(h6) << 32 | UInt64(h7))
    }
}
