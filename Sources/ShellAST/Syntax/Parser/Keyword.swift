/// Reserved words the parser recognises in command position.
enum Keyword: UInt8 {
    case `if`, then, elif, `else`, fi, `do`, done, `case`, esac, `while`, until, `for`, select
    case function, time, coproc, `in`, openBrace, closeBrace, openDoubleBracket, bang

    /// Words that end a list: the caller decides whether it expected them.
    var closesList: Bool {
        switch self {
        case .then, .elif, .else, .fi, .do, .done, .esac, .closeBrace: true
        default: false
        }
    }

    /// Words that begin a compound command.
    var startsCompound: Bool {
        switch self {
        case .if, .while, .until, .for, .select, .case, .openBrace, .openDoubleBracket: true
        default: false
        }
    }

    var text: String {
        switch self {
        case .openBrace: "{"
        case .closeBrace: "}"
        case .openDoubleBracket: "[["
        case .bang: "!"
        case .if: "if"
        case .then: "then"
        case .elif: "elif"
        case .else: "else"
        case .fi: "fi"
        case .do: "do"
        case .done: "done"
        case .case: "case"
        case .esac: "esac"
        case .while: "while"
        case .until: "until"
        case .for: "for"
        case .select: "select"
        case .function: "function"
        case .time: "time"
        case .coproc: "coproc"
        case .in: "in"
        }
    }
}
