import ProgressCore

extension ClassOverview {
  /// The learners grouped by the deck version they last studied: the current version first, then the
  /// others newest first (by the time anyone last studied them), then learners whose sessions recorded
  /// none. Each version is compared with the current one when both are known (`snapshots`).
  static func versionGroups(
    rows: [Row], current: DeckVersion?, snapshots: [DeckSnapshot]
  ) -> [VersionGroup] {
    var byVersion: [DeckVersion: [Row]] = [:]
    var unrecorded: [Row] = []
    for row in rows where row.hasStarted {
      if let version = row.details?.latestVersion {
        byVersion[version, default: []].append(row)
      } else {
        unrecorded.append(row)
      }
    }
    let snapshot = Dictionary(snapshots.map { ($0.version.hash, $0) }) { first, _ in first }
    let currentSnapshot = current.flatMap { snapshot[$0.hash] }
    func lastStudied(_ version: DeckVersion) -> Double {
      (byVersion[version] ?? []).compactMap {
        $0.details?.versions.first { $0.version == version }?.last.timeIntervalSince1970
      }.max() ?? 0
    }
    let versions = byVersion.keys.sorted {
      ($0.hash == current?.hash ? 1 : 0, lastStudied($0), $0.hash)
        > ($1.hash == current?.hash ? 1 : 0, lastStudied($1), $1.hash)
    }
    var groups = versions.map { version in
      VersionGroup(
        version: version, isCurrent: version.hash == current?.hash,
        learners: names(byVersion[version] ?? []),
        changes: version.hash == current?.hash
          ? nil
          : currentSnapshot.flatMap { newer in snapshot[version.hash]?.changes(to: newer) })
    }
    if !unrecorded.isEmpty {
      groups.append(
        VersionGroup(version: nil, isCurrent: false, learners: names(unrecorded), changes: nil))
    }
    return groups
  }

  private static func names(_ rows: [Row]) -> [String] {
    rows.sorted { ($0.name.lowercased(), $0.learner) < ($1.name.lowercased(), $1.learner) }
      .map(\.learner)
  }
}
