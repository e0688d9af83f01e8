import Testing
@testable import IncidentCore

/// Replies in the styles small local models actually produce (llama3,
/// mistral, qwen: fenced, chatty, pretty-printed, truncated), good and broken.
@Suite struct ModelPlanParserTests {
    static let good: [(String, String, Int, PlanRiskLevel, Double)] = [
        ("bare JSON (format: json)",
         #"{"root_cause":"disk full: docker images","risk_level":"medium","confidence":0.82,"commands":[{"command":"df -h /","explanation":"check usage","rollback":null},{"command":"docker image prune -af","explanation":"free space","rollback":null}]}"#,
         2, .medium, 0.82),
        ("fenced with prose around",
         """
         Based on the evidence, the root filesystem is full because of old images.

         ```json
         {
           "root_cause": "Root filesystem full: 38G of unused Docker images",
           "risk_level": "medium",
           "confidence": 0.9,
           "commands": [
             {"command": "docker system df", "explanation": "Confirm where the space goes", "rollback": null},
             {"command": "docker system prune -af", "explanation": "Remove unused images", "rollback": null}
           ]
         }
         ```

         Let me know if you need anything else!
         """, 2, .medium, 0.9),
        ("plain fence, no language tag",
         "```\n{\"root_cause\": \"nginx crashed\", \"risk_level\": \"low\", \"confidence\": 1, \"commands\": [{\"command\": \"systemctl restart nginx\", \"explanation\": \"restart it\", \"rollback\": \"systemctl stop nginx\"}]}\n```",
         1, .low, 1),
        ("braces and quotes inside strings",
         #"Here you go: {"root_cause":"a process leaks \"fd\"s {see lsof}","risk_level":"high","confidence":0.4,"commands":[{"command":"ps aux | awk '{print $2, $11}' | head","explanation":"list processes {pid, cmd}"}]}"#,
         1, .high, 0.4),
        ("prose with a stray brace before the JSON",
         "Use {placeholder} values only if needed.\n{\"root_cause\": \"pod OOMKilled\", \"risk_level\": \"critical\", \"confidence\": 0, \"commands\": [{\"command\": \"kubectl describe pod web-1\", \"explanation\": \"see why\", \"rollback\": null}]}",
         1, .critical, 0),
        ("unicode and escapes",
         #"{"root_cause":"Dienst \u00fcberlastet — 100% CPU","risk_level":"low","confidence":0.55,"commands":[{"command":"top -b -n1 | head -20","explanation":"Prozesse prüfen\n(read-only)","rollback":null}]}"#,
         1, .low, 0.55),
    ]

    @Test(arguments: good)
    func acceptsGoodReplies(name: String, reply: String, steps: Int, risk: PlanRiskLevel, confidence: Double) throws {
        let plan = try ModelPlanParser.parse(reply)
        #expect(plan.steps.count == steps, "\(name)")
        #expect(plan.riskLevel == risk && plan.confidence == confidence && plan.source == .languageModel, "\(name)")
    }

    @Test func keepsCommandsExplanationsAndRollbacks() throws {
        let plan = try ModelPlanParser.parse(Self.good[2].1)
        #expect(plan.rootCause == "nginx crashed")
        #expect(plan.steps == [PlanStep(action: .shell(command: "systemctl restart nginx"), explanation: "restart it", rollback: .shell(command: "systemctl stop nginx"))])
        let tricky = try ModelPlanParser.parse(Self.good[3].1)
        #expect(tricky.steps[0].action == .shell(command: "ps aux | awk '{print $2, $11}' | head"))
        #expect(tricky.rootCause == "a process leaks \"fd\"s {see lsof}")
    }

    static let broken: [(String, String, String)] = [
        ("a refusal", "I'm sorry, but I can't help with running commands on production systems.",
         "(document): no JSON object in the reply"),
        ("truncated by the token limit", #"{"root_cause":"disk full","risk_level":"medium","confidence":0.8,"commands":[{"command":"docker system pr"#,
         "(document): the JSON object in the reply is not closed (truncated reply?)"),
        ("two answers", #"{"root_cause":"a","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x"}]} or maybe {"root_cause":"b","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x"}]}"#,
         "(document): the reply holds 2 JSON objects; expected exactly one"),
        ("trailing comma", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x"},]}"#,
         "(document): the reply's JSON object is invalid: not valid JSON: unexpected byte at offset 103"),
        ("python dict", #"{'root_cause': 'x', 'risk_level': 'low'}"#,
         "(document): the reply's JSON object is invalid: not valid JSON: expected a string key at offset 1"),
        ("confidence as a string", #"{"root_cause":"x","risk_level":"low","confidence":"0.9","commands":[{"command":"true","explanation":"x"}]}"#,
         "confidence: expected a number, found a string"),
        ("confidence as a percentage", #"{"root_cause":"x","risk_level":"low","confidence":85,"commands":[{"command":"true","explanation":"x"}]}"#,
         "confidence: expected a number from 0 to 1, found 85"),
        ("capitalised risk", #"{"root_cause":"x","risk_level":"Medium","confidence":0.5,"commands":[{"command":"true","explanation":"x"}]}"#,
         #"risk_level: expected one of low, medium, high, critical, found "Medium""#),
        ("extra field", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"notes":"be careful","commands":[{"command":"true","explanation":"x"}]}"#,
         "notes: unknown field"),
        ("extra field in a command", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x","sudo":true}]}"#,
         "commands[0].sudo: unknown field"),
        ("no commands", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[]}"#,
         "commands: expected at least one command"),
        ("missing explanation", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"ok"},{"command":"uptime"}]}"#,
         "commands[1].explanation: missing required field"),
        ("command as an argv list", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":["systemctl","restart","nginx"],"explanation":"x"}]}"#,
         "commands[0].command: expected a string, found an array"),
        ("blank command", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":"   ","explanation":"x"}]}"#,
         "commands[0].command: must not be blank"),
        ("missing root cause", #"{"risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x"}]}"#,
         "root_cause: missing required field"),
        ("commands as a string", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":"systemctl restart nginx"}"#,
         "commands: expected an array, found a string"),
        ("rollback as an object", #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":[{"command":"true","explanation":"x","rollback":{"command":"false"}}]}"#,
         "commands[0].rollback: expected a string, found an object"),
        ("too many commands",
         #"{"root_cause":"x","risk_level":"low","confidence":0.5,"commands":["# + Array(repeating: #"{"command":"true","explanation":"x"}"#, count: 11).joined(separator: ",") + "]}",
         "commands: 11 commands; at most 10 allowed"),
    ]

    @Test(arguments: broken)
    func rejectsBrokenRepliesClearly(name: String, reply: String, message: String) {
        do {
            let plan = try ModelPlanParser.parse(reply)
            Issue.record("\(name): accepted \(plan)")
        } catch {
            #expect(error.description == message, "\(name)")
        }
    }
}
