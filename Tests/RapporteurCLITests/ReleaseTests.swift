import Foundation
import Testing
import TestSupport

/// What the release archive and `make install` rely on in the binary itself:
/// help texts that become clean man pages, and a version that matches the
/// changelog and names the instrument built in (docs/install.md).
@Suite("release: version and manual pages")
struct ReleaseTests {
    /// Every `discussion` text in the command tree that
    /// `--experimental-dump-help` describes (generate-manual's input), with
    /// the command it belongs to.
    static func discussions(in node: Any, command: String = "rapporteur") -> [(command: String, text: String)] {
        var found: [(String, String)] = []
        if let object = node as? [String: Any] {
            let name = (object["commandName"] as? String).map { command == $0 ? $0 : command + " " + $0 } ?? command
            for (key, value) in object {
                if key == "discussion", let text = value as? String {
                    found.append((name, text))
                } else {
                    found += discussions(in: value, command: name)
                }
            }
        } else if let array = node as? [Any] {
            for element in array { found += discussions(in: element, command: command) }
        }
        return found
    }

    @Test("no command's discussion has a blank line, which a man page shows as an empty-line warning")
    func noBlankLinesInDiscussions() throws {
        let result = try CommandRunner.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let tree = try JSONSerialization.jsonObject(with: result.standardOutputData)
        let texts = Self.discussions(in: tree)
        // The tool, its nine commands and the options that explain themselves.
        let commands = Set(texts.map(\.command))
        for command in ["rapporteur", "rapporteur report", "rapporteur explain", "rapporteur sensitivity",
                        "rapporteur agreement", "rapporteur diff", "rapporteur check", "rapporteur template"] {
            #expect(commands.contains(command), "no discussion found for \(command)")
        }
        for (command, text) in texts {
            let blank = text.split(separator: "\n", omittingEmptySubsequences: false)
                .contains { $0.allSatisfy(\.isWhitespace) }
            #expect(!blank, "\(command): a discussion has a blank line: \(text)")
        }
    }

    @Test("a blank line in a discussion is found")
    func blankLineIsFound() {
        let tree: [String: Any] = [
            "command": ["commandName": "rapporteur", "discussion": "one line",
                        "subcommands": [["commandName": "report", "discussion": "first\n\nsecond"]]],
        ]
        let texts = Self.discussions(in: tree)
        #expect(texts.map(\.command).sorted() == ["rapporteur", "rapporteur report"])
        #expect(texts.first { $0.command == "rapporteur report" }?.text == "first\n\nsecond")
    }

    @Test("--version prints the newest release of CHANGELOG.md and the instrument built in")
    func versionMatchesChangelogAndFramework() throws {
        let changelog = try String(contentsOf: Fixtures.repository.appending(path: "CHANGELOG.md"), encoding: .utf8)
        // The first "## [x.y.z] - date" heading; "## [Unreleased]" is not a release.
        let releases = changelog.split(separator: "\n")
            .compactMap { $0.wholeMatch(of: /## \[(\d+\.\d+\.\d+)\] - \d{4}-\d{2}-\d{2}/)?.1 }
        let release = try #require(releases.first)
        // The root element of indicators/framework.xml, which the build embeds.
        let framework = try String(contentsOf: Fixtures.indicators.appending(path: "framework.xml"), encoding: .utf8)
        let root = try #require(framework.firstMatch(of: /<framework [^>]*\bid="([^"]+)" version="([^"]+)"/))

        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "\(release) (framework \(root.1) \(root.2))\n")
    }
}
