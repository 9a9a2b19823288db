import CLibFuzzer
import Foundation
import TestSupport

// libFuzzer calls back with each input it makes (some changed by `mutateDeck`): the input, as UTF-8 text,
// must compose to the tree or the diagnostic that Yams gives. A disagreement stops the run with the input
// saved, as a crash would.
var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
  LLVMFuzzerRunDriver(&argumentCount, &arguments) { start, count in
    let bytes = UnsafeBufferPointer(start: start, count: start == nil ? 0 : count)
    if let mismatch = YamsReference.mismatch(in: String(decoding: bytes, as: UTF8.self)) {
      fatalError("MISMATCH: \(mismatch)")
    }
    return 0
  })
