import Testing
@testable import ShellAST

/// Indirection: the command or its arguments come from a variable, a function
/// or alias stands in for it, or it hides in an arithmetic context or an array
/// subscript, where bash expands substitutions too.
@Suite("Bypass: variables, functions and aliases, arithmetic and subscripts")
struct VerdictIndirectionBypassTests {
    static let variables = BypassFamily(
        name: "variable indirection",
        cases: [
            VerdictCase("x=rm; $x -rf /", .block, RuleID.rmRoot),
            VerdictCase("x=rm; \"$x\" -rf /", .block, RuleID.rmRoot),
            VerdictCase("x=rm; ${x} -rf /", .block, RuleID.rmRoot),
            VerdictCase("x=r; ${x}m -rf /", .block, RuleID.rmRoot),
            VerdictCase("c=/bin/rm; $c -rf /", .block, RuleID.rmRoot),
            VerdictCase("x=sh; $x -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("x=eval; $x 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("x=sudo; $x rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("x=rm; sudo $x -rf /", .block, RuleID.rmRoot),
            VerdictCase("f=rm; f(){ :; }; $f -rf /", .block, RuleID.rmRoot),
            VerdictCase("x='rm -rf /'; eval \"$x\"", .block, RuleID.dynamicCode),
            VerdictCase("x='rm -rf /'; sh -c \"$x\"", .block, RuleID.dynamicCode),
            VerdictCase("d=; rm -rf \"$d\"/*", .block, RuleID.rmRoot),
            VerdictCase("rm -rf \"$DIR\"/*", .block, RuleID.rmRoot),
            VerdictCase("rm -rf $HOME", .block, RuleID.rmRoot),
            // Names only known at run time are never trusted.
            VerdictCase("$(echo rm) -rf /", .review, RuleID.dynamicName),
            VerdictCase("`echo rm` -rf /", .review, RuleID.dynamicName),
            VerdictCase("${CMD} -rf /", .review, RuleID.dynamicName),
            VerdictCase("\"$@\"", .review, RuleID.dynamicName),
            VerdictCase("/bin/r? -rf /", .review, RuleID.globName),
            VerdictCase("/usr/bin/[r]m -rf /", .review, RuleID.globName),
            VerdictCase("x=ls; $x -la", .review, RuleID.dynamicName),
            // A program at any path outside the system directories is not the tool.
            VerdictCase("./rm -rf /tmp/x", .review, RuleID.unknownProgram),
            VerdictCase("/tmp/x/ls", .review, RuleID.unknownProgram),
            VerdictCase("a=/; rm -rf $a", .block, RuleID.rmRoot),
            VerdictCase("x=/; rm -rf \"$x\"", .block, RuleID.rmRoot),
            VerdictCase("x=rm; y=/; $x -rf $y", .block, RuleID.rmRoot),
            VerdictCase("c=\"rm -rf /\"; $c", .block, RuleID.rmRoot),
            VerdictCase("x=rm; y=$x; $y -rf /", .block, RuleID.rmRoot),
            // A `for` loop over static words binds its variable to each of them.
            VerdictCase("for c in rm; do $c -rf /; done", .block, RuleID.rmRoot),
            VerdictCase("for c in ls rm; do \"$c\" -rf /; done", .block, RuleID.rmRoot),
            VerdictCase("for x in {ls,rm}; do $x -rf /; done", .block, RuleID.rmRoot),
            VerdictCase("for f in /etc/passwd; do rm $f; done", .block),
            VerdictCase("for d in a b; do for c in rm; do $c -rf /; done; done", .block, RuleID.rmRoot),
        ])

    static let functionsAndAliases = BypassFamily(
        name: "functions and aliases",
        cases: [
            VerdictCase("f(){ rm -rf /; }; f", .block, RuleID.rmRoot),
            VerdictCase("function f { rm -rf /; }; f", .block, RuleID.rmRoot),
            VerdictCase("f() { rm -rf /; }", .block, RuleID.rmRoot),
            VerdictCase("f() ( rm -rf / ); f", .block, RuleID.rmRoot),
            VerdictCase("f(){ rm -rf /; }; 'f'", .block, RuleID.rmRoot),
            VerdictCase("g(){ eval \"$1\"; }; g 'rm -rf /'", .block, RuleID.dynamicCode),
            VerdictCase("alias ls='rm -rf /'; ls", .block, RuleID.rmRoot),
            VerdictCase("alias ll='rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("alias x=\"sudo rm -rf /\"; x", .block, RuleID.rmRoot),
            VerdictCase("alias 'x=rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase(":(){ :|:& };:", .block, RuleID.forkBomb),
            VerdictCase(":(){ : | : & }; :", .block, RuleID.forkBomb),
            VerdictCase("bomb(){ bomb|bomb& }; bomb", .block, RuleID.forkBomb),
            VerdictCase("f(){ f | f & }; f", .block, RuleID.forkBomb),
            VerdictCase("f(){ \"f\" | f & }; f", .block, RuleID.forkBomb),
            VerdictCase("f(){ 'f'|'f'& }; f", .block, RuleID.forkBomb),
            VerdictCase(":(){ ':'|':'& };:", .block, RuleID.forkBomb),
            VerdictCase("rm(){ :; }; sudo rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; command rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; /bin/rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; timeout 5 rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; find . -exec rm -rf / \\;", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; sh -c 'rm -rf /'", .block, RuleID.rmRoot),
            VerdictCase("if false; then rm(){ :; }; fi; rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("(rm(){ :; }); rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("f(){ rm(){ :; }; }; rm -rf /", .block, RuleID.rmRoot),
            VerdictCase("rm(){ :; }; unset -f rm; rm -rf /", .block, RuleID.rmRoot),
        ],
        gaps: [
            // A function named like a program makes every later use of the name
            // `allow`, even where bash runs the program, not the function.
        ])

    static let arithmetic = BypassFamily(
        name: "arithmetic and subscript substitution",
        cases: [
            VerdictCase("(( a[$(rm -rf /)] ))", .block, RuleID.rmRoot),
            VerdictCase("echo $(( $(rm -rf /) ))", .block, RuleID.rmRoot),
            VerdictCase("x[$(rm -rf /)]=1", .block, RuleID.rmRoot),
            VerdictCase("(( x = $(rm -rf /) ))", .block, RuleID.rmRoot),
            VerdictCase("echo $(( a[$(rm -rf /)] ))", .block, RuleID.rmRoot),
            VerdictCase("declare -a x[$(rm -rf /)]=1", .block, RuleID.rmRoot),
            VerdictCase("let \"a[$(rm -rf /)]=1\"", .block, RuleID.rmRoot),
            VerdictCase("[[ $(rm -rf /) ]]", .block, RuleID.rmRoot),
            VerdictCase("[[ -n \"$(rm -rf /)\" ]]", .block, RuleID.rmRoot),
            VerdictCase("[[ x == $(rm -rf /) ]]", .block, RuleID.rmRoot),
            VerdictCase("echo ${x:-$(rm -rf /)}", .block, RuleID.rmRoot),
            VerdictCase("echo \"${x/$(rm -rf /)/y}\"", .block, RuleID.rmRoot),
            VerdictCase("echo ${arr[$(rm -rf /)]}", .block, RuleID.rmRoot),
            VerdictCase("x=$(rm -rf /)", .block, RuleID.rmRoot),
            VerdictCase("export X=$(rm -rf /)", .block, RuleID.rmRoot),
            VerdictCase("local y=`rm -rf /`", .block, RuleID.rmRoot),
            VerdictCase("for i in $(rm -rf /); do :; done", .block, RuleID.rmRoot),
            VerdictCase("for ((i=$(rm -rf /); i<1; i++)); do :; done", .block, RuleID.rmRoot),
            VerdictCase("case $(rm -rf /) in *) ;; esac", .block, RuleID.rmRoot),
            VerdictCase("cat <<EOF\n$(rm -rf /)\nEOF", .block, RuleID.rmRoot),
            VerdictCase("cat <<EOF\n`rm -rf /`\nEOF", .block, RuleID.rmRoot),
            VerdictCase("let 'a[$(rm -rf /)]=1'", .block),
            VerdictCase("[[ 'a[$(rm -rf /)]' -eq 0 ]]", .block),
            VerdictCase("x='a[$(rm -rf /)]'; [[ $x -eq 0 ]]", .block),
            VerdictCase("x='a[$(rm -rf /)]'; echo $((x))", .block),
            VerdictCase("[[ -v 'a[$(rm -rf /)]' ]]", .block),
            VerdictCase("test -v 'a[$(rm -rf /)]'", .block),
            VerdictCase("read 'a[$(rm -rf /)]' <<< 1", .block),
            VerdictCase("printf -v 'a[$(rm -rf /)]' x", .block),
            VerdictCase("declare 'a[$(rm -rf /)]=1'", .block),
            VerdictCase("declare -i n; n='a[$(rm -rf /)]'", .block),
            VerdictCase("x=abc; echo ${x:'a[$(rm -rf /)]'}", .block),
            VerdictCase("echo ${x['a[$(rm -rf /)]']}", .block),
        ],
        // Bash (5.2, checked) evaluates a subscript inside a *string* that reaches
        // an arithmetic context or names a variable, running `$(...)` in it, even
        // when the string was single-quoted.
        gaps: [
        ])

    @Test(arguments: variables.cases) func variablesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: functionsAndAliases.cases) func functionsAndAliasesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: arithmetic.cases) func arithmeticVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: [variables, functionsAndAliases, arithmetic].flatMap(\.gaps)) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
