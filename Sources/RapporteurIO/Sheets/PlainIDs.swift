import RapporteurCore

/// The indicator ids a plain sheet gives, exactly as the framework writes
/// them, with each indicator's place. A sheet lists its indicators in the
/// framework's order, so a row's id is first compared, byte for byte, with
/// the one after the previous row's; only an id out of that order is made
/// a string and looked up. Making and hashing a string for every row was a
/// twentieth of reading a sheet.
struct PlainIDs: Sendable {
    private let places: [String: Int]
    /// Each place's id as UTF-8; empty for a place no plain id has.
    private let spellings: [[UInt8]]

    init(_ places: [String: Int]) {
        self.places = places
        var spellings = [[UInt8]](repeating: [], count: (places.values.max() ?? -1) + 1)
        for (id, place) in places { spellings[place] = Array(id.utf8) }
        self.spellings = spellings
    }

    /// The place of the id these bytes spell, trying first the place after
    /// `previous` (-1 for a sheet's first row); nil for an id that is not
    /// one of `places`' keys.
    func place(of cell: ArraySlice<UInt8>, after previous: Int) -> Int? {
        let next = previous + 1
        if next >= 0, next < spellings.count, !spellings[next].isEmpty, Self.same(cell, spellings[next]) { return next }
        return places[String(decoding: cell, as: UTF8.self)]
    }

    /// Whether the cell's bytes are the spelling's, compared byte by byte
    /// after their counts: the generic `elementsEqual` cost more than the
    /// hashing it replaced.
    private static func same(_ cell: ArraySlice<UInt8>, _ spelling: [UInt8]) -> Bool {
        guard cell.count == spelling.count else { return false }
        var offset = cell.startIndex
        for byte in spelling {
            guard cell[offset] == byte else { return false }
            offset += 1
        }
        return true
    }
}
