// swift-tools-version:6.1
import PackageDescription

/// Release builds let the optimiser see into the core from the adapters:
/// reading a sheet and writing a comparison call across the two modules
/// for every answer and every cell (docs/performance.md).
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "Rapporteur",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapporteur", targets: ["rapporteur"]),
        .executable(name: "rapporteur-fuzz", targets: ["RapporteurFuzz"]),
        .library(name: "RapporteurCore", targets: ["RapporteurCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Workbooks (.xlsx) are zip packages; ZIPFoundation reads and writes them.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The HTML report's template, which a report author may replace.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libxml2 as the system provides it; only RapporteurXML imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The one small door to libxml2: safe parsing, schema validation, writing.
        .target(
            name: "RapporteurXML",
            dependencies: ["CLibXML2", "RapporteurCore"]
        ),
        // The domain: framework, sheets, scoring, comparison, diagnostics. No I/O;
        // the message catalogues of locales/ are compiled in as constants.
        .target(name: "RapporteurCore", swiftSettings: crossModule, plugins: ["EmbedFiles"]),
        // Adapters: reading definitions and sheets, writing exports.
        .target(
            name: "RapporteurIO",
            dependencies: [
                "RapporteurCore", "RapporteurXML", "BundledFramework",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The HTML report's default template, compiled into the binary.
            resources: [.embedInCode("Exports/HTML/report.mustache")],
            swiftSettings: crossModule
        ),
        // indicators/ compiled into the binary, so that a copied executable
        // still carries its instrument and schemas.
        .target(
            name: "BundledFramework",
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(name: "EmbedFilesTool"),
        // `make bench`: generated workloads timed against the release binary.
        .executableTarget(name: "rapporteur-bench", dependencies: ["RapporteurCore"], path: "Sources/RapporteurBench"),
        // Embeds locales/ into RapporteurCore and indicators/ into
        // BundledFramework, chosen by the target's name.
        .plugin(
            name: "EmbedFiles",
            capability: .buildTool(),
            dependencies: ["EmbedFilesTool"]
        ),
        .executableTarget(
            name: "rapporteur",
            dependencies: [
                "CMalloc",
                "RapporteurCore",
                "RapporteurIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The readers as fuzz targets, shared by the fuzz binary and the
        // regression tests. Not part of the tool.
        .target(
            name: "FuzzTargets",
            dependencies: ["RapporteurCore", "RapporteurIO", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // libFuzzer's driver, declared; linked only by -sanitize=fuzzer.
        .systemLibrary(name: "CLibFuzzer"),
        // glibc's mallopt, for the allocator settings of one run.
        .systemLibrary(name: "CMalloc"),
        // libFuzzer's entry when built with -D FUZZING (make fuzz), else a
        // driver that replays inputs. See docs/fuzzing.md.
        .executableTarget(
            name: "RapporteurFuzz",
            dependencies: ["FuzzTargets", "CLibFuzzer"]
        ),
        // Fixture paths and a runner for the built executable, shared by the tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // The core on its own, folder by folder as in Sources/RapporteurCore;
        // frameworks and sheets are built in Swift, so no reader is needed.
        .testTarget(
            name: "RapporteurCoreTests",
            dependencies: ["RapporteurCore"]
        ),
        // libxml2's door: safe parsing options, schema validation, writing.
        .testTarget(
            name: "RapporteurXMLTests",
            dependencies: ["RapporteurXML", "RapporteurCore"]
        ),
        .testTarget(
            name: "RapporteurIOTests",
            dependencies: [
                "RapporteurCore", "RapporteurIO", "RapporteurXML", "TestSupport", "FuzzTargets",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "RapporteurCLITests",
            dependencies: ["TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
