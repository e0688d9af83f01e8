#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `vigil`: a thin command-line front end over the Vigil libraries.
let arguments = Array(CommandLine.arguments.dropFirst())
let status = await VigilCLI.run(arguments)
exit(status)
