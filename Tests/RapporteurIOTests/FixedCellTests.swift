import RapporteurCore
import RapporteurIO
import Testing

/// Fixed-point cells are kept by value and places once written, and written
/// again from there (`RowBuffer.putFixed`). Whatever the order and mix of
/// values, every cell must read as `Rounding.fixed` spells it alone.
@Suite("fixed-point cells written again from memory")
struct FixedCellTests {
    /// Values that repeat, as scores, gaps and deltas do; values that share
    /// a slot of the memory with others; the same value at other places;
    /// cells longer than the eight bytes kept; values `fixed` spells
    /// another way (not finite, too large).
    @Test("a table of repeated, colliding and one-off values reads as each value's own fixed text")
    func sameTextAsAlone() {
        let repeated: [Double] = [0, -0.0, 50, 100, 33.333333333333336, 66.66666666666667, -33.33, 1.005, 0.285,
                                  0.0049999995, -0.004999999999, 12.5, -12.5, 99.995, 0.5, 1]
        let unusual: [Double] = [123_456.789, -98_765.4321, 1e17, .infinity, -.infinity, .nan, 1e300]
        var generator = SystemRandomNumberGenerator()
        var rows: [[(Double, Int)]] = []
        for _ in 0..<20_000 {
            var row: [(Double, Int)] = []
            for _ in 0..<6 {
                let value: Double = switch Int.random(in: 0..<10, using: &generator) {
                case 0..<6: repeated.randomElement(using: &generator)!
                case 6..<9: Double.random(in: -150...150, using: &generator)
                default: unusual.randomElement(using: &generator)!
                }
                row.append((value, [0, 1, 2, 4].randomElement(using: &generator)!))
            }
            rows.append(row)
        }
        var table = CSVTable(header: [])
        table.appendRows { output in
            for row in rows {
                output.row { cells in
                    for (value, places) in row { cells.fixed(value, places: places) }
                }
            }
        }
        let written = table.rendered().split(separator: "\n", omittingEmptySubsequences: false)
        let expected = rows.map { row in row.map { Rounding.fixed($0.0, places: $0.1) }.joined(separator: ",") }
        #expect(written.count == expected.count + 1)
        // The first row that differs, rather than two tables of 20,000 rows.
        let differing = zip(written, expected).first { $0.0 != $0.1 }.map { "\($0.0), expected \($0.1)" }
        #expect(differing == nil)
    }

    /// The same value at two, then four, then no places, one after the
    /// other: kept by value alone it would come back with the wrong places.
    @Test("one value at several places keeps each its own places")
    func placesKeptApart() {
        var table = CSVTable(header: [])
        table.appendRows { output in
            for _ in 0..<3 {
                output.row { cells in
                    cells.fixed(66.66666666666667, places: 2)
                    cells.fixed(66.66666666666667, places: 4)
                    cells.fixed(66.66666666666667, places: 0)
                }
            }
        }
        #expect(table.rendered() == String(repeating: "66.67,66.6667,67\n", count: 3))
    }
}
