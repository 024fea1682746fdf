// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "VocGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "vocgraph", targets: ["vocgraph"]),
        .library(name: "RDF", targets: ["RDF"]),
        .library(name: "RaptorIO", targets: ["RaptorIO"]),
        .library(name: "Datalog", targets: ["Datalog"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Trace", targets: ["Trace"]),
        .library(name: "Explorer", targets: ["Explorer"]),
        .library(name: "QueryResults", targets: ["QueryResults"]),
        .library(name: "SPARQL", targets: ["SPARQL"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The web explorer's HTTP server. No traits: swift-configuration is not needed and not built.
        .package(
            url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
    ],
    targets: [
        .systemLibrary(
            name: "CRaptor",
            pkgConfig: "raptor2",
            providers: [.apt(["libraptor2-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CRasqal",
            pkgConfig: "rasqal",
            providers: [.apt(["librasqal3-dev"])]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "RDF"),
        .target(name: "RaptorIO", dependencies: ["CRaptor", "CLibXML2", "RDF"]),
        .target(name: "QueryResults", dependencies: ["RDF"]),
        .target(name: "Datalog", dependencies: ["RDF", "QueryResults"]),
        .target(
            name: "Extraction",
            dependencies: ["RDF", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Trace", dependencies: ["RDF"]),
        .target(
            name: "Explorer",
            dependencies: [
                "RDF", "Datalog", "Trace", "QueryResults",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        .target(name: "SPARQL", dependencies: ["CRasqal", "RaptorIO", "QueryResults", "RDF"]),
        .executableTarget(
            name: "vocgraph",
            dependencies: [
                "RDF", "RaptorIO", "Datalog", "Extraction", "Trace", "Explorer", "QueryResults",
                "SPARQL", "LineEditor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "vocgraph-bench", dependencies: ["RDF", "RaptorIO"],
            path: "Benchmarks/LoadBenchmark"),
        .executableTarget(
            name: "vocgraph-fuzz", dependencies: ["RDF", "RaptorIO", "Datalog", "Extraction"],
            path: "Tests/Fuzz/Fuzzer"),
        .target(
            name: "TestSupport",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(name: "RDFTests", dependencies: ["RDF"]),
        .testTarget(name: "RaptorIOTests", dependencies: ["RaptorIO", "RDF", "TestSupport"]),
        .testTarget(
            name: "DatalogTests",
            dependencies: ["Datalog", "QueryResults", "RDF", "RaptorIO", "TestSupport"],
            exclude: ["sparql_diff.py"], resources: [.copy("Cases")]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: [
                "Extraction", "RDF", "RaptorIO", "Trace", "TestSupport",
            ],
            resources: [.copy("Cases"), .copy("FigureCases"), .copy("Documents")]),
        .testTarget(
            name: "ExplorerTests",
            dependencies: ["Explorer", "Trace", "RDF", "RaptorIO", "Datalog", "TestSupport"]),
        .testTarget(
            name: "SPARQLTests",
            dependencies: ["SPARQL", "QueryResults", "RDF", "RaptorIO", "TestSupport"],
            exclude: ["oxigraph_answers.py"]),
        .testTarget(
            name: "CLITests", dependencies: ["RDF", "RaptorIO", "TestSupport"],
            exclude: ["repl_pty.py"]),
    ]
)
