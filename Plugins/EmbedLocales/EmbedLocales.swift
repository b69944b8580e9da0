import Foundation
import PackagePlugin

/// Compiles the package's `locales/` folder (the gettext PO catalogues) into
/// the target that applies this plugin, so the executable speaks its
/// languages wherever it is copied. Every file below `locales/` is an input
/// of the build command, so editing a catalogue re-embeds it.
@main
struct EmbedLocales: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let source = context.package.directoryURL.appending(path: "locales")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalogues.swift")
        let inputs = Self.files(below: source)
        return [
            .buildCommand(
                displayName: "Embedding locales/ (\(inputs.count) files)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [source.path(), output.path(), "--catalogues"],
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
