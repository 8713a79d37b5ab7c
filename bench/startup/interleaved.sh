#!/usr/bin/env bash
# Times commands in interleaved rounds (each round runs every command once, in turn), so that a
# change of load on a shared machine hits all of them alike; prints a Markdown table of median and
# minimum wall time and each median's ratio to the first command's (the baseline, e.g. java -version).
# usage: bench/startup/interleaved.sh [-r ROUNDS] 'COMMAND' 'COMMAND' ...   (each run through eval)
set -euo pipefail
rounds=30
if [ "${1:-}" = "-r" ]; then rounds=$2; shift 2; fi
declare -a times=()
for ((k = 1; k <= $#; k++)); do eval "${!k}" >/dev/null 2>&1 || true; done   # warm the file cache
for ((i = 0; i < rounds; i++)); do
  for ((k = 1; k <= $#; k++)); do
    start=$(date +%s%N)
    eval "${!k}" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times[k]+="$(((end - start) / 100000)) "
  done
done
echo "| command (interleaved, $rounds rounds) | median [ms] | min [ms] | median / first |"
echo "|:---|---:|---:|---:|"
base=""
for ((k = 1; k <= $#; k++)); do
  read -r median min < <(printf '%s\n' ${times[k]} | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1] }')
  [ -n "$base" ] || base=$median
  awk -v name="${!k}" -v m="$median" -v n="$min" -v b="$base" \
    'BEGIN { printf "| `%s` | %.1f | %.1f | %.2f × |\n", name, m / 10, n / 10, m / b }'
done
