import Foundation
import PatternLearning
import VigilTestKit

let seeds = PropertySeeds.make()

/// Runs `sha256sum` (the oracle) on `bytes`; `nil` when the tool is unavailable.
func sha256sumOracle(_ bytes: [UInt8]) -> String? {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("vigil-sha-\(UInt64.random(in: 0...UInt64.max)).bin").path
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return nil }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", path]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return nil }
    return text.split(separator: " ").first.map(String.init)
}

extension SplitMix64 {
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }
}
