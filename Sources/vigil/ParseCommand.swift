import ShellAST

/// `vigil parse 'CMD'` and `vigil parse --jsonl`.
enum ParseCommand {
    static func run(_ args: [String]) -> Int32 {
        if args == ["--jsonl"] { return runJSONLines() }
        guard args.count == 1, !args[0].hasPrefix("--") else {
            StandardStreams.writeError("usage: vigil parse 'CMD' | vigil parse --jsonl\n")
            return 2
        }
        do {
            let script = try ShellParser.parse(args[0])
            StandardStreams.write(script.treeDescription())
            StandardStreams.write("canonical: " + ShellPrinter.print(script) + "\n")
        } catch {
            StandardStreams.write("syntax error at \(error.line):\(error.column) (offset \(error.offset))"
                + (error.isIncomplete ? " [incomplete]" : "") + ": \(error.message)\n")
        }
        return StandardStreams.flush() ? 0 : 2
    }

    private static func runJSONLines() -> Int32 {
        let ok = StandardStreams.forEachInputLine { line in
            switch JSONLine.command(from: line) {
            case .failure(let e):
                StandardStreams.write("{\"ok\": false, \"error\": {\"message\": \(JSONLine.quote(e.message))}}\n")
            case .success(let command):
                StandardStreams.write(result(for: command) + "\n")
            }
        }
        guard ok, StandardStreams.flush() else {
            StandardStreams.writeError("vigil parse: I/O error\n")
            return 2
        }
        return 0
    }

    static func result(for command: String) -> String {
        do {
            let script = try ShellParser.parse(command)
            return "{\"ok\": true, \"canonical\": \(JSONLine.quote(ShellPrinter.print(script)))}"
        } catch {
            return "{\"ok\": false, \"error\": {\"message\": \(JSONLine.quote(error.message)), \"offset\": \(error.offset), "
                + "\"line\": \(error.line), \"column\": \(error.column), \"incomplete\": \(error.isIncomplete)}}"
        }
    }
}
