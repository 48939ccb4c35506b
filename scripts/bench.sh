#!/usr/bin/env bash
# Whole-corpus benchmark: builds in release mode, runs `analyze` over the
# corpus (all extractors on, JSON to /dev/null) with one thread and with all
# cores, next to `cat | wc -w` over the same files, and prints MB/s, the
# ratios, peak resident memory and start-up time.
#
#   scripts/bench.sh [CORPUS_DIR]      (default: ../shared/corpus/saudinewsnet)
#   BENCH_RUNS=N scripts/bench.sh      (rounds of the three timed commands, default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/saudinewsnet}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
cargo build --release --quiet
bin=target/release/analyze
bytes=$(find "$corpus" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
files=$(find "$corpus" -name '*.txt' | wc -l)
cores=$(nproc)
# Warm the page cache so that every run reads from memory.
find "$corpus" -name '*.txt' -print0 | xargs -0 cat > /dev/null

report=$(mktemp)
trap 'rm -f "$report"' EXIT
measure() { # command...: prints "seconds peak_kib" (the command's own exit status is ignored:
            # the corpus holds a few empty articles, which are error records)
  /usr/bin/time -o "$report" -f '%e %M' "$@" > /dev/null 2>&1 || true
  tail -1 "$report"
}
runs=${BENCH_RUNS:-5}
# The three commands take turns, so that a slower or faster moment of the
# machine falls on all of them alike; each keeps its best wall time, with
# the peak memory of that run.
cmd_0=(bash -c 'find "$0" -name "*.txt" -print0 | sort -z | xargs -0 cat | wc -w' "$corpus")
cmd_1=("$bin" --quiet --jobs 1 "$corpus")
cmd_2=("$bin" --quiet --jobs "$cores" "$corpus")
best_t=(); best_m=()
for _ in $(seq "$runs"); do
  for i in 0 1 2; do
    cmd="cmd_$i[@]"
    read -r t m < <(measure "${!cmd}")
    if [ -z "${best_t[$i]:-}" ] || awk -v a="$t" -v b="${best_t[$i]}" 'BEGIN{exit !(a<b)}'; then
      best_t[$i]=$t; best_m[$i]=$m
    fi
  done
done
t_wc=${best_t[0]}; t_1=${best_t[1]}; m_1=${best_m[1]}; t_n=${best_t[2]}; m_n=${best_m[2]}
# Ten times the folder (the same folder named ten times): memory must stay flat.
read -r t_10 m_10 < <(measure "$bin" --quiet --jobs "$cores" $(for _ in $(seq 10); do echo "$corpus"; done))
tiny=$(mktemp); echo "قال الوزير إن المحادثات مستمرة." > "$tiny"
# Start-up: the mean wall time of 50 runs on one tiny file, in milliseconds.
TIMEFORMAT=%3R
t_start=$( { time (for _ in $(seq 50); do "$bin" "$tiny" >/dev/null; done); } 2>&1 )
ms_start=$(awk -v t="$t_start" 'BEGIN{printf "%.1f", t * 1000 / 50}'); rm -f "$tiny"

mbs() { awk -v b="$bytes" -v t="$1" 'BEGIN{ if (t <= 0) t = 0.01; printf "%.1f", b / 1e6 / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b <= 0) b = 0.01; printf "%.2f", a / b }'; }
echo "corpus: $files files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB, $cores cores (MB = 10^6 bytes)"
printf '%-22s %8s s %8s MB/s %8s MiB peak\n' "cat | wc -w" "$t_wc" "$(mbs "$t_wc")" "-"
printf '%-22s %8s s %8s MB/s %8s MiB peak\n' "analyze --jobs 1" "$t_1" "$(mbs "$t_1")" "$((m_1 / 1024))"
printf '%-22s %8s s %8s MB/s %8s MiB peak\n' "analyze --jobs $cores" "$t_n" "$(mbs "$t_n")" "$((m_n / 1024))"
printf '%-22s %8s s %8s MB/s %8s MiB peak\n' "10 x corpus, --jobs $cores" "$t_10" "$(mbs "$(awk -v t="$t_10" 'BEGIN{print t/10}')")" "$((m_10 / 1024))"
echo "ratio analyze --jobs 1 / cat|wc -w:      $(ratio "$t_1" "$t_wc")  (target <= 2)"
echo "ratio analyze --jobs $cores / cat|wc -w:      $(ratio "$t_n" "$t_wc")  (target <= 1)"
echo "scaling --jobs 1 / --jobs $cores:            $(ratio "$t_1" "$t_n")  (target >= 1.8 on two cores)"
echo "start-up (one tiny file, mean of 50): ${ms_start} ms  (target <= 20)"
