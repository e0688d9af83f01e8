import Testing
@testable import ShellAST

/// Exact spans: the full dump of a few inputs, every offset checked by hand
/// against the input's bytes (a list's span stops at its last command; a
/// here-document body spans from the next line to the end of its delimiter
/// line; backquoted nodes point into the original, escaped text).
enum SpanTable {
    static let cases: [SpanCase] = [
        SpanCase(#"A=1 ls -la >out 2>&1 "x$y""#, #"""
            Script 0..<26
              List 0..<26
                Item 0..<26
                  Pipeline 0..<26
                    SimpleCommand 0..<26
                      Assignment "A" 0..<3
                        Word 2..<3
                          Literal "1" 2..<3
                      Word 4..<6
                        Literal "ls" 4..<6
                      Word 7..<10
                        Literal "-la" 7..<10
                      Word 21..<26
                        DoubleQuoted 21..<26
                          Literal "x" 22..<23
                          Parameter "y" 23..<25
                      Redirect > 11..<15
                        Word 12..<15
                          Literal "out" 12..<15
                      Redirect 2>& 16..<20
                        Word 19..<20
                          Literal "1" 19..<20

            """#),
        SpanCase("if a\nthen b; fi", #"""
            Script 0..<15
              List 0..<15
                Item 0..<15
                  Pipeline 0..<15
                    IfClause 0..<15
                      List 3..<4
                        Item 3..<4
                          Pipeline 3..<4
                            SimpleCommand 3..<4
                              Word 3..<4
                                Literal "a" 3..<4
                      List 10..<12
                        Item 10..<12
                          Pipeline 10..<11
                            SimpleCommand 10..<11
                              Word 10..<11
                                Literal "b" 10..<11

            """#),
        SpanCase("cat <<-EOF\n\thi $x\n\tEOF\n", #"""
            Script 0..<23
              List 0..<10
                Item 0..<10
                  Pipeline 0..<10
                    SimpleCommand 0..<10
                      Word 0..<3
                        Literal "cat" 0..<3
                      Redirect <<- 4..<10
                        Word 7..<10
                          Literal "EOF" 7..<10
                        HereDocument "EOF" 11..<22
                          Literal "hi " 11..<15
                          Parameter "x" 15..<17
                          Literal "\n" 17..<18

            """#),
        SpanCase(#"echo `echo \`d\``"#, #"""
            Script 0..<17
              List 0..<17
                Item 0..<17
                  Pipeline 0..<17
                    SimpleCommand 0..<17
                      Word 0..<4
                        Literal "echo" 0..<4
                      Word 5..<17
                        CommandSubstitution backquotes 5..<17
                          List 6..<16
                            Item 6..<16
                              Pipeline 6..<16
                                SimpleCommand 6..<16
                                  Word 6..<10
                                    Literal "echo" 6..<10
                                  Word 11..<16
                                    CommandSubstitution backquotes 11..<16
                                      List 13..<14
                                        Item 13..<14
                                          Pipeline 13..<14
                                            SimpleCommand 13..<14
                                              Word 13..<14
                                                Literal "d" 13..<14

            """#),
        // Backquotes without a backslash: parsed where they lie.
        SpanCase(#"x=`ls -d /tmp`; echo "`date`" `id -u`"#, #"""
            Script 0..<37
              List 0..<37
                Item 0..<15
                  Pipeline 0..<14
                    SimpleCommand 0..<14
                      Assignment "x" 0..<14
                        Word 2..<14
                          CommandSubstitution backquotes 2..<14
                            List 3..<13
                              Item 3..<13
                                Pipeline 3..<13
                                  SimpleCommand 3..<13
                                    Word 3..<5
                                      Literal "ls" 3..<5
                                    Word 6..<8
                                      Literal "-d" 6..<8
                                    Word 9..<13
                                      Literal "/tmp" 9..<13
                Item 16..<37
                  Pipeline 16..<37
                    SimpleCommand 16..<37
                      Word 16..<20
                        Literal "echo" 16..<20
                      Word 21..<29
                        DoubleQuoted 21..<29
                          CommandSubstitution backquotes 22..<28
                            List 23..<27
                              Item 23..<27
                                Pipeline 23..<27
                                  SimpleCommand 23..<27
                                    Word 23..<27
                                      Literal "date" 23..<27
                      Word 30..<37
                        CommandSubstitution backquotes 30..<37
                          List 31..<36
                            Item 31..<36
                              Pipeline 31..<36
                                SimpleCommand 31..<36
                                  Word 31..<33
                                    Literal "id" 31..<33
                                  Word 34..<36
                                    Literal "-u" 34..<36

            """#),
        SpanCase("echo ${x:-$(y)}", #"""
            Script 0..<15
              List 0..<15
                Item 0..<15
                  Pipeline 0..<15
                    SimpleCommand 0..<15
                      Word 0..<4
                        Literal "echo" 0..<4
                      Word 5..<15
                        Parameter "x" braced 5..<15
                          Default :- 10..<14
                            CommandSubstitution 10..<14
                              List 12..<13
                                Item 12..<13
                                  Pipeline 12..<13
                                    SimpleCommand 12..<13
                                      Word 12..<13
                                        Literal "y" 12..<13

            """#),
        SpanCase("f() { a | b && c; }", #"""
            Script 0..<19
              List 0..<19
                Item 0..<19
                  Pipeline 0..<19
                    FunctionDefinition "f" posix 0..<19
                      BraceGroup 4..<19
                        List 6..<17
                          Item 6..<17
                            Pipeline | 6..<11
                              SimpleCommand 6..<7
                                Word 6..<7
                                  Literal "a" 6..<7
                              SimpleCommand 10..<11
                                Word 10..<11
                                  Literal "b" 10..<11
                            &&
                            Pipeline 15..<16
                              SimpleCommand 15..<16
                                Word 15..<16
                                  Literal "c" 15..<16

            """#),
        SpanCase("case $x in a|b) c;; esac >f", #"""
            Script 0..<27
              List 0..<27
                Item 0..<27
                  Pipeline 0..<27
                    CaseClause 0..<27
                      Word 5..<7
                        Parameter "x" 5..<7
                      CaseItem break 11..<19
                        Pattern 11..<12
                          Literal "a" 11..<12
                        Pattern 13..<14
                          Literal "b" 13..<14
                        List 16..<17
                          Item 16..<17
                            Pipeline 16..<17
                              SimpleCommand 16..<17
                                Word 16..<17
                                  Literal "c" 16..<17
                      Redirect > 25..<27
                        Word 26..<27
                          Literal "f" 26..<27

            """#),
        SpanCase(#"echo a\"# + "\n" + #"b $'\t' x[1]=${#y}"#, #"""
            Script 0..<26
              List 0..<26
                Item 0..<26
                  Pipeline 0..<26
                    SimpleCommand 0..<26
                      Word 0..<4
                        Literal "echo" 0..<4
                      Word 5..<9
                        Literal "ab" 5..<9
                      Word 10..<15
                        ANSICQuoted "\\t" = "\t" 10..<15
                      Word 16..<26
                        Literal "x[1]=" 16..<21
                        Parameter "y" braced length 21..<26

            """#),
    ]
}

@Suite("Syntax table: exact spans")
struct SpanTableTests {
    @Test(arguments: SpanTable.cases)
    func row(_ row: SpanCase) { TableChecks.check(row) }
}
