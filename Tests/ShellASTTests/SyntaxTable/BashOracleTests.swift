#if canImport(Foundation)
import Foundation
import Testing
@testable import ShellAST

/// GNU bash as the oracle for the tables: every positive input must pass
/// `bash -O extglob -n` silently, and every negative row must get the verdict
/// it records. Runs only where bash 5 is installed.
enum BashOracle {
    static let path: String? = ["/bin/bash", "/usr/bin/bash", "/usr/local/bin/bash"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static let isAvailable: Bool = {
        guard let path else { return false }
        let major = run(path, ["-c", "printf %s \"${BASH_VERSINFO[0]}\""], input: "")
        return Int(major?.stdout ?? "").map { $0 >= 5 } ?? false
    }()

    /// `bash -O extglob -n` with `script` and a newline on standard input, as
    /// if typed and entered (as `bash_ref.sh` does with one file per line).
    static func check(_ script: String) -> (status: Int32, stderr: String)? {
        guard let path, let r = run(path, ["-O", "extglob", "-n"], input: script + "\n") else { return nil }
        return (r.status, r.stderr)
    }

    private static func run(_ path: String, _ arguments: [String], input: String) -> (status: Int32, stdout: String, stderr: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do { try process.run() } catch { return nil }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}

@Suite("Syntax tables agree with bash -O extglob -n", .enabled(if: BashOracle.isAvailable))
struct BashOracleTests {
    @Test(arguments: SyntaxTables.parseCases)
    func positiveRowIsValidBash(_ row: ParseCase) throws {
        for spelling in row.spellings {
            let r = try #require(BashOracle.check(spelling))
            #expect(r.status == 0 && r.stderr.isEmpty, "bash on \(spelling.debugDescription): \(r.stderr)", sourceLocation: row.sourceLocation)
        }
    }

    @Test func otherPositiveInputsAreValidBash() throws {
        let inputs = ANSICDecodingTable.cases.map { ($0.input, $0.sourceLocation) } + SpanTable.cases.map { ($0.input, $0.sourceLocation) }
        for (input, location) in inputs {
            let r = try #require(BashOracle.check(input))
            #expect(r.status == 0 && r.stderr.isEmpty, "bash on \(input.debugDescription): \(r.stderr)", sourceLocation: location)
        }
    }

    @Test(arguments: SyntaxTables.errorCases)
    func negativeRowHasItsBashVerdict(_ row: ParseErrorCase) throws {
        let r = try #require(BashOracle.check(row.input))
        let loc = row.sourceLocation
        switch row.bash {
        case .rejects:
            #expect(r.status != 0, "bash accepts \(row.input.debugDescription)", sourceLocation: loc)
        case .rejectsWithStatusZero:
            #expect(r.status == 0 && !r.stderr.isEmpty, "bash status \(r.status), stderr \(r.stderr.debugDescription)", sourceLocation: loc)
        case .silentlyRejects:
            #expect(r.status == 0 && r.stderr.isEmpty, "bash status \(r.status), stderr \(r.stderr.debugDescription)", sourceLocation: loc)
        case .accepts:
            #expect(r.status == 0, "bash rejects \(row.input.debugDescription): \(r.stderr)", sourceLocation: loc)
        }
    }
}
#endif
