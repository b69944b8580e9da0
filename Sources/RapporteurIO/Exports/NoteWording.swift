import RapporteurCore

/// The parts of a note every text report words the same way, whatever
/// its language: where the note points and the file it names.
extension ComparisonNote {
    /// `RS 2024`, `RS` or nothing: the country and year the note is about.
    var place: String { [country, year.map(String.init)].compactMap { $0 }.joined(separator: " ") }

    /// `label: file (place)`, for a note about one sheet.
    func aboutFile(_ label: String) -> String { "\(label): \(file ?? "") (\(place))" }
}
