/// Tarjan's strongly connected components, iteratively.
enum StronglyConnected {
    /// Components in dependency order: a component comes after every component it reaches.
    static func components(count n: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in 0..<n where index[root] < 0 {
            var work: [(Int, [Int], Int)] = [(root, successors(root), 0)]
            index[root] = counter
            low[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while !work.isEmpty {
                let (v, next, position) = work[work.count - 1]
                if position < next.count {
                    work[work.count - 1].2 += 1
                    let w = next[position]
                    if index[w] < 0 {
                        index[w] = counter
                        low[w] = counter
                        counter += 1
                        stack.append(w)
                        onStack[w] = true
                        work.append((w, successors(w), 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    work.removeLast()
                    if let parent = work.last { low[parent.0] = min(low[parent.0], low[v]) }
                    if low[v] == index[v] {
                        var component: [Int] = []
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component.append(w)
                            if w == v { break }
                        }
                        result.append(component.sorted())
                    }
                }
            }
        }
        return result
    }
}
