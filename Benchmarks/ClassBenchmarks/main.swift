import BenchmarkSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The class benchmark (issue 18): build `recall` and `class-benchmarks` as docs/performance.md says (release,
/// `--static-swift-stdlib`), then `.build/release/class-benchmarks [LEARNERS…]` (run from the repository).
///
/// Writes the demo class (Scripts/demo-progress.py: three learners, five weeks) replicated to 1,000 and
/// 10,000 learners in a temporary folder, then runs `recall class --json` on each, each run in a fresh
/// process: three times with an empty summary cache (the class first seen, or every file changed), then three
/// times with the cache those runs kept (the class seen again), and prints for each the best wall time with
/// its CPU time and the peak memory of `recall`.
/// `RECALL_BINARY=path` measures another build of `recall` (an older one, for before and after).

let arguments = CommandLine.arguments
// The `recall` built beside this benchmark, or another build to compare with (RECALL_BINARY=path).
let recall =
  ProcessInfo.processInfo.environment["RECALL_BINARY"]
  ?? URL(fileURLWithPath: arguments[0]).resolvingSymlinksInPath()
  .deletingLastPathComponent().appendingPathComponent("recall").path
// The class seen in the evening of its last study day, after every learner's last answer (a summary of a
// history with answers after the moment seen leaves them out, and is not kept).
let environment = ["RECALL_NOW": "2026-11-25T18:00:00Z", "TZ": "UTC", "NO_COLOR": "1"]

// Child mode: run `recall ARGS…` and print "wall cpu peakMiB floorMiB". The child's peak comes from
// `getrusage(RUSAGE_CHILDREN)`: Linux counts in it the memory of this process at the moment `recall` is
// started (the floor, printed too), so this small process starts it rather than the one that wrote the
// class.
if arguments.count > 2, arguments[1] == "measure" {
  let floor = peakMemory()
  let process = Process()
  process.executableURL = URL(fileURLWithPath: arguments[2])
  process.arguments = Array(arguments.dropFirst(3))
  process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
  process.standardOutput = FileHandle.nullDevice
  let clock = ContinuousClock()
  let start = clock.now
  try process.run()
  process.waitUntilExit()
  let wall = seconds(clock.now - start)
  var usage = rusage()
  getrusage(RUSAGE_CHILDREN.rawValue, &usage)
  let cpu =
    Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
  print(
    String(
      format: "%.3f %.3f %.1f %.1f %d", wall, cpu, Double(usage.ru_maxrss) / 1024, floor,
      process.terminationStatus))
  exit(0)
}

guard FileManager.default.isExecutableFile(atPath: recall) else {
  print("build recall first: swift build -c release --product recall (looked for \(recall))")
  exit(1)
}
let sizes = arguments.dropFirst().compactMap { Int($0) }
let classSizes = sizes.isEmpty ? [1_000, 10_000] : sizes
let folder = NSTemporaryDirectory() + "recall-class-bench"
try? FileManager.default.removeItem(atPath: folder)
defer {
  if ProcessInfo.processInfo.environment["RECALL_BENCH_KEEP"] == nil {
    try? FileManager.default.removeItem(atPath: folder)
  }
}

/// Runs `executable` with `arguments` and returns its standard output.
func run(
  _ executable: String, _ arguments: [String], environment extra: [String: String] = [:]
) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
  let pipe = Pipe()
  process.standardOutput = pipe
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return String(decoding: data, as: UTF8.self)
}

// The demo class, written once: three learners' files to copy.
let demo = folder + "/demo"
_ = try run("/usr/bin/env", ["python3", "Scripts/demo-progress.py", demo, "--recall", recall])
let templates = try FileManager.default.contentsOfDirectory(atPath: demo).sorted().map {
  name -> (name: String, header: [String: Any], rest: Data) in
  let data = try Data(contentsOf: URL(fileURLWithPath: "\(demo)/\(name)/calcinosis-cutis.jsonl"))
  let newline = data.firstIndex(of: 10) ?? data.endIndex
  let header = try JSONSerialization.jsonObject(with: data[..<newline]) as? [String: Any] ?? [:]
  return (name, header, data[newline...])
}

/// The demo class (`templates`) copied to `count` learners (`ana-00000`, `ben-00001`, …), each file's header naming its
/// learner; returns the folder, the number of events and the bytes written.
func writeClass(
  _ count: Int, from templates: [(name: String, header: [String: Any], rest: Data)]
) throws -> (path: String, events: Int, bytes: Int) {
  let path = "\(folder)/class-\(count)"
  var events = 0
  var bytes = 0
  for index in 0..<count {
    let template = templates[index % templates.count]
    let learner = String(format: "%@-%05d", template.name, index)
    var header = template.header
    header["learner"] = learner
    var data = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
    data.append(template.rest)
    let directory = "\(path)/\(learner)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: "\(directory)/calcinosis-cutis.jsonl"))
    events += template.rest.reduce(0) { $1 == 10 ? $0 + 1 : $0 } - 1
    bytes += data.count
  }
  return (path, events, bytes)
}

print(
  "recall class --json on the demo class replicated (best of 3 runs; CPU is user + system): first "
    + "seen with an empty cache, then seen again with the cache those runs kept")
/// Runs `recall class --json` on `path` with its summary cache in `cache`: wall, CPU, peak and floor.
func measure(_ path: String, cache: String) throws -> (
  wall: Double, cpu: Double, peak: Double, floor: Double
) {
  let fields = try run(
    arguments[0], ["measure", recall, "class", "--progress-dir", path, "--json"],
    environment: ["RECALL_CACHE_DIR": cache]
  ).split(separator: " ").compactMap {
    Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
  }
  guard fields.count == 5, fields[4] == 0 else {
    print("recall class failed on \(path)")
    exit(1)
  }
  return (fields[0], fields[1], fields[2], fields[3])
}
for size in classSizes {
  let (path, events, bytes) = try writeClass(size, from: templates)
  let cache = "\(folder)/cache-\(size)"
  var cold: [(wall: Double, cpu: Double, peak: Double, floor: Double)] = []
  for _ in 0..<3 {
    try? FileManager.default.removeItem(atPath: cache)
    cold.append(try measure(path, cache: cache))
  }
  var warm: [(wall: Double, cpu: Double, peak: Double, floor: Double)] = []
  for _ in 0..<3 { warm.append(try measure(path, cache: cache)) }
  for (label, runs) in [("first seen", cold), ("seen again", warm)] {
    let best = runs.min { $0.wall < $1.wall } ?? (0, 0, 0, 0)
    print(
      String(
        format:
          "%6d learners, %.2f M events, %.0f MiB, %@: %.3f s wall, %.3f s CPU, peak %.0f MiB (floor %.0f MiB)",
        size, Double(events) / 1e6, Double(bytes) / 1_048_576, label, best.wall, best.cpu,
        runs.map(\.peak).max() ?? 0, best.floor))
  }
  // RECALL_BENCH_KEEP=1 keeps the class (in $TMPDIR/recall-class-bench) to profile `recall class` on it.
  if ProcessInfo.processInfo.environment["RECALL_BENCH_KEEP"] == nil {
    try? FileManager.default.removeItem(atPath: path)
  }
}
