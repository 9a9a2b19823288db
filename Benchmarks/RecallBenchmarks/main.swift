import BenchmarkSupport
import Cards
import Foundation
import Knowledge

/// Recall's benchmarks: run with `swift run -c release recall-benchmarks` (release build only; the figures
/// are printed, never asserted). Each measurement takes the best of a few runs: the wall-clock time, and the
/// processor time of all threads in that run (a steadier figure when other work shares the machine).
func measure(_ label: String, runs: Int = 3, _ body: () throws -> Void) rethrows -> Duration {
  var best = Duration.seconds(1_000)
  var bestCPU = 0.0
  for _ in 0..<runs {
    let clock = ContinuousClock()
    let cpuStart = processorSeconds()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    if elapsed < best {
      best = elapsed
      bestCPU = processorSeconds() - cpuStart
    }
  }
  print(String(format: "%-44@ %8.3f s  (cpu %.3f s)", label as NSString, seconds(best), bestCPU))
  return best
}

/// Processor time used so far by every thread of the process.
func processorSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

#if DEBUG
  print("warning: a debug build; run `swift run -c release recall-benchmarks` for real figures")
#endif

// RECALL_BENCH_SCALE=0.2 runs a fifth of the model, for quick comparisons while optimising.
let scale = ProcessInfo.processInfo.environment["RECALL_BENCH_SCALE"].flatMap(Double.init) ?? 1
let model = SyntheticModel(entities: Int(10_000 * scale), facts: Int(50_000 * scale))
let yaml = model.yaml()
// A path as long as a real one: a name under 16 bytes is stored inline, and every location would then hold it
// without the reference counting a real path costs.
let benchFile = "Decks/synthetic-benchmark-model.yaml"
// RECALL_BENCH_DUMP=DIR writes every output for a few decks instead of timing (see OutputDump).
if let directory = ProcessInfo.processInfo.environment["RECALL_BENCH_DUMP"] {
  try OutputDump.write(to: directory, benchmarkYAML: yaml)
  exit(0)
}

print(
  "synthetic model: \(model.entities) entities, \(model.facts) facts, \(yaml.utf8.count / 1024) KiB of YAML"
)

// RECALL_BENCH_ONLY=load|generate|lint times one step, for profiling it with `perf record`.
let only = ProcessInfo.processInfo.environment["RECALL_BENCH_ONLY"]
func runs(_ step: String) -> Bool { only == nil || only == step }

var deck: Deck?
_ = try measure("load + validate (YAML → Deck)", runs: runs("load") ? 3 : 1) {
  deck = try DeckLoader.load(yaml: yaml, file: benchFile, deckID: "synthetic")
}
guard let deck else { fatalError("the synthetic deck did not load") }

if runs("generate") {
  var cardCount = 0
  _ = measure("generate every card") {
    cardCount = CardGenerator(deck: deck).generate().count
  }
  print("  \(cardCount) cards")
}

if runs("lint") {
  var diagnostics = 0
  // The loaded model, as generation above is measured, and the file as `recall deck lint` reads it.
  _ = measure("lint the loaded model (card checks)") {
    diagnostics = DeckLinter.lint(deck).count
  }
  print("  \(diagnostics) diagnostics")
  _ = try measure("lint the file (load + validate + card checks)") {
    let result = try DeckLoader.diagnose(yaml: yaml, file: benchFile, deckID: "synthetic")
    diagnostics = result.diagnostics.count + (result.deck.map { DeckLinter.lint($0).count } ?? 0)
  }
  print("  \(diagnostics) diagnostics")
}
