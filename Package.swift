// swift-tools-version: 6.1
import PackageDescription

// Recall builds and runs on Linux only: it calls glibc (behind the `Platform` target) and GNU readline.
#if !os(Linux)
  #error("Recall builds on Linux only (glibc and GNU readline); see README.md")
#endif

/// Settings shared by every Swift target (the language mode, Swift 6, is set once at the bottom).
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "Recall",
  products: [
    .executable(name: "recall", targets: ["recall"]),
    // For the fuzz targets in `Fuzz/`, a package of their own built with libFuzzer: the fast paths held to
    // their references (docs/fuzzing.md). Not an API.
    .library(name: "TestSupport", targets: ["TestSupport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    // The pure core: values in, values out. `Utilities` holds what several modules share (seeded
    // randomness, stable hashes, text helpers) and depends on nothing.
    .target(name: "Utilities", swiftSettings: swiftSettings),
    .target(
      name: "Knowledge",
      dependencies: ["Utilities", .product(name: "Yams", package: "Yams")],
      swiftSettings: swiftSettings),
    .target(name: "Cards", dependencies: ["Knowledge", "Utilities"], swiftSettings: swiftSettings),
    .target(name: "Scheduling", dependencies: ["Utilities"], swiftSettings: swiftSettings),
    // Progress events, their JSON Lines codec and their replay into card states.
    .target(
      name: "ProgressCore", dependencies: ["Scheduling", "Utilities"], swiftSettings: swiftSettings),
    .target(
      name: "Study", dependencies: ["Cards", "Scheduling", "ProgressCore", "Utilities"],
      swiftSettings: swiftSettings),
    .target(
      name: "Reports",
      dependencies: ["Knowledge", "Cards", "Scheduling", "ProgressCore", "Utilities"],
      swiftSettings: swiftSettings),

    // The edges: files and the terminal. Every C library call (but readline's) is in `Platform`.
    .target(name: "Platform", swiftSettings: swiftSettings),
    .target(
      name: "ProgressStore", dependencies: ["ProgressCore", "Platform", "Utilities"],
      swiftSettings: swiftSettings),
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .target(
      name: "Terminal",
      dependencies: ["CReadline", "Study", "ProgressCore", "Platform", "Utilities"],
      swiftSettings: swiftSettings),
    .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
    .target(
      name: "Interop",
      dependencies: [
        "Knowledge", "Cards", "CSQLite", "Platform", "Utilities",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: swiftSettings),

    // The executable: command-line parsing and wiring only.
    .executableTarget(
      name: "recall",
      dependencies: [
        "Knowledge", "Cards", "Scheduling", "ProgressCore", "ProgressStore", "Study", "Terminal",
        "Interop", "Reports", "Platform", "Utilities",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings, plugins: ["EmbedDecks"]),

    // The built-in decks (`Decks/*.yaml`) compiled into `recall`, so that a copy of the binary alone has them.
    .plugin(name: "EmbedDecks", capability: .buildTool(), dependencies: ["DeckEmbedder"]),
    .executableTarget(name: "DeckEmbedder", swiftSettings: swiftSettings),

    // Benchmarks: `swift run -c release recall-benchmarks` prints the figures the issues ask for; they share
    // how they measure (`BenchmarkSupport`).
    .target(name: "BenchmarkSupport", path: "Benchmarks/Support", swiftSettings: swiftSettings),
    .executableTarget(
      name: "recall-benchmarks", dependencies: ["Knowledge", "Cards", "BenchmarkSupport"],
      path: "Benchmarks/RecallBenchmarks", swiftSettings: swiftSettings),

    .executableTarget(
      name: "progress-benchmarks",
      dependencies: ["ProgressCore", "ProgressStore", "Scheduling", "BenchmarkSupport"],
      path: "Benchmarks/ProgressBenchmarks", swiftSettings: swiftSettings),

    .executableTarget(
      name: "study-benchmarks",
      dependencies: ["Knowledge", "Cards", "Scheduling", "ProgressCore", "Study"],
      path: "Benchmarks/StudyBenchmarks", swiftSettings: swiftSettings),

    // `recall class` on 1,000 and 10,000 learners (the demo class replicated): wall, CPU, peak memory.
    .executableTarget(
      name: "class-benchmarks", dependencies: ["BenchmarkSupport"],
      path: "Benchmarks/ClassBenchmarks", swiftSettings: swiftSettings),

    // `Scripts/peer-benchmarks.py` runs it against py-fsrs and fsrs-rs-python (docs/optimizer.md).
    .executableTarget(
      name: "fsrs-benchmarks", dependencies: ["Scheduling", "BenchmarkSupport"],
      path: "Benchmarks/FSRSBenchmarks",
      swiftSettings: swiftSettings),

    // Test support: a pseudo-terminal for end-to-end tests of the built binary, corpora, and the reference
    // versions of the fast paths (which the fuzz targets in `Fuzz/` share).
    .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
    .target(
      name: "TestSupport",
      dependencies: [
        "CPseudoTerminal", "ProgressCore", "Knowledge", "Scheduling",
        .product(name: "Yams", package: "Yams"),
      ],
      path: "Tests/TestSupport", swiftSettings: swiftSettings),
    // The `heavy` tag and the size knob of heavy tests: they import Swift Testing, so they stay out of
    // TestSupport, which the fuzz targets link.
    .target(name: "TestTraits", path: "Tests/TestTraits", swiftSettings: swiftSettings),

    .testTarget(name: "UtilitiesTests", dependencies: ["Utilities"], swiftSettings: swiftSettings),
    .testTarget(
      name: "KnowledgeTests",
      dependencies: ["Knowledge", "Utilities", "TestSupport", "TestTraits"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "CardsTests",
      dependencies: ["Cards", "Knowledge", "Scheduling", "Utilities", "TestSupport", "TestTraits"],
      exclude: ["Fixtures"], swiftSettings: swiftSettings),
    .testTarget(
      name: "SchedulingTests", dependencies: ["Scheduling", "Utilities", "TestSupport"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "ProgressCoreTests",
      dependencies: ["ProgressCore", "Scheduling", "Utilities", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "ProgressStoreTests",
      dependencies: ["ProgressStore", "ProgressCore", "Scheduling", "TestSupport"],
      swiftSettings: swiftSettings),
    .testTarget(name: "PlatformTests", dependencies: ["Platform"], swiftSettings: swiftSettings),
    .testTarget(
      name: "StudyTests",
      dependencies: [
        "Study", "Cards", "Knowledge", "Scheduling", "ProgressCore", "Utilities", "TestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "TerminalTests",
      dependencies: [
        "Terminal", "Study", "Cards", "Knowledge", "Scheduling", "ProgressCore", "Utilities",
        "TestSupport",
      ],
      exclude: ["Golden"], swiftSettings: swiftSettings),
    .testTarget(
      name: "InteropTests", dependencies: ["Interop", "Cards", "Knowledge"],
      resources: [.copy("Fixtures")], swiftSettings: swiftSettings),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "Reports", "Cards", "Knowledge", "Scheduling", "ProgressCore", "Study", "Utilities",
        "TestSupport",
      ],
      swiftSettings: swiftSettings),
    .testTarget(
      name: "recallTests",
      dependencies: [
        "recall", "Cards", "Knowledge", "Scheduling", "ProgressCore", "Utilities", "TestSupport",
        "TestTraits",
      ],
      swiftSettings: swiftSettings),
  ],
  swiftLanguageModes: [.v6]
)
