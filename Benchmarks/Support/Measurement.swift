import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the benchmark executables measure with, written once.

/// The seconds in `duration`.
public func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Peak resident memory of this process, in MiB.
///
/// Read from `VmHWM` in /proc/self/status, the high-water mark of this program's own memory: on Linux
/// `getrusage`'s `ru_maxrss` survives `exec` and so would include the peak of the process that started this
/// one (a benchmark that writes a 139 MiB file before starting a child to read it), which is not the child's.
/// `ru_maxrss` only where /proc cannot be read.
public func peakMemory() -> Double {
  if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
  {
    return kilobytes / 1024
  }
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}
