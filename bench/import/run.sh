#!/usr/bin/env bash
# Import benchmark for docs/benchmarks.md: jixiao import of a generated CSV beside sqlite3's own
# .import of the same file into a bare table, and peak memory for a 1,000,000-indicator import.
# usage: bench/import/run.sh   (after mvn -B -q package -DskipTests; needs python3, sqlite3, hyperfine)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=app/target/jixiao.jar
work=$(mktemp -d)
python3 bench/import/generate.py 5000 20 > "$work/100k.csv"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/import.md" \
  --prepare "rm -f $work/j.db* $work/s.db" \
  "java -jar $jar import $work/100k.csv --db $work/j.db --quiet" \
  "sqlite3 $work/s.db '.import --csv $work/100k.csv bare'"
cat "$work/import.md"
python3 bench/import/generate.py 50000 20 > "$work/1m.csv"
rm -f "$work"/j.db*
/usr/bin/time -v java -Xmx256m -jar $jar import "$work/1m.csv" --db "$work/j.db" --quiet 2>&1 \
  | grep -E "imported|Elapsed|Maximum resident|Exit status"
rm -rf "$work"
