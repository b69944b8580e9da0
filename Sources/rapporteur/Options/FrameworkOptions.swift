import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurIO

/// `--framework DIR`, shared by every command, and the rule for finding
/// the framework when it is absent.
struct FrameworkOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The indicator framework directory (holding framework.xml).",
        discussion: "Default: ./indicators if it holds a framework.xml, else the framework built into rapporteur.",
        valueName: "DIR"))
    var framework: String?

    /// The source to load: `--framework`, then `./indicators`, then the bundle.
    func source() -> any FrameworkSource {
        if let framework {
            return DirectoryFrameworkSource(directory: URL(fileURLWithPath: framework), shownAs: framework)
        }
        if FileManager.default.fileExists(atPath: "indicators/framework.xml") {
            return DirectoryFrameworkSource(directory: URL(fileURLWithPath: "indicators"), shownAs: "indicators")
        }
        return MemoryFrameworkSource.bundled
    }
}
