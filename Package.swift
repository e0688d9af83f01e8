// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vigil",
    products: [
        .library(name: "ShellAST", targets: ["ShellAST"]),
        .library(name: "Reliability", targets: ["Reliability"]),
        .library(name: "PatternLearning", targets: ["PatternLearning"]),
        .executable(name: "vigil", targets: ["vigil"]),
        .executable(name: "vigil-bench", targets: ["vigil-bench"]),
    ],
    targets: [
        .target(name: "ShellAST"),
        .target(name: "Reliability"),
        .target(name: "PatternLearning"),
        .executableTarget(name: "vigil", dependencies: ["ShellAST"]),
        .executableTarget(
            name: "vigil-bench",
            dependencies: ["ShellAST", "Reliability", "PatternLearning", "VigilTestKit"],
            path: "Benchmarks"
        ),
        .target(name: "VigilTestKit", path: "Tests/VigilTestKit"),
        .testTarget(name: "ShellASTTests", dependencies: ["ShellAST", "VigilTestKit"]),
        .testTarget(name: "ReliabilityTests", dependencies: ["Reliability", "VigilTestKit"]),
        .testTarget(name: "PatternLearningTests", dependencies: ["PatternLearning", "VigilTestKit"]),
    ],
    swiftLanguageModes: [.v6]
)
