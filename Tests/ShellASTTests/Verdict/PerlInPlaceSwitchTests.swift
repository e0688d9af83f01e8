import Testing

@testable import ShellAST

/// Which perl switch clusters edit files in place (`perl -pi.bak`), checked
/// against perlrun's switch list.
@Suite struct PerlInPlaceSwitchTests {
    @Test(arguments: [
        ("-i", true), ("-pi", true), ("-pi.bak", true), ("-0pi", true), ("-wlpi~", true), ("-ni", true),
        ("-ne", false), ("-lne", false), ("-Mstrict", false), ("-I/lib", false), ("-e", false), ("--", false), ("-x", false),
    ])
    func clusters(_ cluster: String, _ edits: Bool) {
        #expect(Judge.perlClusterEditsInPlace(cluster) == edits)
    }
}
