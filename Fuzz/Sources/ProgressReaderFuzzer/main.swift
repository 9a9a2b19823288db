import CLibFuzzer
import Foundation
import TestSupport

// libFuzzer calls back with each input it makes: the input is read as a progress file and line by line, and
// every fast path must give what its reference gives. A disagreement stops the run with the input saved, as
// a crash would.
var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argumentCount, &arguments) { start, count in
    let bytes = UnsafeBufferPointer(start: start, count: start == nil ? 0 : count)
    if let mismatch = ProgressReaderDifferential.mismatch(in: bytes) {
      fatalError("MISMATCH: \(mismatch)")
    }
    return 0
  })
