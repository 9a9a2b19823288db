// swift-tools-version: 6.1
import PackageDescription

// Coverage-guided fuzz targets for Recall's hand-optimised readers, each holding a fast path to its reference
// (docs/fuzzing.md). A package of its own so that the main one stays free of libFuzzer: build and run them
// with `Scripts/fuzz.sh`, which builds every module with the address sanitizer and coverage for libFuzzer.

/// The package above, Recall's own, as SwiftPM names a package it finds by path: after its folder, which
/// is whatever the clone is called.
let recall = (Context.packageDirectory.split(separator: "/").dropLast().last ?? "recall")
  .lowercased()
let support: Target.Dependency = .product(name: "TestSupport", package: recall)
/// libFuzzer's entry points (the toolchain's `libclang_rt.fuzzer_no_main`, linked by `Scripts/fuzz.sh`).
let driver: Target.Dependency = "CLibFuzzer"

let package = Package(
  name: "RecallFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .systemLibrary(name: "CLibFuzzer"),
    // The progress reader and its line scanner, against the reference reader and the general parser.
    .executableTarget(
      name: "progress-reader", dependencies: [driver, support], path: "Sources/ProgressReaderFuzzer"
    ),
    // The YAML reader, against Yams' composition.
    .executableTarget(
      name: "yaml-reader", dependencies: [driver, support], path: "Sources/YAMLReaderFuzzer"),
  ],
  swiftLanguageModes: [.v6]
)
