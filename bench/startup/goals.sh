#!/usr/bin/env bash
# Issue 14's start-up goals in one interleaved run (docs/benchmarks.md): the unzipped launcher's
# score and list (and show 1, held to list's goal), the jar on the machine's Java 17, beside
# java -version and sqlite3 reading the same rows as list; also the launcher without its per-user
# archive (JIXIAO_CDS=off).
# usage: bench/startup/goals.sh [EXTRA_COMMAND...]   (after mvn -B -Pdist package -DskipTests;
#        needs unzip and sqlite3)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench/dist/unzipped.sh
. bench/dist/unzipped.sh
export XDG_DATA_HOME="$work/data"
jixiao=$work/jixiao/bin/jixiao
"$jixiao" demo >/dev/null   # the first run: makes the per-user archive
db=$XDG_DATA_HOME/jixiao/jixiao.db
rows="SELECT id, year, unit, name, code, kind, total, grade, errors, warnings, indicator_count, revision,"
rows="$rows saved_at, saved_by FROM project ORDER BY year, unit, id"
score="score --target '≥20(个)' --actual '85(个)' --weight 6"
uptime
bench/startup/interleaved.sh -r "${ROUNDS:-30}" "java -version" "$jixiao $score" "$jixiao list" \
  "$jixiao show 1" "java -jar app/target/jixiao.jar $score" "sqlite3 $db '$rows'" "JIXIAO_CDS=off $jixiao $score" \
  "JIXIAO_CDS=off $jixiao list" "$@" | sed "s|$work|…|g"
uptime
