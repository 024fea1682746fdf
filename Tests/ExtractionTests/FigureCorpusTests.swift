import Foundation
import RDF
import Testing

@testable import Extraction
@testable import Trace

/// The recognisers on the corpus: scorer bars on the gold files, verified quotes, and the statuses of
/// tasks checked by hand against the texts. Skipped when `../shared/corpus` is absent.
@Suite(.enabled(if: FigureTestSupport.hasCorpus, "../shared/corpus is absent"))
struct FigureCorpusTests {
    /// The values of a gold or predicted entry, as `score.py` compares them (a range is a pair).
    static func values(_ any: Any?) -> [Double]? {
        if let n = any as? NSNumber { return [n.doubleValue] }
        if let list = any as? [Any] { return list.compactMap { ($0 as? NSNumber)?.doubleValue } }
        return nil
    }

    /// `score.py`'s greedy one-to-one match: equal value (or same list and task number when both have
    /// no value) and a line within `window`. Returns (true positives, predicted, gold).
    static func score(gold: [[String: Any]], predicted: [[String: Any]], window: Int) -> (
        Int, Int, Int
    ) {
        var used = Set<Int>()
        var tp = 0
        for p in predicted {
            for (i, g) in gold.enumerated() where !used.contains(i) {
                let pv = values(p["value"])
                let gv = values(g["value"])
                var same: Bool
                if pv == nil && gv == nil {
                    let pn = p["task_no"] as? Int
                    same =
                        pn != nil && pn == (g["task_no"] as? Int)
                        && (p["list"] as? String) == (g["list"] as? String)
                } else if let pv, let gv, pv.count == gv.count {
                    same = zip(pv, gv).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) }
                } else {
                    same = false
                }
                let pl = p["line"] as? Int ?? 0
                let gl = g["line"] as? Int ?? 0
                if same && abs(pl - gl) <= window {
                    used.insert(i)
                    tp += 1
                    break
                }
            }
        }
        return (tp, predicted.count, gold.count)
    }

    func entries(_ key: String, goldFile: String, document prefix: String) throws -> (
        gold: [[String: Any]], predicted: [[String: Any]]
    ) {
        let goldData = try Data(contentsOf: FigureTestSupport.gold.appendingPathComponent(goldFile))
        let gold = try #require(try JSONSerialization.jsonObject(with: goldData) as? [String: Any])
        let report = FigureRecognizer().report(for: try FigureTestSupport.corpusDocument(prefix))
        let predicted = try #require(
            try JSONSerialization.jsonObject(with: Data(FigureTestSupport.json(report).utf8))
                as? [String: Any])
        return (gold[key] as? [[String: Any]] ?? [], predicted[key] as? [[String: Any]] ?? [])
    }

    @Test func observationsOfTheShenzhenReport() throws {
        let (gold, predicted) = try entries("observations", goldFile: "000.json", document: "000")
        let (tp, npred, ngold) = Self.score(gold: gold, predicted: predicted, window: 3)
        let recall = Double(tp) / Double(ngold)
        let precision = Double(tp) / Double(npred)
        #expect(recall >= 0.90, "observations recall \(recall) (\(tp)/\(ngold))")
        #expect(precision >= 0.85, "observations precision \(precision) (\(tp)/\(npred))")
    }

    @Test func targetsOfTheShenzhenPolicy() throws {
        let (gold, predicted) = try entries("targets", goldFile: "003.json", document: "003")
        let (tp, _, ngold) = Self.score(gold: gold, predicted: predicted, window: 2)
        let recall = Double(tp) / Double(ngold)
        #expect(recall >= 0.90, "targets recall \(recall) (\(tp)/\(ngold))")
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func quotesAreVerbatim(_ prefix: String) throws {
        let document = try FigureTestSupport.corpusDocument(prefix)
        let report = FigureRecognizer().report(for: document)
        for o in report.observations {
            let (start, end) = (try #require(o.start), try #require(o.end))
            #expect(document.slice(start, end) == o.evidence, "\(o.metric) line \(o.line)")
            #expect(start < end)
        }
        for t in report.targets {
            let (start, end) = (try #require(t.start), try #require(t.end))
            #expect(document.slice(start, end) == t.evidence, "\(t.metric ?? "") line \(t.line)")
            #expect(
                document.line(at: start) <= t.line
                    && t.line <= document.line(at: max(start, end - 1)))
        }
    }

    @Test func everyTaskOfEveryListIsRead() throws {
        let policy = FigureRecognizer().report(for: try FigureTestSupport.corpusDocument("003"))
        func tasks(_ list: String) -> Set<Int> {
            Set(policy.targets.filter { $0.list == list }.compactMap(\.taskNo))
        }
        #expect(tasks("教育部支持政策清单") == Set(1...5))
        #expect(tasks("广东省支持政策清单") == Set(1...8))
        #expect(tasks("深圳市工作任务清单") == Set(1...54))
        let plan = FigureRecognizer().report(for: try FigureTestSupport.corpusDocument("004"))
        let rows = plan.targets.filter { $0.list == "广东省工作任务清单" }
        #expect(Set(rows.compactMap(\.taskNo)) == Set(1...18))
        // Row 10's 责任单位 runs over a page break (…省人力资源社会保 | 健康委…).
        let row10 = try #require(rows.first { $0.taskNo == 10 })
        #expect(row10.lead == ["广东省教育厅"])
        #expect(row10.responsible.contains("各地级以上市人民政府"))
    }

    /// A task (or body goal, list "") whose status was checked by hand, with the quotes it rests on.
    struct HandChecked: Sendable, CustomStringConvertible {
        var list: String
        var taskNo: Int?
        var metric: String
        var status: TraceStatus
        var observed: Double?
        /// The policy text and, where there is one, the report text the status rests on.
        var quotes: [String]
        var description: String { "\(list) \(taskNo.map(String.init) ?? "body") \(metric)" }
    }

    static let handChecked: [HandChecked] = [
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 32, metric: "产教融合型企业", status: .met, observed: 102,
            quotes: ["003:162 培育50家以上产教融合型企业", "000:230 认定102家产教融合型企业"]),
        HandChecked(
            list: "", taskNo: nil, metric: "专业课教师中“双师型”教师比例", status: .notMet, observed: 49,
            quotes: ["003:31 专业课教师中“双师型”教师比例不低于80%", "000:316 “双师型”教师比例由2024年的31.9%上升到49%"]),
        HandChecked(
            list: "", taskNo: nil, metric: "特色产业学院", status: .notComparable, observed: 47,
            quotes: [
                "003:29 高职院校每个专业群联合世界一流企业或行业领军企业建设1所特色产业学院 (a per-group goal, in 所)",
                "000:230 全市高校与龙头企业共建47个特色产业学院 (a city total, in 个)",
            ]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 32, metric: "示范性特色产业学院", status: .noData, observed: nil,
            quotes: ["003:162 支持建设10个示范性特色产业学院", "000 reports 特色产业学院 in general, not 示范性 ones"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 32, metric: "现代学徒中心（左右）", status: .noData, observed: nil,
            quotes: ["003:162 建设50个左右现代学徒中心", "000:866 counts 现代学徒制专业, not centres"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 1, metric: "卓越名师工作室", status: .noData, observed: nil,
            quotes: ["003:123 建设 20 个卓越名师工作室", "no report counts 卓越名师工作室"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 5, metric: "国家级优质中职学校", status: .noData, observed: nil,
            quotes: ["003:127 创建 6—8 所国家级优质中职学校", "000:286 counts 国家示范院校 (another programme)"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 11, metric: "一流专业群", status: .noData, observed: nil,
            quotes: ["003:135 建设10—15个一流专业群", "000:322 专业群数量 29 counts all groups, not 一流 ones"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 15, metric: "教师培养培训基地", status: .noData, observed: nil,
            quotes: ["003:141 支持校企共建10个教师培养培训基地"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 19, metric: "建成5G智慧校园的职业学校比例", status: .noData,
            observed: nil, quotes: ["003:145 全部职业学校建成5G智慧校园"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 48, metric: "累计投入", status: .noData, observed: nil,
            quotes: ["003:184 计划到2022年累计投入100亿元支持职业教育发展", "no report gives the cumulative spend"]),
        HandChecked(
            list: "深圳市工作任务清单", taskNo: 45, metric: "职业教育培训中心（左右）", status: .noData, observed: nil,
            quotes: ["003:181 布局设立10个左右职业教育培训中心"]),
        HandChecked(
            list: "广东省支持政策清单", taskNo: 3, metric: "国家级优质中职学校", status: .noData, observed: nil,
            quotes: ["003:109 支持深圳创建6—8所国家级优质中职学校"]),
    ]

    /// The trace of 003 against the three quality reports (Guangzhou's and Jiangmen's figures are for
    /// other regions and must not be linked).
    static func corpusTrace() throws -> TraceReport {
        var figures = FigureGraph()
        let recognizer = FigureRecognizer()
        for prefix in ["000", "001", "002", "003"] {
            let document = try FigureTestSupport.corpusDocument(prefix)
            figures.add(document, report: recognizer.report(for: document))
        }
        figures.link()
        return TraceReport(graph: figures.graph, policy: "003")
    }

    @Test func handCheckedStatuses() throws {
        let trace = try Self.corpusTrace()
        for check in Self.handChecked {
            let row = try #require(
                trace.rows.first {
                    $0.list == check.list && $0.taskNo == check.taskNo && $0.metric == check.metric
                },
                "\(check)")
            #expect(row.status == check.status, "\(check): \(check.quotes)")
            #expect(row.observed == check.observed, "\(check)")
            if check.observed != nil { #expect(row.observedSource?.hasPrefix("000_") == true) }
        }
        // Responsible units of task 32, resolved to full names.
        let task32 = try #require(trace.rows.first { $0.taskNo == 32 && $0.list == "深圳市工作任务清单" })
        #expect(task32.responsible == ["深圳市教育局", "深圳市发展改革委", "深圳市人力资源保障局", "区政府"])
    }

    @Test func observationsOfOtherRegionsAreNotLinked() throws {
        let trace = try Self.corpusTrace()
        #expect(trace.rows.allSatisfy { $0.observedSource.map { $0.hasPrefix("000_") } ?? true })
    }
}
