import Foundation
import Testing

/// `recall class` keeps the figures it worked out (ClassViewCache) and shows them again while no progress
/// file has changed and the time since moves no figure: what it shows is always what reading every file
/// afresh shows.
extension ReportCommandsTests {
  /// `recall class` on the mini class with its cache in `cache`, at `now`.
  func classView(
    _ cache: String, now: String = "2026-11-25T10:00:00Z", json: Bool = false
  ) throws -> (status: Int32, out: String, err: String) {
    try recall(
      ["class", "--deck", deck, "--progress-dir", progress] + (json ? ["--json"] : []),
      environment: ["RECALL_CACHE_DIR": cache, "RECALL_NOW": now])
  }

  @Test("a class seen again shows what it showed, from the cache, and a changed file is read again")
  func classSeenAgain() throws {
    let (a, _, _) = try writeClass()
    let cache = folder + "/cache"
    let first = try classView(cache, json: true)
    #expect(first.status == 0, "\(first.err)")
    let kept = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(kept.count == 1 && kept[0].hasSuffix(".json"))
    let entry = try FileManager.default.attributesOfItem(atPath: cache + "/" + kept[0])
    #expect(try classView(cache, json: true).out == first.out)
    // Shown from the entry, which is not written again (a rewrite is a new file: a new inode).
    let reread = try FileManager.default.attributesOfItem(atPath: cache + "/" + kept[0])
    #expect(
      (reread[.systemFileNumber] as? NSNumber) == (entry[.systemFileNumber] as? NSNumber))
    let text = try classView(cache).out
    #expect(try text == classView(folder + "/empty").out)

    // Ben answers again: his file changes, and the view counts the new review.
    let ben = progress + "/ben/drugs.jsonl"
    let handle = try #require(FileHandle(forWritingAtPath: ben))
    handle.seekToEndOfFile()
    handle.write(Data((review("2026-11-25T09:30:00.000Z", a, 3) + "\n").utf8))
    try handle.close()
    let after = try classView(cache, json: true)
    let fresh = try classView(folder + "/fresh", json: true)
    #expect(after.out != first.out)
    #expect(after.out == fresh.out)
  }

  @Test(
    "the cache is not used across study days, before it was made, or when it is damaged",
    arguments: ["2026-11-26T10:00:00Z", "2026-11-25T09:59:00Z", "damaged"])
  func classCacheLimits(when: String) throws {
    _ = try writeClass()
    let cache = folder + "/cache"
    _ = try classView(cache)
    var now = when
    if when == "damaged" {
      now = "2026-11-25T10:00:00Z"
      for name in try FileManager.default.contentsOfDirectory(atPath: cache) {
        try "{\"key\":".write(toFile: cache + "/" + name, atomically: true, encoding: .utf8)
      }
    }
    // A moment before the figures were made may leave out answers they counted.
    let seen = try classView(cache, now: now, json: true)
    let fresh = try classView(folder + "/fresh", now: now, json: true)
    #expect(seen.status == 0, "\(seen.err)")
    #expect(seen.out == fresh.out)
  }

  @Test("warnings reading the files gave are given again when the figures come from the cache")
  func classCacheWarnings() throws {
    let (a, _, _) = try writeClass()
    let file = progress + "/chloe/drugs.jsonl"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try (text + review("2026-11-25T09:40:00.000Z", a, 3).prefix(30)).write(
      toFile: file, atomically: true, encoding: .utf8)
    let cache = folder + "/cache"
    let first = try classView(cache)
    #expect(first.err.contains("a cut-off last line was left out"))
    let again = try classView(cache)
    #expect(again.err == first.err && again.out == first.out)
  }
}
