import ArgumentParser

@main
struct VocGraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocgraph",
        abstract: "Knowledge graphs and Datalog queries over Chinese vocational-education documents.",
        version: "0.1.0",
        subcommands: [
            ExportCommand.self,
            ExtractCommand.self,
            BuildCommand.self,
            StatsCommand.self,
        ]
    )
}
