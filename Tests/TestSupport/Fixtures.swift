import Foundation

/// Paths into the repository for tests: the fixtures copied from
/// `../shared` (so the suite runs without it), and the instrument.
public enum Fixtures {
    /// The repository's root folder.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ path: String) -> URL {
        repository.appending(path: "Tests/Fixtures/" + path)
    }

    public static func path(_ path: String) -> String { url(path).path }

    public static var indicators: URL { repository.appending(path: "indicators") }

    /// Files directly in a fixture folder, sorted by name.
    public static func files(in folder: String, withExtension ext: String? = nil) -> [URL] {
        let directory = url(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appending(path: $0) }.filter { file in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory)
                && (ext == nil || file.pathExtension == ext)
        }
    }

    /// A fresh temporary directory, removed by the caller.
    public static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "rapporteur-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
