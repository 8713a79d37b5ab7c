#!/usr/bin/env bash
# A JFR profile of jixiao's import of bench/import's 100k indicators, summarised as Markdown: where the
# execution samples are, by thread, by top frame, and by the jixiao (and JDBI, SQLite) methods on
# their stacks (inclusive); native-method samples (SQLite's C code) counted beside Java's. usage: bench/import/profile.sh [JAR] > docs/…md   (default app/target/jixiao.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(realpath "${1:-app/target/jixiao.jar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/import/generate.py 5000 20 > "$work/in.csv"
java -jar "$jar" list --db "$work/j.db" >/dev/null 2>&1
start=$(date +%s%N)
java -XX:StartFlightRecording=filename="$work/import.jfr",settings=profile,dumponexit=true \
  -Xlog:jfr*=off -jar "$jar" import "$work/in.csv" --db "$work/j.db" --quiet >/dev/null 2>&1
end=$(date +%s%N)
echo "Recorded $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/import/profile.sh\` ($(basename "$jar"), 5,000 projects ×"
echo "20 indicators, wall $(((end - start) / 1000000)) ms with JFR \`settings=profile\`; load: $(uptime | sed 's/.*load/load/'))."
echo
echo '`jfr summary`, the events that matter here:'
echo
echo '```'
jfr summary "$work/import.jfr" | grep -E '^ (jdk\.ExecutionSample|jdk\.NativeMethodSample|jdk\.GarbageCollection|jdk\.ObjectAllocationSample|jdk\.ThreadPark) '
echo '```'
jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 "$work/import.jfr" > "$work/samples.txt"
python3 - "$work/samples.txt" <<'PY'
import collections, re, sys
samples, stack, thread, native = [], [], None, False
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if line.startswith(("jdk.ExecutionSample", "jdk.NativeMethodSample")):
        stack, thread, native = [], None, line.startswith("jdk.Native")
    elif line.startswith("sampledThread"):
        thread = re.sub(r'\s*\(javaThreadId.*', '', line.split("=", 1)[1]).strip().strip('"')
    elif re.match(r'^[\w$.<>/]+\(.*\)\s+line:', line):
        stack.append(re.sub(r'\(.*', '', line))
    elif line == "}" and stack:
        samples.append((thread + (" (in native code)" if native else ""), stack)); stack = []
total = len(samples)
def table(title, counter, limit):
    print(f"\n{title}\n\n| samples | share | |\n|---:|---:|:---|")
    for name, n in counter.most_common(limit):
        print(f"| {n} | {100 * n / total:.1f} % | `{name}` |")
print(f"\n{total} samples: Java execution samples and native-method samples (JFR samples a thread in native code, SQLite here, separately).")
table("By thread:", collections.Counter(t for t, _ in samples), 8)
table("Top frames (where the time is spent):", collections.Counter(s[0] for _, s in samples), 25)
inclusive = collections.Counter()
for _, s in samples:
    inclusive.update({f for f in s if f.startswith(("jixiao.", "org.jdbi.", "org.sqlite.", "org.apache.commons.csv."))})
table("Inclusive, jixiao's, JDBI's, SQLite's and commons-csv's methods on the stack (stack depth 64):", inclusive, 45)
PY
