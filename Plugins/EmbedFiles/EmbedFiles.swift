import Foundation
import PackagePlugin

/// Compiles a folder of the package into the target that applies this
/// plugin, so that a copied executable still carries it: `locales/` (the
/// gettext catalogues) into RapporteurCore, `indicators/` (the instrument
/// and its schemas) into BundledFramework.
///
/// The folders stay the one canonical copy: every file below the folder is
/// an input of the build command, so editing any of them re-embeds. A build
/// tool plugin takes no arguments from the manifest, so the target's name
/// chooses what it embeds.
@main
struct EmbedFiles: BuildToolPlugin {
    /// What each target embeds: the folder, the Swift file it becomes, and
    /// the tool's extra arguments.
    private static let embeddings: [String: (folder: String, output: String, arguments: [String])] = [
        "RapporteurCore": ("locales", "EmbeddedCatalogues.swift", ["--catalogues"]),
        "BundledFramework": ("indicators", "EmbeddedIndicators.swift", []),
    ]

    struct UnknownTarget: Error, CustomStringConvertible {
        let name: String
        var description: String { "EmbedFiles does not know what to embed into target '\(name)'" }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let embedding = Self.embeddings[target.name] else { throw UnknownTarget(name: target.name) }
        let source = context.package.directoryURL.appending(path: embedding.folder)
        let output = context.pluginWorkDirectoryURL.appending(path: embedding.output)
        let inputs = Self.files(below: source)
        return [
            .buildCommand(
                displayName: "Embedding \(embedding.folder)/ (\(inputs.count) files)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [source.path(), output.path()] + embedding.arguments,
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
