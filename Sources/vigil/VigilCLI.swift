/// Dispatches `vigil SUBCOMMAND ...`.
enum VigilCLI {
    static let usage = """
        usage: vigil <command> [options]

        commands:
          demo [--state DIR] [--json]
                                   run the three incident scenarios end to end on a simulated host
          tour                     parse and judge a few commands an operator or a model might propose
          parse 'CMD'              print the syntax tree of CMD
          parse --jsonl            read {"command": "..."} lines on stdin, write one result per line
          classify [--policy FILE] 'CMD'
                                   judge CMD: allow, review or block, with reasons
          classify [--policy FILE] --jsonl
                                   judge {"command": "..."} lines from stdin, one JSON result per line
          audit verify DIR [--key-file FILE]
                                   verify the hash chain of DIR/audit.jsonl (exit 0: count; 1: first bad entry)
          help                     this text
        """

    static func run(_ args: [String]) async -> Int32 {
        guard let sub = args.first else {
            StandardStreams.writeError(usage + "\n")
            return 2
        }
        let rest = Array(args.dropFirst())
        switch sub {
        case "demo": return await DemoCommand.run(rest)
        case "tour": return TourCommand.run(rest)
        case "parse": return ParseCommand.run(rest)
        case "classify": return ClassifyCommand.run(rest)
        case "audit": return AuditCommand.run(rest)
        case "help", "-h", "--help":
            StandardStreams.write(usage + "\n")
            return 0
        default:
            StandardStreams.writeError("vigil: unknown command '\(sub)'\n\n" + usage + "\n")
            return 2
        }
    }
}
