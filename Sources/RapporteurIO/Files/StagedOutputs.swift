import Foundation
import RapporteurCore

/// Several outputs of one run written as one: each is rendered straight
/// into its staged file, all at the same time, and they take their names
/// only once every one of them is complete. A failure on the way leaves
/// no file behind, and an output that is one of the run's input sheets is
/// refused before anything is written.
public enum StagedOutputs {
    /// One output: where it goes and how its bytes are made.
    public typealias Output = (path: String, render: (ByteSink) throws -> Void)

    /// Why nothing was written.
    public enum Failure: Error {
        /// The output at this path is one of the input sheets.
        case overwritesInput(String)
        /// Rendering the output at this path threw.
        case notRendered(String)
        /// A staged file could not be made or named.
        case cannotWrite(InputFailure)
    }

    /// With `RAPPORTEUR_FAIL_RENDER=N` in the environment, the N-th output
    /// (from 1) fails to render: how the tests check that a run failing
    /// midway leaves nothing behind, without racing a signal.
    static let failingRender = ProcessInfo.processInfo.environment["RAPPORTEUR_FAIL_RENDER"].flatMap(Int.init)

    /// `inputs` are the sheet paths the run read (files or directories).
    public static func write(_ outputs: [Output], inputs: [String]) throws(Failure) {
        // Only an existing file can be an input.
        let existing = outputs.compactMap { output in FileIdentity(output.path).map { (output.path, $0) } }
        if !existing.isEmpty {
            let inputs = Set(SheetLoader.files(in: inputs).files.compactMap(FileIdentity.init))
            if let (path, _) = existing.first(where: { inputs.contains($0.1) }) { throw .overwritesInput(path) }
        }
        var jobs: [RenderJob] = []
        for (number, output) in zip(1..., outputs) {
            do throws(InputFailure) {
                let file = try StagedFile(URL(fileURLWithPath: output.path), displayName: output.path, overwrite: .replace)
                jobs.append(RenderJob(path: output.path, render: output.render, file: file, fails: number == failingRender))
            } catch {
                throw .cannotWrite(error)
            }
        }
        let staged = jobs
        let rendered = OrderedParallelMap.map(staged.count) { staged[$0].run() }
        if let failed = zip(staged, rendered).first(where: { !$0.1 }) { throw .notRendered(failed.0.path) }
        for job in staged {
            do throws(InputFailure) { try job.file.commit() } catch { throw .cannotWrite(error) }
        }
    }
}

/// One output being rendered into its staged file. Invariant: the job and
/// its file are touched by one thread at a time, the one rendering it,
/// and by the calling thread only once every render is done; hence
/// `@unchecked`, which the render closure and the file need to cross.
private final class RenderJob: @unchecked Sendable {
    let path: String
    let file: StagedFile
    private let render: (ByteSink) throws -> Void
    private let fails: Bool

    init(path: String, render: @escaping (ByteSink) throws -> Void, file: StagedFile, fails: Bool) {
        self.path = path
        self.render = render
        self.file = file
        self.fails = fails
    }

    /// Whether the render succeeded.
    func run() -> Bool {
        do {
            try render(file)
            return !fails
        } catch {
            return false
        }
    }
}
