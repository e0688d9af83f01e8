// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Vigil",
    products: [
        .library(name: "ShellAST", targets: ["ShellAST"]),
        .executable(name: "vigil", targets: ["vigil"]),
        .executable(name: "vigil-bench", targets: ["vigil-bench"]),
    ],
    targets: [
        .target(name: "ShellAST"),
        .executableTarget(name: "vigil", dependencies: ["ShellAST"]),
        .executableTarget(name: "vigil-bench", dependencies: ["ShellAST"], path: "Benchmarks"),
        .target(name: "VigilTestKit", path: "Tests/VigilTestKit"),
        .testTarget(name: "ShellASTTests", dependencies: ["ShellAST", "VigilTestKit"]),
    ],
    swiftLanguageModes: [.v6]
)
