#!/usr/bin/env bash
# Builds the fuzz targets of Fuzz/ with libFuzzer and the address sanitizer, and runs each for a bounded time,
# starting from its committed corpus (docs/fuzzing.md). Fails, showing the input and the disagreement, when a
# fast path and its reference disagree on an input, or on a crash, a memory error or a hang.
# Usage: Scripts/fuzz.sh [--seconds N] [--merge] [TARGET...]
#   --seconds N   how long each target runs (default 60)
#   --merge       afterwards, add the inputs that reach new code to Fuzz/Corpus/TARGET (commit a few)
#   TARGET        progress-reader, yaml-reader (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
merge=no
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --merge) merge=yes; shift ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(progress-reader yaml-reader)

# libFuzzer comes with the Swift toolchain, as clang's runtime; the targets have their own `main`, so they link
# the version without one.
resources="$(swiftc -print-target-info | sed -n 's/.*"runtimeResourcePath": "\(.*\)".*/\1/p')"
libfuzzer="$resources/clang/lib/linux/libclang_rt.fuzzer_no_main-$(uname -m).a"
if [ ! -f "$libfuzzer" ]; then
  echo "FAIL: this Swift toolchain has no libFuzzer ($libfuzzer)" >&2
  exit 1
fi

# Every module is instrumented for coverage as clang's -fsanitize=fuzzer does, C (libyaml) included.
work=Fuzz/.build/fuzz
mkdir -p "$work"
build=(swift build --package-path Fuzz -c release --sanitize=address
  -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table
  -Xcc -fsanitize-coverage=inline-8bit-counters,indirect-calls,trace-cmp,pc-table
  -Xlinker "$libfuzzer")
echo "building the fuzz targets (release, address sanitizer, libFuzzer)"
if ! "${build[@]}" >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "FAIL: the fuzz targets do not build" >&2
  exit 1
fi
tail -n 1 "$work/build.log"
bin="$(swift build --package-path Fuzz -c release --show-bin-path)"

failed=()
for target in "${targets[@]}"; do
  if [ ! -x "$bin/$target" ]; then
    echo "FAIL: no fuzz target $target (known: progress-reader, yaml-reader)" >&2
    exit 2
  fi
  corpus="$work/$target/corpus"   # what this machine's runs found, beside the committed seeds
  findings="$work/$target/findings/"
  log="$work/$target/libfuzzer.log"
  mkdir -p "$corpus" "$findings"
  # Swift's own crash handler would keep libFuzzer from saving the input: it is turned off.
  status=0
  SWIFT_BACKTRACE=enable=no "$bin/$target" "$corpus" "Fuzz/Corpus/$target" \
    -dict="Fuzz/$target.dict" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$findings" >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
  coverage="$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1 || true)"
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    grep -v -E '^#[0-9]+' "$log" | tail -n 40 >&2
    echo "FAIL: $target found a problem after ${runs:-?} executions (full log: $log)." >&2
    echo "      Reproduce with: SWIFT_BACKTRACE=enable=no $bin/$target FILE (the input saved above)" >&2
    continue
  fi
  echo "$target: ${runs:-?} executions in ${seconds} s found nothing (${coverage:-no coverage line})"
  if [ "$merge" = yes ]; then
    SWIFT_BACKTRACE=enable=no "$bin/$target" -merge=1 "Fuzz/Corpus/$target" "$corpus" \
      >"$work/$target/merge.log" 2>&1
    echo "  merged: $(ls "Fuzz/Corpus/$target" | wc -l) inputs in Fuzz/Corpus/$target"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "FAIL: fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
