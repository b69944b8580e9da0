import ArgumentParser

/// What `compare` and `report` do with sheets that have errors or warnings.
struct InvalidSheetOptions: ParsableArguments {
    @Flag(help: "Leave sheets with errors out (each named, with its first error, in the notes) instead of stopping.")
    var skipInvalid = false

    @Flag(help: "Treat warnings, and sheets left out for errors, as errors: exit 1 and write nothing.")
    var strict = false
}
