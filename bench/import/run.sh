#!/usr/bin/env bash
# Import benchmark for docs/benchmarks.md (issue 14): bench/import/compare.sh (jixiao's import of 100,000
# indicators beside sqlite3's .import and the Java floor, interleaved, ratios), then peak memory of a
# 1,000,000-indicator import in -Xmx256m.
# usage: bench/import/run.sh [ROUNDS]   (after mvn -B -q package -DskipTests; needs python3, sqlite3)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash bench/import/compare.sh -r "${1:-5}"
jar=app/target/jixiao.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/import/generate.py 50000 20 > "$work/1m.csv"
/usr/bin/time -v java -Xmx256m -jar $jar import "$work/1m.csv" --db "$work/j.db" --quiet 2>&1 \
  | grep -E "imported|Elapsed|Maximum resident|Exit status"
echo "indicators stored: $(sqlite3 "$work/j.db" 'SELECT count(*) FROM indicator')"
