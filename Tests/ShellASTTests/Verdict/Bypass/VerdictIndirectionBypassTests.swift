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
        ],
        gaps: [
            KnownEngineGap(
                "a=/; rm -rf $a", .block, RuleID.rmRoot, today: .review,
                bug: "static variables are substituted in the command name only, not in its arguments"),
            KnownEngineGap(
                "x=/; rm -rf \"$x\"", .block, RuleID.rmRoot, today: .review,
                bug: "static variables are substituted in the command name only, not in its arguments"),
            KnownEngineGap(
                "x=rm; y=/; $x -rf $y", .block, RuleID.rmRoot, today: .review,
                bug: "static variables are substituted in the command name only, not in its arguments"),
            KnownEngineGap(
                "c=\"rm -rf /\"; $c", .block, RuleID.rmRoot, today: .review,
                bug: "an unquoted variable in the command name is not word-split: `$c` is judged as one program named `rm -rf /`"),
            KnownEngineGap(
                "x=rm; y=$x; $y -rf /", .block, RuleID.rmRoot, today: .review,
                bug: "an assignment from another static variable (`y=$x`) is not propagated"),
            KnownEngineGap(
                "for c in rm; do $c -rf /; done", .block, RuleID.rmRoot, today: .review,
                bug: "a `for` loop over static words does not bind its variable"),
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
        ],
        gaps: [
            KnownEngineGap(
                "f(){ 'f'|'f'& }; f", .block, RuleID.forkBomb, today: .allow,
                bug: "the fork-bomb check compares unquoted literals: a quoted self-call is missed"),
            KnownEngineGap(
                ":(){ ':'|':'& };:", .block, RuleID.forkBomb, today: .allow,
                bug: "the fork-bomb check compares unquoted literals: a quoted self-call is missed"),
            // A function named like a program makes every later use of the name
            // `allow`, even where bash runs the program, not the function.
            KnownEngineGap(
                "rm(){ :; }; sudo rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "functions shadow the program behind wrappers, which exec the real program"),
            KnownEngineGap(
                "rm(){ :; }; command rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "`command` skips functions; the engine still trusts the function"),
            KnownEngineGap(
                "rm(){ :; }; /bin/rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "a path is never a function call; the engine strips it to `rm` and trusts the function"),
            KnownEngineGap(
                "rm(){ :; }; timeout 5 rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "functions shadow the program behind wrappers, which exec the real program"),
            KnownEngineGap(
                "rm(){ :; }; find . -exec rm -rf / \\;", .block, RuleID.rmRoot, today: .allow,
                bug: "`find -exec` runs the program, not the shell function"),
            KnownEngineGap(
                "rm(){ :; }; sh -c 'rm -rf /'", .block, RuleID.rmRoot, today: .allow,
                bug: "a new shell does not inherit the function"),
            KnownEngineGap(
                "if false; then rm(){ :; }; fi; rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "a function defined on a branch that may not run is trusted"),
            KnownEngineGap(
                "(rm(){ :; }); rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "a function defined in a subshell is trusted outside it"),
            KnownEngineGap(
                "f(){ rm(){ :; }; }; rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "a function defined inside a function body that never runs is trusted"),
            KnownEngineGap(
                "rm(){ :; }; unset -f rm; rm -rf /", .block, RuleID.rmRoot, today: .allow,
                bug: "`unset -f` does not remove the function from the engine's view"),
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
        ],
        // Bash (5.2, checked) evaluates a subscript inside a *string* that reaches
        // an arithmetic context or names a variable, running `$(...)` in it, even
        // when the string was single-quoted.
        gaps: [
            KnownEngineGap(
                "let 'a[$(rm -rf /)]=1'", .block, today: .allow,
                bug: "`let` evaluates its quoted argument as arithmetic; the subscript's `$(...)` runs"),
            KnownEngineGap(
                "[[ 'a[$(rm -rf /)]' -eq 0 ]]", .block, today: .allow,
                bug: "`[[ x -eq y ]]` evaluates both sides as arithmetic; the subscript's `$(...)` runs"),
            KnownEngineGap(
                "x='a[$(rm -rf /)]'; [[ $x -eq 0 ]]", .block, today: .allow,
                bug: "a static variable holding a subscript reaches `[[ -eq ]]`; its `$(...)` runs"),
            KnownEngineGap(
                "x='a[$(rm -rf /)]'; echo $((x))", .block, today: .allow,
                bug: "arithmetic on a variable evaluates its value; the subscript's `$(...)` runs"),
            KnownEngineGap(
                "[[ -v 'a[$(rm -rf /)]' ]]", .block, today: .allow,
                bug: "`[[ -v name ]]` evaluates the subscript of the name"),
            KnownEngineGap(
                "test -v 'a[$(rm -rf /)]'", .block, today: .allow,
                bug: "`test -v name` evaluates the subscript of the name"),
            KnownEngineGap(
                "read 'a[$(rm -rf /)]' <<< 1", .block, today: .allow,
                bug: "`read NAME` evaluates the subscript of the variable name"),
            KnownEngineGap(
                "printf -v 'a[$(rm -rf /)]' x", .block, today: .allow,
                bug: "`printf -v NAME` evaluates the subscript of the variable name"),
            KnownEngineGap(
                "declare 'a[$(rm -rf /)]=1'", .block, today: .allow,
                bug: "`declare 'NAME[SUB]=v'` evaluates the quoted subscript"),
            KnownEngineGap(
                "declare -i n; n='a[$(rm -rf /)]'", .block, today: .allow,
                bug: "assigning to an integer variable evaluates the value as arithmetic"),
            KnownEngineGap(
                "x=abc; echo ${x:'a[$(rm -rf /)]'}", .block, today: .allow,
                bug: "a substring offset is arithmetic; a quoted subscript in it runs `$(...)`"),
            KnownEngineGap(
                "echo ${x['a[$(rm -rf /)]']}", .block, today: .allow,
                bug: "an array index is arithmetic; a quoted subscript in it runs `$(...)`"),
        ])

    @Test(arguments: variables.cases) func variablesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: functionsAndAliases.cases) func functionsAndAliasesVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: arithmetic.cases) func arithmeticVariants(_ c: VerdictCase) { expectVerdict(c) }
    @Test(arguments: [variables, functionsAndAliases, arithmetic].flatMap(\.gaps)) func knownGaps(_ g: KnownEngineGap) { expectKnownGap(g) }
}
