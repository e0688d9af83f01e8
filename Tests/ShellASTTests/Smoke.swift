import Testing
@testable import ShellAST
@Test func smoke() throws { _ = try ShellParser.parse("ls") }
