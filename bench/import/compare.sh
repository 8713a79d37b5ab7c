#!/usr/bin/env bash
# Import of bench/import's CSV, interleaved (every command once per round, in turn, so that the load of
# a shared machine hits all alike): the sqlite3 shell's .import of the same file into one bare table,
# the Java floor (bench/import/Floor.java: plain JDBC into jixiao's schema), and jixiao's import, each
# into a fresh copy of the same empty database. Prints median and minimum of each, its ratio to
# sqlite3 and to the floor, checks that every database got every row, and says the machine's load.
# usage: bench/import/compare.sh [-r ROUNDS] [-p PROJECTS] [-i INDICATORS] [-j 'JVM FLAGS'] [-l] [OTHER_JAR…]
#   (after mvn -B -q package -DskipTests; OTHER_JAR: another build's jixiao.jar, timed beside, e.g. before a
#   change; JVM FLAGS go to every Java program alike, e.g. the launcher's '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC')
#   The floor gets SQLite's native library as jixiao has it: unpacked once in the data folder from the jar,
#   beside the launcher from the zip.
#   -l: as staff run it, jixiao through the unzipped Linux zip's bin/jixiao (after mvn -B -Pdist package
#   -DskipTests; its per-user class archive made first), and the floor with the launcher's JVM options and
#   SQLite's native library from the same zip, as the launcher loads it, instead of unpacked on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=5 projects=5000 per=20 flags="" launcher=""
while getopts r:p:i:j:l flag; do
  case $flag in r) rounds=$OPTARG ;; p) projects=$OPTARG ;; i) per=$OPTARG ;; j) flags=$OPTARG ;; l) launcher=yes ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
command -v sqlite3 >/dev/null || { echo "compare.sh: needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }
jar=$PWD/app/target/jixiao.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 bench/import/generate.py "$projects" "$per" > "$work/in.csv"
javac -q -nowarn -cp "$jar" -d "$work/floor" bench/import/Floor.java 2>/dev/null || javac -cp "$jar" -d "$work/floor" bench/import/Floor.java
export XDG_DATA_HOME="$work/data"
java -jar "$jar" list --db "$work/empty.db" >/dev/null 2>&1
# A jar run by itself keeps SQLite's native library unpacked in the data folder (NativeLibrary): the floor
# gets the same library instead of unpacking it from the jar on every run, as sqlite-jdbc does by itself.
floorflags="$flags"
for native in "$work"/data/jixiao/native/*/; do
  [ -d "$native" ] && floorflags="$flags -Dorg.sqlite.lib.path=$native -Dorg.sqlite.lib.name=$(ls "$native")"
done
sqlite3 "$work/empty.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
jixiao="java $flags -jar $jar"
if [ -n "$launcher" ]; then
  version=$(sed -n 's/^version=//p' app/target/classes/jixiao/app/build.properties)
  (cd "$work" && unzip -q "$OLDPWD/app/target/jixiao-$version-linux-x64.zip")
  jixiao="$work/jixiao/bin/jixiao"
  "$jixiao" list --db "$work/warm.db" >/dev/null 2>&1   # the first run makes the per-user class archive
  # the launcher's own JVM options (app/src/dist/bin/jixiao), for the floor
  flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Dorg.sqlite.lib.path=$work/jixiao/lib"
  flags="$flags -Dorg.sqlite.lib.name=libsqlitejdbc.so"
  floorflags=$flags
fi
fresh() { echo "rm -f $work/$1.db $work/$1.db-wal $work/$1.db-shm && cp $work/${2:-empty}.db $work/$1.db"; }
commands=("rm -f $work/s.db && sqlite3 $work/s.db '.import --csv $work/in.csv bare'"
  "$(fresh f) && java $floorflags -cp $work/floor:$jar Floor $work/in.csv $work/f.db"
  "$(fresh j) && $jixiao import $work/in.csv --db $work/j.db --quiet")
k=0
for other in "$@"; do
  k=$((k + 1))
  # another build's own empty database: its schema may be older than this build's
  java -jar "$other" list --db "$work/empty$k.db" >/dev/null 2>&1
  sqlite3 "$work/empty$k.db" 'PRAGMA wal_checkpoint(TRUNCATE);' >/dev/null
  commands+=("$(fresh o$k empty$k) && java $flags -jar $(realpath "$other") import $work/in.csv --db $work/o$k.db --quiet")
done
uptime
bash bench/startup/interleaved.sh -r "$rounds" "${commands[@]}" | sed "s|$work/||g; s|$PWD/||g" \
  | awk -F'|' 'NR <= 2 { print $0 (NR == 1 ? " median / floor |" : "---:|"); next }
      { m = $3 + 0; if ($2 ~ /Floor/) floor = m; rows[NR] = $0; med[NR] = m; n = NR }
      END { for (i = 3; i <= n; i++) printf "%s %.2f × |\n", rows[i], med[i] / floor }'
uptime
expected=$((projects * per))
for db in s f j $(for ((o = 1; o <= k; o++)); do echo o$o; done); do
  table=$([ $db = s ] && echo bare || echo indicator)
  got=$(sqlite3 "$work/$db.db" "SELECT count(*) FROM $table")
  [ "$got" -eq "$expected" ] || { echo "compare.sh: $db.db has $got rows in $table, not $expected" >&2; exit 1; }
done
echo "every database holds $expected indicator rows"
