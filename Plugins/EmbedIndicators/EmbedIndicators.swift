import Foundation
import PackagePlugin

/// Compiles the package's `indicators/` folder into the target that applies
/// this plugin, so the executable carries its instrument and schemas.
///
/// `indicators/` stays the one canonical copy: every file below it is an
/// input of the build command, so editing any of them re-embeds.
@main
struct EmbedIndicators: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let source = context.package.directoryURL.appending(path: "indicators")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedIndicators.swift")
        let inputs = Self.files(below: source)
        return [
            .buildCommand(
                displayName: "Embedding indicators/ (\(inputs.count) files)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [source.path(), output.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private static func files(below directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey]
        ) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
