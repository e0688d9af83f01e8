// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vigil",
    products: [
        .library(name: "ShellAST", targets: ["ShellAST"]),
        .library(name: "Reliability", targets: ["Reliability"]),
        .library(name: "PatternLearning", targets: ["PatternLearning"]),
        .library(name: "IncidentCore", targets: ["IncidentCore"]),
        .executable(name: "vigil", targets: ["vigil"]),
        .executable(name: "vigil-bench", targets: ["vigil-bench"]),
    ],
    targets: [
        .target(name: "ShellAST"),
        .target(name: "Reliability"),
        .target(name: "PatternLearning"),
        .target(name: "IncidentCore", dependencies: ["ShellAST", "Reliability", "PatternLearning"]),
        .target(name: "VigilSimulation", dependencies: ["ShellAST", "Reliability", "PatternLearning", "IncidentCore"]),
        .executableTarget(name: "vigil", dependencies: ["ShellAST", "IncidentCore", "VigilSimulation"]),
        .executableTarget(
            name: "vigil-bench",
            dependencies: ["ShellAST", "Reliability", "PatternLearning", "IncidentCore", "VigilTestKit"],
            path: "Benchmarks"
        ),
        .target(name: "VigilTestKit", dependencies: ["IncidentCore"], path: "Tests/VigilTestKit"),
        .testTarget(name: "ShellASTTests", dependencies: ["ShellAST", "Reliability", "PatternLearning", "VigilTestKit"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["Reliability", "VigilTestKit"]),
        .testTarget(name: "PatternLearningTests", dependencies: ["PatternLearning", "VigilTestKit"]),
        .testTarget(name: "IncidentCoreTests", dependencies: ["IncidentCore", "VigilTestKit"]),
        .testTarget(name: "VigilSimulationTests", dependencies: ["VigilSimulation", "IncidentCore", "VigilTestKit"]),
    ],
    swiftLanguageModes: [.v6]
)
