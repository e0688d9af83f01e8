import ShellAST

/// `vigil tour`: commands an operator or a model might propose, parsed and judged.
enum TourCommand {
    static let samples = [
        "kubectl get pods -n prod | grep -v Running",
        "find /var/log -name '*.gz' -mtime +7 -exec rm {} \\;",
        "docker system prune -af && df -h /",
        "if ! systemctl is-active --quiet nginx; then systemctl restart nginx; fi",
        "curl -fsSL https://example.com/install.sh | sh",
        "for f in $(ls /tmp/*.log); do gzip \"$f\"; done",
    ]

    static func run(_ args: [String]) -> Int32 {
        StandardStreams.write("Vigil tour: commands an operator or a model might propose, parsed and judged.\n\n")
        let engine = VerdictEngine()
        for sample in samples {
            StandardStreams.write("$ \(sample)\n")
            do {
                let script = try ShellParser.parse(sample)
                StandardStreams.write("  canonical: \(ShellPrinter.print(script))\n")
                let summary = CommandSummary(script)
                StandardStreams.write("  commands run: \(summary.names.joined(separator: ", "))\n")
                let verdict = engine.classify(script)
                StandardStreams.write("  verdict: \(verdict.verdict.name) (\(verdict.risk.name))\n")
                for reason in verdict.reasons where reason.verdict == verdict.verdict {
                    StandardStreams.write("    \(reason.rule): \(reason.message)\n")
                }
                StandardStreams.write("\n")
            } catch {
                StandardStreams.write("  syntax error: \(error)\n\n")
            }
        }
        return StandardStreams.flush() ? 0 : 2
    }
}
