import Foundation
import QueryResults
import RDF
import Testing

@testable import Datalog

/// The explainer finds its matches with the executor's loops, so every derived tuple has a
/// proof: a rule with a body is never shown without the facts it rests on.
@Suite struct ExplainerAgreementTests {
    /// Whether every rule node with a non-empty body has children, down the whole tree.
    static func complete(_ proof: Proof, _ program: CheckedProgram) -> Bool {
        if case .rule(let id, _) = proof.kind, !program.rules[id].body.isEmpty,
            proof.children.isEmpty
        {
            return false
        }
        return proof.children.allSatisfy { complete($0, program) }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func everyDerivedTupleHasAProof(seed: UInt64) throws {
        let graph = RandomGraphs.graph(seed: seed, nodes: 15, edges: 30)
        let program = try QueryDriver.check(RandomGraphs.program, file: "random.dl")
        let evaluation = Evaluation(
            program: program, facts: graph, options: EvaluationOptions(trackProvenance: true))
        try evaluation.run()
        let explainer = Explainer(
            evaluation: evaluation, facts: graph,
            formatter: ResultFormatter(prefixes: program.prefixes))
        var explained = 0
        for name in ["path", "sg", "notsym", "deg", "unreached", "both", "fan", "mx"] {
            let id = try #require(program.relation(named: name))
            for row in 0..<evaluation.relations[id].count {
                let tuple = evaluation.relations[id].tuple(row)
                let proof = try #require(explainer.explain(id, tuple), "\(name) \(tuple)")
                #expect(
                    ExplainerAgreementTests.complete(proof, program),
                    "\(name) \(tuple): a rule without the facts it rests on")
                explained += 1
            }
        }
        #expect(explained > 50)
    }
}
