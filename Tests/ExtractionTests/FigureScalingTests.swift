import Testing

@testable import Extraction

/// The two look-ups that made extraction quadratic give the answers of the scans they replace
/// (issue 15; `Benchmarks/extraction/scaling.sh` shows the speed, no test times it).
@Suite struct FigureScalingTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The old definition: scan the line's prefix for every suffix, the last name wins.
    static func lastSchoolByScan(_ prefix: [Unicode.Scalar]) -> String? {
        var best: String?
        for suffix in ScopeTracker.schoolSuffixScalars {
            var i = 0
            while i + suffix.count <= prefix.count {
                guard prefix[i..<(i + suffix.count)].elementsEqual(suffix) else {
                    i += 1
                    continue
                }
                var start = i
                while start > 0, DocumentProfile.isHan(prefix[start - 1]), i - start < 14 {
                    start -= 1
                }
                var name = ""
                name.unicodeScalars.append(contentsOf: prefix[start..<(i + suffix.count)])
                if let place = ScopeTracker.placeStart(in: name),
                    !String(name[place...]).hasSuffix("中职学校")
                {
                    best = String(name[place...])
                }
                i += suffix.count
            }
        }
        return best
    }

    @Test func lineSchoolsAgreeWithAScanOfEveryPrefix() {
        let pieces = [
            "深圳市", "第一", "职业技术学校", "中学", "技师学院", "50%", "，", "广州市", "区", "艺术学校", "中职学校",
            "城南", "学校", "县", "技工学校", "职业学校", "中",
        ]
        var random = Seeded(state: 15)
        for _ in 0..<300 {
            var line = ""
            for _ in 0..<Int.random(in: 1...14, using: &random) {
                line += pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }
            let scalars = Array(line.unicodeScalars)
            let schools = LineSchools(scalars[...])
            for cut in 0...scalars.count {
                #expect(
                    schools.last(endingBy: cut) == Self.lastSchoolByScan(Array(scalars[..<cut])),
                    "\(line) cut at \(cut)")
            }
        }
    }

    @Test func theRestatementIndexAgreesWithCheckingEveryFigure() {
        let metrics = ["毕业生人数", "人数", "就业率", "升学率", "在校生", "在校生人数", "率", "专任教师", "教师人数", "校企合作企业"]
        let units: [String?] = ["%", "人", "个", "家", nil]
        let values = [1.0, 50, 98.5, 98.5 + 1e-10, 13812, 0.1 + 0.2, 0.3]
        var random = Seeded(state: 63)
        for _ in 0..<40 {
            var index = RestatementIndex()
            var earlier: [ObservationRecord] = []
            for line in 1...60 {
                let record = ObservationRecord(
                    metric: metrics[Int.random(in: 0..<metrics.count, using: &random)],
                    value: values[Int.random(in: 0..<values.count, using: &random)],
                    unit: units[Int.random(in: 0..<units.count, using: &random)], year: nil,
                    scope: nil, line: line, evidence: nil)
                for overlap in [2, 3] {
                    let scanned = earlier.contains {
                        FigureRecognizer.restates(record, $0, overlap: overlap)
                    }
                    #expect(index.restated(record, overlap: overlap) == scanned, "\(record)")
                }
                index.insert(record)
                earlier.append(record)
            }
        }
    }
}
