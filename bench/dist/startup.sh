#!/usr/bin/env bash
# Start-up of the unzipped Linux zip beside `java -version`, for docs/benchmarks.md.
# usage: bench/dist/startup.sh   (after mvn -B -Pdist package -DskipTests; needs hyperfine)
# Variants: the shipped launcher (runtime CDS archive retrained on our commands); the same with
# jlink's stock CDS archive; with no CDS; the shipped runtime without the launcher's flags (G1,
# C2); the machine's own java on the jar, as users without the zip run it.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/dist/unzipped.sh
. bench/dist/unzipped.sh
cp -a "$work/jixiao" "$work/stock"
chmod u+w "$work/stock/runtime/lib/server"
rm -f "$work/stock/runtime/lib/server/classes.jsa"
"$work/stock/runtime/bin/java" -Xshare:dump -Xlog:disable >/dev/null   # the JDK's own class list
export XDG_DATA_HOME="$work/data"
"$work/jixiao/bin/jixiao" demo >/dev/null
score="score --target '≥20(个)' --actual '85(个)' --weight 6"
cd "$work"
uptime
hyperfine -N --warmup 5 --runs 40 --export-markdown "$work/score.md" \
  "java -version" \
  "jixiao/bin/jixiao $score" \
  "stock/bin/jixiao $score" \
  "env JIXIAO_JAVA_OPTS=-Xshare:off jixiao/bin/jixiao $score" \
  "jixiao/runtime/bin/java -jar jixiao/lib/jixiao.jar $score" >/dev/null
cat "$work/score.md"
hyperfine -N --warmup 3 --runs 20 --export-markdown "$work/list.md" \
  "jixiao/bin/jixiao list" "stock/bin/jixiao list" "java -jar jixiao/lib/jixiao.jar list" >/dev/null
cat "$work/list.md"

# The machine is shared with other builds, and hyperfine runs all of one command's runs before
# the next command's, so a change of load favours one of them. Here every round runs each
# command once, in turn; the median and minimum of 30 rounds compare them under the same load.
interleaved() {
  local rounds=30 i k start end
  local -a times=()
  for ((i = 0; i < rounds; i++)); do
    for ((k = 1; k <= $#; k++)); do
      start=$(date +%s%N)
      eval "${!k}" >/dev/null 2>&1
      end=$(date +%s%N)
      times[k]+="$(((end - start) / 1000000)) "
    done
  done
  for ((k = 1; k <= $#; k++)); do
    printf '%s\n' ${times[k]} | sort -n | awk -v name="${!k}" \
      '{ v[NR] = $1 } END { printf "| `%s` | %d | %d |\n", name, v[int((NR + 1) / 2)], v[1] }'
  done
}
echo "| command (interleaved, 30 rounds) | median [ms] | min [ms] |"
echo "|:---|---:|---:|"
interleaved "java -version" "jixiao/bin/jixiao $score" "stock/bin/jixiao $score" \
  "JIXIAO_JAVA_OPTS=-Xshare:off jixiao/bin/jixiao $score" "jixiao/runtime/bin/java -jar jixiao/lib/jixiao.jar $score" \
  "java -jar jixiao/lib/jixiao.jar $score" "jixiao/bin/jixiao list" "stock/bin/jixiao list" "java -jar jixiao/lib/jixiao.jar list"
uptime
