/// The words of the annual report itself, in English and Serbian Latin;
/// Serbian Cyrillic by transliteration; other languages fall back to English.
public struct ReportWords: Sendable {
    public let language: String
    private let serbian: Bool
    private let cyrillic: Bool

    public init(language: String) {
        self.language = language
        let lower = language.lowercased()
        cyrillic = lower == "sr-cyrl"
        serbian = ["sr", "sr-latn", "sr-cyrl", "bs", "hr", "cnr"].contains(lower)
    }

    public subscript(_ key: Key) -> String {
        guard serbian else { return key.english }
        let latin = key.serbianLatin
        return cyrillic ? SerbianScript.toCyrillic(latin) : latin
    }

    public enum Key: Sendable, CaseIterable {
        case title, framework, region, allCountries, years, latest, sheets, used, inYearsShown, earlierForDeltas
        case draftExcluded, draftsExcluded, overallRanking, country, score, rating, delta, trend, coverage, regionalMean, median
        case areas, area, mean, best, withheldOrNoData, legend, largestChanges, noChanges, profiles, rank, of
        case strongest, weakest, gapsToMean, changedIndicators, noChangedIndicators, dataQuality, noNotes, method
        case improved, stable, declined, noSheet, withheld, notApplicable
        case methodText, overallScore
        case noteDraft, noteOutsideRegion, noteMinorVersion, noteMissing, noteOverallWithheld, noteAreasWithheld
        case noteLowCoverage
        // The HTML report and the text report's later sections.
        case scoresOverYears, areaScoresAgainstMean, gap, indicator, previousAnswer, newAnswer, year, contents
        case rankingChartText, heatMapText, trendChartText, profileChartText, changesChartText, dataTable
        case yearByYear, notRanked, stableBand, minimumCoverage, aggregation, arithmeticMean, geometricMean
        case ratingCutOffs, points, outsideRegionSummary, annex, seeAnnex, illustrativeNote, madeWith

        var english: String {
            switch self {
            case .title: "Comparison report"
            case .framework: "Framework"
            case .region: "Region"
            case .allCountries: "all countries with sheets"
            case .years: "Years"
            case .latest: "latest"
            case .sheets: "Sheets"
            case .used: "used"
            case .inYearsShown: "in the years shown"
            case .earlierForDeltas: "earlier, for changes only"
            case .draftExcluded: "draft excluded"
            case .draftsExcluded: "drafts excluded"
            case .overallRanking: "Overall ranking"
            case .country: "Country"
            case .score: "Score"
            case .rating: "Rating"
            case .delta: "Change"
            case .trend: "Trend"
            case .coverage: "Coverage"
            case .regionalMean: "Regional mean"
            case .median: "median"
            case .areas: "Scores by area"
            case .area: "Area"
            case .mean: "Mean"
            case .best: "Best"
            case .withheldOrNoData: "- withheld or no data"
            case .legend: "Areas"
            case .largestChanges: "Largest changes since the previous year"
            case .noChanges: "No country has scores for two years yet."
            case .profiles: "Country profiles"
            case .rank: "rank"
            case .of: "of"
            case .strongest: "Strongest areas"
            case .weakest: "Weakest areas"
            case .gapsToMean: "Gap to the regional mean"
            case .changedIndicators: "Indicators whose answer changed"
            case .noChangedIndicators: "none"
            case .dataQuality: "Data quality"
            case .noNotes: "Nothing to note."
            case .method: "Method"
            case .improved: "improved"
            case .stable: "stable"
            case .declined: "declined"
            case .noSheet: "no sheet"
            case .withheld: "withheld"
            case .notApplicable: "not applicable"
            case .overallScore: "Overall score"
            case .noteDraft: "draft left out (use --include-drafts to compare it)"
            case .noteOutsideRegion: "not in the region, left out"
            case .noteMinorVersion: "filled for another version of the instrument, compared as"
            case .noteMissing: "no sheet for"
            case .noteOverallWithheld: "overall score withheld, too little data"
            case .noteAreasWithheld: "area scores withheld for too little data"
            case .noteLowCoverage: "overall coverage only"
            case .scoresOverYears: "Overall score over the years"
            case .areaScoresAgainstMean: "area scores against the regional mean"
            case .gap: "Gap"
            case .indicator: "Indicator"
            case .previousAnswer: "Previous answer"
            case .newAnswer: "New answer"
            case .year: "Year"
            case .contents: "Contents"
            case .rankingChartText:
                "Horizontal bars of each country's overall score, highest first, coloured and labelled by rating; "
                    + "coverage and the change since the previous year are written beside each bar."
            case .heatMapText:
                "Area scores in a grid, areas in rows and countries in columns, the regional mean in the last "
                    + "column; each cell is shaded from dark (low) to yellow (high) and shows its score."
            case .trendChartText:
                "One line per country for its overall score across the years shown, each with its own marker and "
                    + "labelled with the country code at its last point; the dashed black line is the regional mean."
            case .profileChartText:
                "For each area, a filled circle for the country's score and an open diamond for the regional mean; "
                    + "the score and the gap to the mean are written at the right."
            case .changesChartText:
                "The largest changes of overall and area scores since the previous year: rises as bars to the "
                    + "right, falls to the left, each with its signed value."
            case .dataTable: "The chart's data"
            case .yearByYear: "Overall score by year"
            case .notRanked: "not ranked"
            case .stableBand: "stable band"
            case .minimumCoverage: "minimum coverage"
            case .aggregation: "aggregation"
            case .arithmeticMean: "weighted arithmetic mean"
            case .geometricMean: "weighted geometric mean"
            case .ratingCutOffs: "ratings"
            case .points: "points"
            case .outsideRegionSummary: "sheets of countries outside the region left out"
            case .annex: "Annex: answers that changed"
            case .seeAnnex: "see the annex"
            case .illustrativeNote: "sheets of the latest year say their data are illustrative, not an assessment"
            case .madeWith: "Made with Rapporteur from the monitoring sheets listed in the data-quality notes."
            case .methodText:
                "Each answer is scored from 0 to 100 as the instrument defines. Area scores are weighted means of "
                    + "the answered indicators; the overall score is the weighted mean of the areas. Where the "
                    + "answered share of an area's weight (its coverage) is below the instrument's minimum, the "
                    + "score is withheld rather than guessed. Ranks and changes use scores rounded to two decimals; "
                    + "a change smaller than the instrument's stable band counts as stable. Scores measure what the "
                    + "monitoring organisations reported against the standards of CETS 197, Directive 2011/36/EU "
                    + "and the Palermo Protocol; they are not an official assessment."
            }
        }

        var serbianLatin: String {
            switch self {
            case .title: "Uporedni izveštaj"
            case .framework: "Instrument"
            case .region: "Region"
            case .allCountries: "sve zemlje sa listovima"
            case .years: "Godine"
            case .latest: "poslednja"
            case .sheets: "Listovi"
            case .used: "korišćeno"
            case .inYearsShown: "u prikazanim godinama"
            case .earlierForDeltas: "ranijih, samo za promene"
            case .draftExcluded: "nacrt izostavljen"
            case .draftsExcluded: "nacrta izostavljeno"
            case .overallRanking: "Ukupni poredak"
            case .country: "Zemlja"
            case .score: "Ocena"
            case .rating: "Stepen"
            case .delta: "Promena"
            case .trend: "Kretanje"
            case .coverage: "Pokriv."
            case .regionalMean: "Regionalni prosek"
            case .median: "medijana"
            case .areas: "Ocene po oblastima"
            case .area: "Oblast"
            case .mean: "Prosek"
            case .best: "Najbolja"
            case .withheldOrNoData: "- uskraćeno ili nema podataka"
            case .legend: "Oblasti"
            case .largestChanges: "Najveće promene u odnosu na prethodnu godinu"
            case .noChanges: "Nijedna zemlja još nema ocene za dve godine."
            case .profiles: "Profili zemalja"
            case .rank: "mesto"
            case .of: "od"
            case .strongest: "Najjače oblasti"
            case .weakest: "Najslabije oblasti"
            case .gapsToMean: "Odstupanje od regionalnog proseka"
            case .changedIndicators: "Indikatori sa promenjenim odgovorom"
            case .noChangedIndicators: "nema"
            case .dataQuality: "Kvalitet podataka"
            case .noNotes: "Nema napomena."
            case .method: "Metod"
            case .improved: "poboljšanje"
            case .stable: "bez promene"
            case .declined: "pogoršanje"
            case .noSheet: "nema lista"
            case .withheld: "uskraćeno"
            case .notApplicable: "ne primenjuje se"
            case .overallScore: "Ukupna ocena"
            case .noteDraft: "nacrt izostavljen (sa --include-drafts se uključuje)"
            case .noteOutsideRegion: "nije u regionu, izostavljeno"
            case .noteMinorVersion: "popunjeno za drugu verziju instrumenta, poređeno kao"
            case .noteMissing: "nema lista za"
            case .noteOverallWithheld: "ukupna ocena uskraćena, premalo podataka"
            case .noteAreasWithheld: "ocene oblasti uskraćene zbog premalo podataka"
            case .noteLowCoverage: "ukupna pokrivenost samo"
            case .scoresOverYears: "Ukupna ocena kroz godine"
            case .areaScoresAgainstMean: "ocene oblasti u odnosu na regionalni prosek"
            case .gap: "Odstupanje"
            case .indicator: "Indikator"
            case .previousAnswer: "Prethodni odgovor"
            case .newAnswer: "Novi odgovor"
            case .year: "Godina"
            case .contents: "Sadržaj"
            case .rankingChartText:
                "Vodoravne trake ukupne ocene svake zemlje, od najviše, obojene i označene prema stepenu; "
                    + "pored svake trake su pokrivenost i promena u odnosu na prethodnu godinu."
            case .heatMapText:
                "Ocene oblasti u mreži, oblasti u redovima i zemlje u kolonama, regionalni prosek u poslednjoj "
                    + "koloni; svako polje je osenčeno od tamnog (nisko) do žutog (visoko) i prikazuje ocenu."
            case .trendChartText:
                "Po jedna linija za ukupnu ocenu svake zemlje kroz prikazane godine, svaka sa svojim znakom i "
                    + "oznakom zemlje na poslednjoj tački; isprekidana crna linija je regionalni prosek."
            case .profileChartText:
                "Za svaku oblast, pun krug za ocenu zemlje i prazan romb za regionalni prosek; ocena i "
                    + "odstupanje od proseka su napisani desno."
            case .changesChartText:
                "Najveće promene ukupnih ocena i ocena oblasti u odnosu na prethodnu godinu: rast kao traka "
                    + "udesno, pad ulevo, svaka sa vrednošću i predznakom."
            case .dataTable: "Podaci grafikona"
            case .yearByYear: "Ukupna ocena po godinama"
            case .notRanked: "nije rangirano"
            case .stableBand: "prag stabilnosti"
            case .minimumCoverage: "minimalna pokrivenost"
            case .aggregation: "agregacija"
            case .arithmeticMean: "ponderisana aritmetička sredina"
            case .geometricMean: "ponderisana geometrijska sredina"
            case .ratingCutOffs: "stepeni"
            case .points: "poena"
            case .outsideRegionSummary: "listova zemalja izvan regiona izostavljeno"
            case .annex: "Prilog: promenjeni odgovori"
            case .seeAnnex: "vidi prilog"
            case .illustrativeNote: "listova poslednje godine navodi da su podaci ilustrativni, a ne procena"
            case .madeWith: "Izrađeno Rapporteur-om iz listova praćenja navedenih u napomenama o kvalitetu podataka."
            case .methodText:
                "Svaki odgovor se ocenjuje od 0 do 100 kako instrument propisuje. Ocena oblasti je ponderisani "
                    + "prosek odgovorenih indikatora, a ukupna ocena ponderisani prosek oblasti. Kada je odgovoreni "
                    + "deo pondera oblasti (pokrivenost) ispod minimuma instrumenta, ocena se uskraćuje umesto da se "
                    + "nagađa. Poredak i promene koriste ocene zaokružene na dve decimale; promena manja od praga "
                    + "stabilnosti instrumenta smatra se stabilnom. Ocene mere ono što su organizacije koje prate "
                    + "stanje izvestile u odnosu na standarde Konvencije Saveta Evrope (CETS 197), Direktive "
                    + "2011/36/EU i Protokola iz Palerma; one nisu zvanična procena."
            }
        }
    }
}
