import ArgumentParser
import Datalog

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract:
            "Print a minimal derivation tree, down to source documents, for each answer of a program."
    )

    @Argument(help: "The Datalog program (.dl); its ?- queries are explained.") var program: String
    @OptionGroup var datalog: DatalogOptions
    @Option(help: "text or json.") var format: ExplanationFormat = .text

    func run() throws {
        try CLI.run {
            var request = try datalog.request(program: program)
            request.explain = true
            request.explainFormat = format
            try datalog.execute(request)
        }
    }
}

extension ExplanationFormat: ExpressibleByArgument {}
